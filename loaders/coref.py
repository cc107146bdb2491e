"""Resolve speakers within one release: a surname, pronoun or bare title to a full name.

The rule of the annotation guide: a speaker is named by the fullest form of their name
anywhere in the same release. Mentions are collected once per release; each speaker
reference is then matched against them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import takewhile

from loaders import patterns as P
from loaders.metadata import AGENCY_MENTION, AGENCY_FORMS
from loaders.vocab import CALENDAR_WORDS, COMPANY_HEADS, HEADLINE_VERBS, DIPLOMATIC_POSTS, NAME_PARTICLES, GENDERED_ADDRESS, GENDERED_RELATIONS, GENDERED_TITLE_WORDS, GIVEN_NAME_GENDERS, HONORIFICS, JURISDICTION_HEADS, JURISDICTION_MODIFIERS, PRONOUN_GENDERS, RANK_ABBREVIATIONS, ROLE_TITLES, RANK_MODIFIERS, SPOUSAL_TITLES, ORGANIZATION_HEADS, PLACE_WORDS, TITLE_HEADS
from loaders.titles import appositive_title, rank_before, title_before, word_before
from loaders.names import INITIAL, in_capitals, name_at_end, name_case, is_name_word, is_title_word, acronym_definitions, expand_title, first_name, name_mentions, name_words, surname, words_of



WORD_JOINERS = "’'-"
"""Characters that join letters into one word: ``Roe`` does not stand in ``Roe-Smith``."""

NOT_SURNAMES = PLACE_WORDS | ORGANIZATION_HEADS
"""Words that end a title or an organization's name, never taken as a bare surname."""
PLACE_PREPOSITIONS = frozenset({"from", "in", "near", "outside", "at"})
"""Prepositions before a capitalised run that make it a place (``a teacher from Boca Raton``)."""

OTHER_GENDER = {"f": "m", "m": "f"}
"""The gender each rules out."""

_NOT_TITLED_SURNAMES = HEADLINE_VERBS | RANK_ABBREVIATIONS
"""Capitalised words after a title that are no surname: a headline's verb, a rank's abbreviation."""


def title_names(title: str, text: str) -> list[str]:
    """Full names a release title gives for people its text names by surname only.

    Headlines capitalise every word, so a name there is found from its surname: a
    capitalised title word the text also uses with a capital, with the one to three name
    words before it, which must follow a title word or honorific (``Director Jane Roe``)
    and must not occur in the text themselves (``Biden Harris`` is two people) nor in
    lower case (``Leading``, ``Confirms`` are headline words, not first names)."""
    words = words_of(title)
    found: list[str] = []
    for index in range(1, len(words)):
        word = words[index]
        if not is_name_word(word) or INITIAL.match(word) or is_title_word(word) or not _in_text(word, text):
            continue
        first = index
        while first > 0 and index - first < 3 and is_name_word(words[first - 1]) \
                and not is_title_word(words[first - 1]) and words[first - 1].lower() not in HONORIFICS \
                and not _in_text(words[first - 1], text) and not _in_text(words[first - 1].lower(), text):
            first -= 1
        titled = first > 0 and (is_title_word(words[first - 1]) or words[first - 1].lower().rstrip(".") in HONORIFICS)
        if first < index and titled and not INITIAL.match(words[first]):
            found.append(" ".join(words[first:index + 1]))
    if not found and _byline(words, text):
        found.append(" ".join(words))  # a statement's byline taken for its title: "Karen Ashby-Lowell"
    return found


_OFFICE_JOINERS = frozenset({"of", "for", "at", "with"})
_RANKS_OUTSIDE_ACRONYMS = frozenset({"acting", "interim", "former"})


def _fullest_forms(names: list[str]) -> list[str]:
    """``names`` without the shorter forms of one person (``Loretta Greer`` beside ``Loretta A. Greer``)."""
    def shorter(name: str, other: str) -> bool:
        return len(other) > len(name) and first_name(other) == first_name(name) and surname(other) == surname(name)
    return [n for n in names if not any(shorter(n, other) for other in names)]


@lru_cache(maxsize=4096)
def _initials(title: str) -> str:
    """The acronym a title's office words make (``Executive Associate Director of ICE …`` ->
    ``EAD``, ``Acting Special Agent in Charge`` -> ``SAC``), reading up to the office it is of."""
    letters = []
    for word in words_of(title.split(",", 1)[0]):
        if word in _OFFICE_JOINERS:
            break
        if word[:1].isupper() and not P.ACRONYM_WORD.fullmatch(word) and word.lower() not in _RANKS_OUTSIDE_ACRONYMS:
            letters.append(word[0])
    return "".join(letters)


def _byline(words: list[str], text: str) -> bool:
    """A release title that is a person's name alone (a statement's byline line, ``Jane Q. Roe``),
    whose surname the text uses with a capital."""
    if not 2 <= len(words) <= 4 or not words[-1][:1].isupper() or not _in_text(words[-1], text):
        return False
    return name_at_end(words) == (0, len(words)) and not any(is_title_word(w) for w in words)


def _in_text(word: str, text: str) -> bool:
    """``word`` stands in ``text`` as a whole word, with the same capitals."""
    word = word.rstrip(".")
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before in WORD_JOINERS or after.isalnum() or after in WORD_JOINERS):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=16384)
def _particle_surname(name: str) -> bool:
    """``De Haan``, ``van der Berg``: a surname with its particles, not a first name and a surname."""
    words = name_words(name)
    return len(words) > 1 and all(w.lower() in NAME_PARTICLES for w in words[:-1])


def _post_city(text: str, end: int, head: str) -> str:
    """The city a diplomatic post is named by after its head (``U.S. Embassy Kathmandu``, ``U.S.
    Embassy in Port-au-Prince``), or ''."""
    if head not in DIPLOMATIC_POSTS or text[end - len(head):end].lower() != head:
        return ""  # (the name must end in the head: "Embassy of Nepal" has its place already)
    if text.startswith(" in ", end):  # "the U.S. Embassy in Port-au-Prince", "… in New Delhi"
        city = P.CITY_NAME.match(text, end + 4)
        return " in " + city.group() if city and city.group().lower() not in CALENDAR_WORDS else ""
    city = P.CAPITALIZED_WORD.match(text, end + 1) if text.startswith(" ", end) else None
    if city is None or city.group().lower() in CALENDAR_WORDS or is_title_word(city.group()):
        return ""
    return " " + city.group()


@lru_cache(maxsize=16384)
def _fullness(name: str) -> tuple[int, int]:
    """How full a form of a name is: its words, then those of them that are not initials
    (``Derek N. Benner`` is fuller than ``Derek Benner``, ``Derek Nils Benner`` than both)."""
    words = name_words(name)
    return len(words), sum(not INITIAL.match(w) for w in words)


def unnamed_subject(sentence: str, start: int = 0, end: int | None = None) -> bool:
    """``sentence`` opens with a person it describes and does not name (``A woman who lives where
    Roe was arrested``; not ``One victim, Jane Roe,``): names after the subject are not it."""
    end = len(sentence) if end is None else end
    inverted = P.INVERTED_OPENER.match(sentence, start, end)  # "Among those arrested was a 34-year-old man"
    subject = P.UNNAMED_PERSON_SUBJECT.match(sentence, inverted.end() if inverted else start, end)
    return subject is not None and not P.APPOSITIVE_NAME.match(sentence, subject.end(), end) \
        and not P.TITLE_SURNAME.match(sentence, subject.end() + 1, end)


def _names_in_capitals(text: str) -> Iterator[str]:
    """Names written in capitals, in the case names take: a defendant with an age after the name,
    as some offices write them (``BRENDA KAY WHITLOCK, 56, of Lithonia``), found from the age back
    as ages are few and capitals many; and the office holder in a letterhead near the top
    (``UNITED STATES ATTORNEY RENATA D. OKWUOSA``); and one right after a title in the case titles take
    (``United States Attorney TERRELL D. HAWKINS-MOORE``)."""
    for age in P.AGE_AFTER_NAME.finditer(text):
        words = text[max(0, age.start() - 60):age.start()].split()
        run = list(takewhile(lambda w: in_capitals(w) and (len(w) > 1 or w.endswith(".")), reversed(words)))
        if 2 <= len(run) <= 4 and P.CAPITALS_NAME.fullmatch(" ".join(reversed(run))):
            yield name_case(" ".join(reversed(run)))
    for titled in P.titled_capitals(text):  # "United States Attorney TERRELL D. ROE"
        name = titled.group()
        if max(map(len, name.split())) >= MIN_CAPITALS_NAME_WORD:
            yield name_case(" ".join(name.split()))
    for line in text[:LETTERHEAD_CHARS].splitlines():
        letterhead = P.LETTERHEAD_HOLDER.match(line.strip()) if line.isupper() else None
        if letterhead:  # ("… OKWUOSA NORTHERN DISTRICT OF GEORGIA": the letterhead's next line, run on)
            words = list(takewhile(lambda w: w.lower() not in JURISDICTION_WORDS, letterhead.group("name").split()))
            if len(words) >= 2:
                yield name_case(" ".join(words))


MIN_CAPITALS_NAME_WORD = 4
"""Letters the longest word of a name in capitals has at least: ``Director ICE ERO`` names no one."""
JURISDICTION_WORDS = JURISDICTION_HEADS | JURISDICTION_MODIFIERS
LETTERHEAD_CHARS = 1500
"""How far from the top of a release a letterhead may stand."""


def _us_spelled(words: set[str]) -> set[str]:
    """Title words with ``U.S.`` as ``united states``: ``the U.S. Attorney`` is the ``United States Attorney``."""
    return words - {"u.s.", "us"} | {"united", "states"} if "u.s." in words or "us" in words else words


def _without_the(phrase: str) -> str:
    """``phrase`` without an article opening it in any case (``the SAC``, ``The Marshals Service``)."""
    return phrase[4:] if phrase[:4].lower() == "the " else phrase


def _agency_forms(text: str, canonical: str) -> list[str]:
    """The forms (vocab.AGENCIES) in which ``text`` names the agency ``canonical``, in order."""
    return [m.group(1) for m in AGENCY_MENTION.finditer(text) if AGENCY_FORMS[m.group(1)] == canonical]


@lru_cache(maxsize=16384)
def _first_of_two(name: str) -> str | None:
    """The next-to-last word of a name of three words or more, in lower case, unless an initial:
    the first of two surnames, if the name has two (cached: every known name is tested each time
    a lone word is looked for among them)."""
    words = name_words(name)
    return words[-2].lower() if len(words) >= 3 and not INITIAL.match(words[-2]) else None


@dataclass
class ReleasePeople:
    """The people a release names, indexed by surname."""

    by_surname: dict[str, list[str]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    by_first: dict[str, list[str]] = field(default_factory=dict)
    untitled: list[tuple[int, str]] = field(default_factory=list)  # names beside a comma, title not yet read
    _organizations: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # head -> (offset, name)
    _title_words: dict[str, set[str]] = field(default_factory=dict)  # a known title's words, acronyms spelled out
    text: str = ""
    _acronyms: dict[str, str] | None = None
    _genders: dict[str, str | None] = field(default_factory=dict)
    aged: list[str] = field(default_factory=list)  # people named with an age ("Jane Roe, 45,"): the charged

    @classmethod
    def from_text(cls, text: str, *, title: str | None = None) -> "ReleasePeople":
        """The people ``text`` names; ``title`` (the release title) adds the names it gives,
        after the text's own, so a surname quoted in the body finds a full name used only there."""
        people = cls(text=text)
        titles = people.titles
        for offset, name, held in name_mentions(text):
            cue = P.INVERTED_CUE_WORD.match(name)
            if cue and (offset == 0 or text[offset - 1] == "\n"):  # "Said Meeks: “…”" opening a paragraph
                offset, name = offset + cue.end(), name[cue.end():]
                if " " not in name:
                    continue  # a bare surname: no one new
            if name not in titles:  # a name with its title already known adds nothing more
                # the first title seen is the one kept: read the whole of it only then
                known = title_before(text, offset, held) or people._defined_title_before(offset) \
                    or rank_before(text, offset)
                if known is None and (text.startswith(", ", offset + len(name)) or text.startswith(", ", offset - 2)):
                    people.untitled.append((offset, name))  # "Jane Roe, Port Director,": read if a bare title asks
                people.add(name, known)
            if P.AGE_AFTER_NAME.match(text, offset + len(name)):
                people.aged.append(name)
        for name in _names_in_capitals(text):  # "BRENDA KAY WHITLOCK, 56, of Lithonia"
            people.add(name)
        for name in title_names(title or "", text):
            if not people.by_surname.get(surname(name).lower()):  # the text's own full name wins
                people.add(name, first_name_index=False)
        return people

    def add(self, name: str, title: str | None = None, *, first_name_index: bool = True) -> None:
        if _particle_surname(name):
            return  # "De Haan": a surname with its particle, no fuller form of anyone
        key = surname(name).lower()
        names = self.by_surname.setdefault(key, [])
        if name not in names:
            names.append(name)
        if title and name not in self.titles:
            self.titles[name] = title
        if not first_name_index:
            return
        firsts = self.by_first.setdefault(first_name(name).lower(), [])
        if name not in firsts:
            firsts.append(name)

    def fullest(self, name: str, title: str | None = None) -> str:
        """The fullest known form of ``name``: ``Benner`` or ``Derek Benner`` -> ``Derek N. Benner``.

        Where several people share the surname, the title the reference carries picks one
        (``President Biden`` -> the Biden named with ``President``); a lone word that is no one's
        surname may be a first name used alone (``Bill`` -> ``Bill Burns``).
        """
        words = name_words(name)
        candidates = self.by_surname.get(surname(name).lower(), [])
        if _particle_surname(name):
            words = words[-1:]  # "De Haan" is a surname with its particle, not a first name and a surname
        if len(words) > 1:
            first = first_name(name).lower()
            tail = [w.lower() for w in words]
            # "Jane Roe" for "Jane Q. Roe"; "Solís Mora" for "Adriana Solís Mora" (a two-word surname)
            candidates = [c for c in candidates if first_name(c).lower() == first
                          or [w.lower() for w in name_words(c)[-len(words):]] == tail and len(name_words(c)) > len(words)]
        elif not candidates:
            candidates = [c for c in self.by_first.get(name.lower(), []) if len(name_words(c)) > 1] \
                or self._first_of_two_surnames(name)
            # ("Ayala" -> "Ayala Benítez", itself the two surnames of "Federico Ayala Benítez")
            return self.fullest(candidates[0], title) if len(candidates) == 1 else name
        if len(words) == 1 and len({first_name(c).lower() for c in candidates}) > 1:
            if not title and self._established(candidates):
                return self.fullest(candidates[0])
            candidates = self._holding(candidates, title)
            if len({first_name(c).lower() for c in candidates}) != 1:
                return name  # two people share the surname, the title fits neither: do not guess
        elif len(words) == 1 and candidates and self._conflicting(candidates[0], title):
            return name  # "Mr. Roe" is not the one Roe named, "First Lady Jane Roe"
        if not candidates:
            return name
        best = max(candidates, key=_fullness)
        return best if _fullness(best)[0] >= len(words) else name

    def _established(self, candidates: list[str]) -> bool:
        """The release called the first of several people sharing a surname by the bare surname
        before it named the next (``Marcus D. Greer`` … ``Greer wrote`` … ``his mother, Loretta
        A. Greer``): the bare surname goes on naming the first, as the others come in by fuller
        forms. (``Joe Roe and Jill Roe visited`` establishes neither.)"""
        first_at = self.text.find(candidates[0])
        later = [at for at in (self.text.find(c) for c in candidates[1:]) if at >= 0]
        if first_at < 0 or not later:
            return False
        bare = re.compile(rf"\b{re.escape(surname(candidates[0]))}\b")
        return bare.search(self.text, first_at + len(candidates[0]), min(later)) is not None

    def _first_of_two_surnames(self, word: str) -> list[str]:
        """Known names of three words or more whose next-to-last word is ``word``: the first of two
        surnames, by which Spanish and Portuguese usage names a person (``Basurto`` for
        ``Hernán Basurto Quiñónez``)."""
        key = word.lower()
        return [name for names in self.by_surname.values() for name in names if _first_of_two(name) == key]

    def _conflicting(self, candidate: str, title: str | None) -> bool:
        """The reference's form of address and the candidate's known title carry opposite
        genders (``Mr. Roe`` and ``First Lady Jane Roe``): two people with one surname, only one
        of them named in full; or the candidate is known by a spouse's title and the reference
        carries another office (``President Roe``, ``First Lady Jane Roe``). (Other differing
        offices prove nothing: one person holds several.)"""
        words = {w.lower().rstrip(".") for w in words_of(title or "")}
        known_title = self.titles.get(candidate, "")
        known = {w.lower() for w in words_of(known_title)}
        if words & TITLE_HEADS - known and any(t in known_title.lower() for t in SPOUSAL_TITLES):
            return True
        for gender, address in GENDERED_ADDRESS.items():
            opposite = set().union(*(v for g, v in GENDERED_TITLE_WORDS.items() if g != gender))
            if words & address and known & opposite:
                return True
        return False

    def defendant(self) -> str | None:
        """The one person the release names with an age (``Leland Curtis Marsh, 44,``), whom ``the
        robber`` or ``the suspect`` stands for; ``None`` when it names none or several so."""
        named = {self.fullest(name) for name in self.aged}
        return named.pop() if len(named) == 1 else None

    def gender(self, name: str) -> str | None:
        """``"f"``, ``"m"`` or ``None``: what the release tells of the gender of ``name`` (a full name
        it knows), from a gendered title, a relation in apposition before a mention (``his wife,
        Jane Roe``), a form of address (``Ms. Roe``), the first pronoun after a mention in the
        same sentence before anyone else is named (``Roe said her office``), and a common given
        name (vocab.GIVEN_NAME_GENDERS, the weakest). The majority wins."""
        if name in self._genders:
            return self._genders[name]
        votes = {"f": 0, "m": 0}
        given = GIVEN_NAME_GENDERS.get(first_name(name).lower()) if " " in name else None
        if given:
            votes[given] += 1  # "Rosalind T. Marquardt": a weak hint, which anything the release says outweighs
        title_words = {w.lower() for w in words_of(self.titles.get(name, ""))}
        for gender, words in GENDERED_TITLE_WORDS.items():
            votes[gender] += 2 * bool(title_words & words)
        family = surname(name)
        if len(self.by_surname.get(family.lower(), [])) > 1:
            mentions = re.finditer(rf"\b{re.escape(name)}\b", self.text)  # a shared surname: the full name only
        else:
            mentions = re.finditer(rf"\b{re.escape(family)}\b", self.text)
        for mention in mentions:
            before = self.text[max(0, mention.start() - 30):mention.start()].lower()
            for gender, words in GENDERED_RELATIONS.items():
                if any(f"{w}, " in before[-len(w) - 4:] or before.endswith(f"{w} ") for w in words):
                    votes[gender] += 2
            address_word = P.LAST_WORD.search(before)
            for gender, address in GENDERED_ADDRESS.items():
                if address_word and address_word.group(1) in address:
                    votes[gender] += 2
            stop = P.sentence_end(self.text, mention.end(), min(len(self.text), mention.end() + 200))
            # the first pronoun after it in its sentence, or opening the next ("Ann Poe spoke. She …")
            cue = P.GENDER_CUE.search(self.text, mention.end(), stop) or P.OPENING_PRONOUN.match(self.text, stop)
            if cue and not P.TWO_CAPITALIZED_WORDS.search(self.text, mention.end(), cue.start()) \
                    and not P.RELATION_WORD.search(self.text, mention.end(), cue.start()) \
                    and not self._other_surname_between(family, mention.end(), cue.start()):
                # ("Jane Roe, whose son died after taking a pill he bought": the pronoun is the son's;
                # "Judge Roe said that Okafor had moved money after his accounts were frozen": Okafor's)
                votes[PRONOUN_GENDERS[cue.group("cue").lower()]] += 1
        found = "f" if votes["f"] > votes["m"] else "m" if votes["m"] > votes["f"] else None
        self._genders[name] = found
        return found

    def _other_surname_between(self, family: str, start: int, end: int) -> bool:
        """Someone else's surname stands in ``text[start:end]``."""
        return any(m.group().lower() in self.by_surname and m.group() != family
                   for m in P.CAPITALIZED_WORD.finditer(self.text, start, end))

    def _holding(self, candidates: list[str], title: str | None) -> list[str]:
        """The candidates whose known title shares the head word of ``title``; failing that,
        the ones whose title agrees with a gendered form of address (``Mrs. Roe`` -> the Roe
        named ``First Lady``; ``Mr. Roe`` -> the one Roe whose title is not a woman's)."""
        words = {w.lower().rstrip(".") for w in words_of(title or "")}
        heads = words & (TITLE_HEADS | RANK_ABBREVIATIONS)  # "Rep. Roe" too
        if heads:
            return [c for c in candidates if heads & {w.lower().rstrip(".") for w in words_of(self.titles.get(c, ""))}]
        acronym = title.split()[-1] if title else ""
        if P.ACRONYM_WORD.fullmatch(acronym):  # "SAC Walsh": the Walsh whose title's initials spell it
            spelled = self.readable_title(acronym)
            return [c for c in candidates if _initials(self.titles.get(c, "")) == acronym
                    or spelled != acronym and spelled.lower() in self.titles.get(c, "").lower()]
        for gender, address in GENDERED_ADDRESS.items():
            if words & address:  # "Ms. Greer": the one Greer the release tells is a woman, if it tells one
                same = _fullest_forms([c for c in candidates if self.gender(c) == gender])
                return same if len(same) == 1 else [c for c in candidates if self.gender(c) != OTHER_GENDER[gender]]
        return []

    def organization(self, text: str, phrase: str, before: int) -> str:
        """The organization a bare head noun stands for (``the department`` -> the last
        ``… Department …`` named before ``before``); the phrase itself when none is named."""
        generic = P.GENERIC_ORGANIZATION.match(phrase.strip())
        if not generic:
            return self._spelled_out(phrase.strip()) or self._agency_in_full(phrase.strip()) or phrase
        head = generic.group("head").lower()
        named = self._organizations.get(head)
        if named is None:  # the release's named organizations with this head, read once
            named = self._organizations[head] = self._named_organizations(text, head)
        earlier = [n for offset, n in named if offset < before]
        if not earlier:
            # the release names it only later ("the department said …; according to the Department of Energy")
            agency = self._last_agency(text, head, before)
            if agency or not named:
                return agency or phrase
            earlier = [named[0][1]]
        # the last one named, in its shortest "Department of Energy" form anywhere in the release
        key = {w.lower() for w in words_of(earlier[-1])} - {"u.s."} | {"of"}  # "U.S." is optional
        with_of = [n for _, n in named if key <= {w.lower() for w in words_of(n)}]
        return min(with_of, key=len) if with_of else earlier[-1]

    def _agency_in_full(self, name: str) -> str | None:
        """An agency's name (vocab.AGENCIES) in the longest form the release gives it, when that form
        holds the name as written (``the Marshals Service`` -> ``U.S. Marshals Service``); an acronym
        alone is spelled out only where the release defines it (:meth:`_spelled_out`)."""
        bare = _without_the(name)
        if bare not in AGENCY_FORMS or P.ACRONYM_WORD.fullmatch(bare):
            return None
        forms = [P.LEADING_THE.sub("", form) for form in _agency_forms(self.text, AGENCY_FORMS[bare]) if bare in form]
        return max(forms, key=len) if forms else None

    def _spelled_out(self, acronym: str) -> str | None:
        """The name an acronym stands for where the release defines it (``the Guatemalan National
        Civil Police (PNC)`` for ``the PNC``; ``… Coordination Center (IPR Center)`` for ``the IPR Center``)."""
        bare = P.LEADING_THE.sub("", acronym)
        if not (P.DEFINED_ACRONYM.fullmatch(bare) or P.ACRONYM_AND_HEAD.fullmatch(bare)):
            return None
        at = self.text.find(f"({bare})")
        if at < 0:
            return None
        if bare in AGENCY_FORMS:  # "U.S. Immigration and Customs Enforcement (ICE)": the agency's longest form here
            return max(_agency_forms(self.text, AGENCY_FORMS[bare]), key=len)
        if not P.ACRONYM_WORD.fullmatch(bare) and not P.ACRONYM_AND_HEAD.fullmatch(bare):
            # "IC3", "EI-ISAC": the long form whose initials spell it, as for a title's acronym
            # ("Elections Infrastructure Information Sharing and Analysis Center")
            return self._definitions().get(bare)
        named = P.ORGANIZATION_MENTION_END.search(self.text, max(0, at - 120), at) \
            or P.CAPITALIZED_RUN_END.search(self.text, max(0, at - 120), at)
        return P.LEADING_THE.sub("", named.group().strip()) if named else None

    @staticmethod
    def _named_organizations(text: str, head: str) -> list[tuple[int, str]]:
        """``(offset, name)`` of the organizations ``the <head>`` may stand for: names with that head
        (``Department of Energy``), names the release calls by it (``The National Border Patrol
        Council, the union that …``) and, for a company, legal names (``Hartwig-Lorenz Armaturen AG``)."""
        named = [(m.start(), P.LEADING_THE.sub("", m.group() + _post_city(text, m.end(), head)))
                 for m in P.ORGANIZATION_MENTION.finditer(text)
                 if head in m.group().lower().split() and len(m.group().split()) > 1]
        if head in COMPANY_HEADS:
            named += [(m.start(), m.group()) for m in P.COMPANY_NAME.finditer(text)]
        for appositive in P.ORGANIZATION_APPOSITIVE.finditer(text):
            if appositive.group("head") != head:
                continue
            before = text[max(0, appositive.start() - 120):appositive.start()]
            names = list(P.COMPANY_NAME.finditer(before)) or list(P.ORGANIZATION_MENTION.finditer(before))
            last = names[-1] if names and names[-1].end() == len(before) \
                else P.CAPITALIZED_RUN_END.search(before)  # "Freedom Network Mid-Atlantic, a coalition"
            if last is not None:
                named.append((appositive.start() - len(before) + last.start(), P.LEADING_THE.sub("", last.group())))
        return sorted(named)

    def _last_agency(self, text: str, head: str, before: int) -> str | None:
        """The agency (vocab.AGENCIES) named last before ``before`` that ``the <head>`` can stand
        for, in the longest form the release gives it anywhere: ``the agency`` after ``U.S. Immigration and
        Customs Enforcement (ICE)``; ``the bureau`` after ``FBI``. (``the administration`` is left
        alone: it is as often a president's administration.)"""
        found = [m.group(1) for m in AGENCY_MENTION.finditer(text, 0, before)
                 if head == "agency" or head != "administration" and head in AGENCY_FORMS[m.group(1)].lower().split()]
        if not found:
            return None
        return max(_agency_forms(text, AGENCY_FORMS[found[-1]]), key=len)  # the longest form anywhere in the release

    def reported_speaker(self, text: str, start: int, end: int, speakers: list[tuple[str, str | None]] = ()) -> str | None:
        """The person a sentence in ``text[start:end]`` has speaking (``Roe told reporters that …``,
        ``President Kennedy spoke to students``): the subject of the latest such sentence, for a
        pronoun to follow."""
        found = None
        for begin, stop in P.sentences(text, start, end):
            chunk = text[begin:stop]
            verb = P.SPEECH_VERB.search(chunk) or P.COMMUNICATION_VERB.search(chunk)  # ("… in which Roe discussed")
            if verb is None:
                joined = P.JOINED_BY.search(chunk)
                if joined:  # "Roe was joined at a press conference by Assistant Chief Yolanda Saenz-Whitley."
                    mentions = name_mentions(chunk[joined.end():])
                    if mentions:
                        found = self.fullest(mentions[0][1])
                        continue
                if found is not None and self._new_subject(chunk, found):
                    found = None  # "Jane Roe, whose son died, joined the agents. “…,” she said.": Roe, not the last speaker
                continue
            if unnamed_subject(chunk):
                found = None  # "A woman who lives where Roe was arrested said …": someone unnamed speaks
                continue
            mentions = name_mentions(chunk[:verb.start()])
            later = None if mentions else P.COMMUNICATION_VERB.search(chunk, verb.end())
            if later is not None:  # "jail calls in which Fitch ordered …": "calls" is a noun there
                verb, mentions = later, name_mentions(chunk[:later.start()])
            named = [(offset, name, None) for offset, name, _ in mentions]
            # the title keeps apart two people sharing the surname ("Sheriff Delgado", "Chief Delgado")
            named += [(m.start(), m.group("name"), m.group()[:m.start("name") - m.start()].strip())
                      for m in P.TITLE_SURNAME.finditer(chunk, 0, verb.start())
                      if not is_title_word(m.group("name")) and m.group("name").lower() not in _NOT_TITLED_SURNAMES]
            # ("Deputy Attorney General" names no Attorney, "… Man Charged" no Charged, "Commander Capt." no Capt)
            named += [(m.start(), m.group(), None) for m in P.CAPITALIZED_WORD.finditer(chunk, 0, verb.start())
                      if m.group().lower() in self.by_surname]
            if named:
                # the earliest; at one place, a name of more words ("Minister Benavides Paz" over the
                # titled surname "Minister Benavides"), then one with its title
                first = min(named, key=lambda found: (found[0], -found[1].count(" "), found[2] is None))
                found = self.fullest(first[1], first[2])
                continue
            title = P.TITLE_SUBJECT.match(chunk)
            opener = chunk.rfind(", ", 0, verb.start())
            if title is None and opener > 0:  # "Asked about the valley, the acting deputy commissioner said"
                title = P.TITLE_SUBJECT.match(chunk, opener + 1)
            if title and title.end() <= verb.start() \
                    and all(is_title_word(w) or w in AGENCY_FORMS or self.title_acronym(w) for w in words_of(title.group("title"))):
                # "The Deputy Attorney General noted that …", "The ASAC said …": whoever holds that title
                found = self.with_title(title.group("title"), list(speakers)) or found
        return found

    def _new_subject(self, sentence: str, speaker: str) -> bool:
        """A sentence opening with someone else's full name as the subject of an active verb."""
        lead = len(sentence) - len(sentence.lstrip())
        if not P.TWO_CAPITALIZED_WORDS.match(sentence, lead):
            return False  # (a full name, or a title and a name, opens with two capitalised words)
        mentions = name_mentions(sentence[:lead + 160])
        if not mentions or mentions[0][0] != lead:
            return False  # (a mention's offset is its title's: "Supervisory Deputy U.S. Marshal Cassandra Keely")
        _, name, _ = mentions[0]
        after = P.SUBJECT_TO_VERB.match(sentence, sentence.find(name, lead) + len(name))
        return after is not None and self.fullest(name) != speaker

    def _defined_title_before(self, offset: int) -> str | None:
        """The title a name follows by way of its acronym's definition: ``Special Agent in Charge
        (SAC) Gerald M. Havlicek`` holds ``Special Agent in Charge``."""
        acronym = P.ACRONYM_RIGHT_BEFORE.search(self.text, max(0, offset - 14), offset)
        if acronym is None:
            return None
        last = word_before(self.text, acronym.start())
        written = title_before(self.text, last[0], last[1]) if last and is_title_word(last[1]) else None
        spelled = self.title_acronym(acronym.group(1))
        if written and spelled and written.endswith(" " + spelled):
            return written  # "Acting Special Agent in Charge (SAC) Jane Roe": the rank before the definition
        return spelled

    def title_acronym(self, phrase: str) -> str | None:
        """``phrase`` as the title it abbreviates, where the release defines it as one (``the
        SAC`` -> ``Special Agent in Charge``); ``None`` for an organization's (``the PNC``)."""
        bare = _without_the(phrase.strip())
        if not P.ACRONYM_WORD.fullmatch(bare):
            return None
        title = self.readable_title(bare)
        return title if title != bare else None

    def readable_title(self, title: str | None) -> str | None:
        """``title`` with the title acronyms this release defines spelled out (computed once)."""
        if not title or not P.ACRONYM_WORD.search(title):
            return title
        return expand_title(title, self._definitions())

    def _definitions(self) -> dict[str, str]:
        """The acronyms this release defines, with their long forms (read once)."""
        if self._acronyms is None:
            self._acronyms = acronym_definitions(self.text)
        return self._acronyms

    def known_surname(self, phrase: str) -> str | None:
        """The last word of ``phrase`` when it is the surname of one person this release names.

        A place word counts alone (``Costa said``) or after a work or title it does not continue
        (``In his First Inaugural Address Washington``; never ``of Washington`` or ``New York``)."""
        words = words_of(phrase)
        if not words or not words[-1][:1].isupper() or words[-1].lower() in ORGANIZATION_HEADS:
            return None
        if words[-1].lower() in PLACE_WORDS and len(words) > 1 and (not words[-2][:1].isupper()
                                                                    or words[-2].lower() in NOT_SURNAMES):
            return None  # (a place word alone, '“…,” Costa said', is the person of that surname it names)
        run = len(words) - 1
        while run and words[run - 1][:1].isupper():
            run -= 1
        if run and words[run - 1] in PLACE_PREPOSITIONS:
            return None  # "a retired teacher from Boca Raton": a place, whoever shares its last word
        names = self.by_surname.get(words[-1].lower(), [])
        return words[-1] if len({first_name(n).lower() for n in names}) == 1 else None

    def with_title(self, title: str, speakers: list[tuple[str, str | None]], nearby: list[str] = ()) -> str | None:
        """The person a bare title (``the Secretary``) stands for: the latest speaker holding it;
        failing that, one holding the title's head before its office (``the special agent in charge``
        of ``the special agent in charge of DEA's Rocky Mountain Field Division``)."""
        found = self._holder(title, speakers, nearby)
        office = P.TITLE_OFFICE.search(title)
        if found is None and office is not None:
            found = self._holder(title[:office.start()], speakers, nearby)
        if found is None and P.ACRONYM_WORD.search(title):
            found = self.holder_by_initials(title, speakers)
        return found

    def holder_by_initials(self, title: str, speakers: list[tuple[str, str | None]]) -> str | None:
        """The one whose title an acronym the release never defines abbreviates: ``The EAD added``
        after ``Jane Roe, Executive Associate Director of ICE Enforcement and Removal Operations``."""
        acronym = _without_the(title.strip())
        if not P.ACRONYM_WORD.fullmatch(acronym) or f"({acronym})" in self.text:
            return None  # (an acronym the release defines is what it defines: an office, an agency)
        for name, spoken in reversed(speakers):
            if spoken and _initials(spoken) == acronym:
                return name
        holders = [name for name, known in self.titles.items() if _initials(known) == acronym]
        return holders[0] if len(holders) == 1 else None

    def _holder(self, title: str, speakers: list[tuple[str, str | None]], nearby=()) -> str | None:
        """The latest of ``nearby`` (people the narration just named), else of the speakers, else
        anyone the release names, whose title holds every word of ``title``."""
        heads = {w.lower() for w in words_of(self.readable_title(title) or "") if w not in AGENCY_FORMS} \
            - {"the", "of", "for", "and"}  # ("the DEA special agent in charge": the agency is where, not what)
        if not heads:
            return None
        for name in reversed(nearby):
            if name in self.titles and self._holds(heads, self.titles[name]):
                return name  # "Police Chief Renee S. Albright said … “…,” the chief said."
        self._read_appositives(heads)
        for name, spoken_title in reversed(speakers):
            known = " ".join(filter(None, (spoken_title, self.titles.get(name))))
            if self._holds(heads, known):
                return name
        for name, known in self.titles.items():
            if self._holds(heads, known):
                return name
        return None

    def _read_appositives(self, heads: set[str]) -> None:
        """Titles set off by commas beside names with no title yet, read only where one of the
        reference's title words stands near the name."""
        keep = []
        for offset, name in self.untitled:
            near = self.text[max(0, offset - 120):offset + len(name) + 120].lower()
            if not any(head in near for head in heads):
                keep.append((offset, name))
                continue
            known = appositive_title(self.text, offset, offset + len(name))
            if known and not self.titles.get(name):
                self.titles[name] = known
        self.untitled = keep

    def _holds(self, heads: set[str], known: str) -> bool:
        """A known title holds every word of the reference, and no rank the reference lacks
        (``the Attorney General`` is not the ``Assistant Attorney General``; ``the acting EAD`` is
        the ``Acting Executive Associate Director (EAD)``)."""
        words = self._title_words.get(known)
        if words is None:
            words = self._title_words[known] = _us_spelled({w.lower() for w in words_of(self.readable_title(known) or "")})
        roles = heads & ROLE_TITLES.keys()
        if roles:  # "the prosecutor": an Assistant U.S. Attorney, whatever her rank
            return all(words & ROLE_TITLES[role] for role in roles) and _us_spelled(heads - roles) <= words
        heads = _us_spelled(heads)
        return heads <= words and not (words & RANK_MODIFIERS) - heads
