"""Split a speaker phrase into name, title and organization, and recognise name shapes.

``Acting EAD for HSI, Derek N. Benner`` -> name ``Derek N. Benner``, title ``Acting EAD
for HSI``. A name is a run of capitalised words, initials and particles at the edge of
a phrase segment; title words (vocab.TITLE_WORDS) and acronyms never start a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from loaders.metadata import find_agency
from loaders.patterns import ACRONYM_IN_PARENTHESES, ACRONYM_WORD, COMPANY_NAME, ORGANIZATION_MENTION, UPPER, titled_capitals
from loaders.regex_trie import word_trie
from loaders.vocab import (
    JURISDICTION_HEADS, JURISDICTION_MODIFIERS,
    HONORIFICS,
    LEADING_CONNECTIVES,
    SPEAKER_ADVERBS,
    NAME_PARTICLES,
    OFFICE_NOUN_ENDINGS,
    GIVEN_NAME_TITLE_WORDS,
    ADVERB_ENDINGS,
    HEADLINE_FUNCTION_WORDS,
    HEADLINE_VERBS,
    PORTFOLIO_ENDS,
    GEOGRAPHIC_HEADS,
    NAME_SUFFIXES,
    ORGANIZATION_HEADS,
    LEADING_ORGANIZATION_HEADS,
    PLACE_WORDS,
    PRONOUNS,
    UNNAMED_PERSON_NOUNS,
    PLURAL_PEOPLE,
    RANK_ABBREVIATIONS,
    NAME_LIKE_HEADS,
    SURNAME_LIKE_HEADS,
    SPEAKING_DOCUMENTS,
    CALENDAR_WORDS,
    WORK_AND_EVENT_HEADS,
    TITLE_HEADS,
    TITLE_PREPOSITIONS,
    TITLE_WORDS,
)

# A word of a phrase: letters with inner apostrophes, hyphens and dots ("O’Keefe", "U.S.", "N.").
WORD = re.compile(r"[^\W\d_](?:[\w’'.\-]*[\w.])?|\d[\w.]*|&")
INITIAL = re.compile(rf"^[{UPPER}]\.(?:[{UPPER}]\.)?$")  # accented ones too: "Miguel Á. Santillán"
ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|ud|abu|bin|ibn)-"
"""The article or kinship word a surname may open with in lower case (``al-Rashidi``, ``bin-Laden``)."""
CAPITALIZED = re.compile(r"^(?:[A-Z][a-zß-öø-ÿ]|[A-Z][’'][A-Z]|Mc[A-Z]|Mac[A-Z]|[A-Z][a-z]*[’'-][A-Z]|d[’'][A-Z]|"
                         + ARABIC_ARTICLE + r"[A-Z])[\w’'\-]*(?:(?<=-St)\.)?$|^[ÀÁÂÄÇÉÈÊÍÓÔÖÚÜÑ][\w’'\-]+$")
# (a hyphenated surname may hold "St.": "Peterkin-St. James")
ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&\-]{1,}$")
PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
LEADING_CONNECTIVE = re.compile(
    r"^(?:(?:" + "|".join(sorted(LEADING_CONNECTIVES)) + r")\b(?:\s*,\s*|\s+(?=(?-i:[A-Z])|the\s)))+", re.I)
"""Clause openers before a speaker: ``Finally,`` with its comma, or ``As`` before a capital."""
_SPEAKER_ADVERB = r"(?:" + word_trie(SPEAKER_ADVERBS) + r"|[a-z]+ly)"
TRAILING_ADVERBS = re.compile(rf"\s\s*{_SPEAKER_ADVERB}(?:\s+{_SPEAKER_ADVERB})*$")
"""Adverbs after a speaker, before the verb: ``President Jane Roe often`` (asks). It opens with
one whitespace character, not a repeated group, so that the engine skips to the next space
instead of trying a match at every character."""
SEGMENT_BREAK = re.compile(r",\s*|;\s*|\s+[—–]\s+")
CLAUSE_SEGMENT = re.compile(r"^(?:a|an|one|who|which|whose|where|according\s+to)\s", re.I)
FUNCTION_WORDS = frozenset({"the", "of", "for", "and", "in", "at", "on", "to", "&"})
"""Small words inside titles that never open one."""
NOT_NAME_ENDS = (ORGANIZATION_HEADS | WORK_AND_EVENT_HEADS | PORTFOLIO_ENDS | HEADLINE_VERBS | GEOGRAPHIC_HEADS) \
    - SURNAME_LIKE_HEADS
"""Last words that make a capitalised run an organization, law, document, event or place."""
ROLE_NOUNS_BEFORE_NAMES = UNNAMED_PERSON_NOUNS - {"man", "friend", "driver", "boy", "owner", "brother"}
"""People described by their role, written like a title before a name (``Neighbor Earline Dobbs``);
family names among them (Friend, Driver, Boy) left out."""
NAME_RUN_STOPS = HONORIFICS | ORGANIZATION_HEADS | (WORK_AND_EVENT_HEADS - NAME_LIKE_HEADS) | HEADLINE_FUNCTION_WORDS \
    | PORTFOLIO_ENDS
"""Words a name run at the end of a phrase never reaches back over: forms of address, the
heads of organizations, works and events (``Bill`` and other name-like heads excepted) and the
words of a portfolio (``… for Grants and Training Jane Roe``).
Built once: name_at_end tests every word against it."""
SPOKESPERSON_FOR = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+)?(?:spokes(?:man|woman|person)|representative|official|statement"
    r"|release|report|study|analysis|survey|letter)\s+"
    r"(?:for|from|of|with|at|by)\s+(?:the\s+)?(?P<org>[A-Z].*)$")
"""``a spokesman for China's Ministry of Defense``, ``a 2023 report by the X Institute``: the
organization speaks through someone unnamed or a document."""
ORGANIZATION_SPOKESPERSON = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:(?:recent|new|latest|final|annual|former)\s+)?"
    r"(?P<org>[A-Z0-9][\w./&’'\-]*(?:\s+[A-Z][\w.&’'\-]*)*)(?:’s|'s)?\s+"
    r"(?:spokes(?:man|woman|person)|representative|official|(?i:" + "|".join(sorted(SPEAKING_DOCUMENTS)) + r"))$")
"""``an FBI spokeswoman``, ``a CBP official``, ``the Church Committee Report``: the organization
speaks through someone unnamed or a document of its own."""
POSSESSIVE = re.compile(r"[’']s$")
LEADING_ARTICLE = re.compile(r"^(?:(?i:the|a|an)|el|la|los|las)\s+")
"""An article opening a title: English in any case, Spanish in lower case (``la directora``;
``La`` opens surnames such as ``La Rosa``)."""


@dataclass(frozen=True, slots=True)
class SpeakerParts:
    """What a speaker phrase says: a person's name (or organization), title and organization."""

    kind: str  # "person" | "surname" | "pronoun" | "title" | "organization" | "none"
    name: str | None = None
    title: str | None = None
    organization: str | None = None


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """``word`` in lower case without a final stop, as the vocabularies hold it (cached: the
    name tests ask it of the same words dozens of times per phrase)."""
    return word.lower().rstrip(".")


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """A capitalised word or initial that may belong to a person's name."""
    if INITIAL.match(word):
        return True
    return bool(CAPITALIZED.match(word)) and not ACRONYM.match(word) and not POSSESSIVE.search(word) \
        and not word.lower().endswith(ADVERB_ENDINGS)  # "Fraudulently Seeking": a headline's adverb


@lru_cache(maxsize=65536)
def is_title_word(word: str) -> bool:
    """A word of a job title or office, hyphenated ones included by their last part or, over three
    parts, by any (``Co-chair``, ``Director-in-Charge``; ``Bishop-Rowe`` is a surname)."""
    bare = _bare(word)
    if bare in TITLE_WORDS or "-" not in bare:
        return bare in TITLE_WORDS
    parts = bare.split("-")
    return parts[-1] in TITLE_WORDS or len(parts) > 2 and any(part in TITLE_WORDS for part in parts)


def name_at_end(words: list[str]) -> tuple[int, int] | None:
    """The run of words forming a person's name at the end of ``words`` (index range), if any."""
    end = len(words)
    while end and _bare(words[end - 1]) in NAME_SUFFIXES and end > 1:
        end -= 1
    if not end or not is_name_word(words[end - 1]) or INITIAL.match(words[end - 1]):
        return None
    last = _bare(words[end - 1])
    alone = last in NAME_LIKE_HEADS and (end == 1 or not is_name_word(words[end - 2]))  # "As Bill says"
    if last in NOT_NAME_ENDS and not alone:
        return None  # "Policy Institute", "Inflation Reduction Act": organizations, laws, events
    start = end - 1
    while start > 0:
        word = words[start - 1]
        bare = _bare(word)
        given = bare in GIVEN_NAME_TITLE_WORDS and start > 1 and is_name_word(words[start - 2]) \
            and not is_title_word(words[start - 2])  # "Roy Dean Tolliver"
        if bare in NAME_RUN_STOPS or is_title_word(word) and not _particle_inside(words, start - 1) and not given:
            break
        if is_name_word(word) or _particle_after_name(words, start - 1):
            start -= 1
            continue
        break
    if _office_or_place(words[start:end]):
        return None
    if _is_title_head(words[end - 1]) and (start == 0 or words[start - 1].islower()
                                                 or not is_title_word(words[start - 1])):
        return None  # "Inclusion Officer": a title ending in its head noun ("Director Dan Bishop" is a name)
    while start < end and words[start].islower():
        start += 1
    if end - start >= 3 and _coordinated_portfolio(words, start):
        start = _first_name_before(words, (start, end))  # "for Science and Technology Benjamin Oduya"
    if end - start >= 3 and _bare(words[start]) in ROLE_NOUNS_BEFORE_NAMES:
        start += 1  # "Neighbor Earline Dobbs", "Victim Jane Roe": a role, then the name
    start = _past_place_words(words, start, end)
    while len(words) > end and _bare(words[end]) in NAME_SUFFIXES:
        end += 1
    if end - start == 1 and _bare(words[start]) in CALENDAR_WORDS:
        return None  # "In June": a month standing alone is no surname
    if end - start == 1 and _bare(words[start]) in SURNAME_LIKE_HEADS and start and words[start - 1][:1].isupper() \
            and not is_title_word(words[start - 1]) and _bare(words[start - 1]) not in HONORIFICS:
        return None  # "Transport Workers Union": the end of an organization's name
    return (start, end) if start < end else None


def _first_name_before(words: list[str], span: tuple[int, int]) -> int:
    """Where a name run that opens with a portfolio's last words (``Technology Benjamin Oduya``)
    starts its name: the surname, any particles and initials before it, and one first name."""
    at = span[1] - 1
    while at > span[0] and (_bare(words[at - 1]) in NAME_PARTICLES or INITIAL.match(words[at - 1])):
        at -= 1
    return max(span[0], at - 1)


def _coordinated_portfolio(words: list[str], start: int) -> bool:
    """``words[start]`` is the second half of a portfolio a title holds (``for Science and
    Technology``): after ``and``, a capitalised word, and the ``for`` or ``of`` of a title."""
    return start >= 4 and words[start - 1] == "and" and words[start - 2][:1].isupper() \
        and words[start - 3] in ("for", "of") and is_title_word(words[start - 4])


@lru_cache(maxsize=65536)
def _is_title_head(word: str) -> bool:
    """A noun heading a title, hyphenated ones included (``Co-chair``); cached, as
    is_title_word: speaker phrases and mentions test the same words again and again."""
    parts = _bare(word).split("-")  # "Co-chair", "Director-in-Charge"; not the surname "Bishop-Rowe"
    return parts[-1] in TITLE_HEADS or len(parts) > 2 and parts[0] in TITLE_HEADS


def _office_or_place(run: list[str]) -> bool:
    """A run of title and place words only (``U.S. Marshal``, ``Northern District``): not a name."""
    return all(is_title_word(w) or _bare(w) in PLACE_WORDS for w in run if not INITIAL.match(w))


def _past_place_words(words: list[str], start: int, end: int) -> int:
    """Skip place and portfolio words opening a name run after ``of``/``the`` or a title's middle word:
    ``of India Jane Roe``, ``Law Enforcement Affairs Jane Roe``."""
    before = words[start - 1] if start else ""
    if not (before.islower() or _bare(before) in ORGANIZATION_HEADS or ACRONYM.match(before)
            or is_title_word(before) and not _is_title_head(before)):  # "Law Enforcement Affairs Jane Roe"
        return start
    # through the last place word that leaves a first name and a surname: "for Global Affairs
    # Jane Roe", "HSI Dallas Jane Roe" (never into a name: "for Jane Virginia Roe" keeps Jane)
    last = start
    for index in range(start, end - 2):
        if _bare(words[index]) in PLACE_WORDS and not INITIAL.match(words[index + 1]):
            last = index + 1
    if before == "of" and start >= 2 and _bare(words[start - 2]) in JURISDICTION_HEADS:
        # "District of Texas J. Hollis Roe": the place a jurisdiction is "of" is no first name,
        # even before an initial (a name may open with one)
        while last < end - 2 and _bare(words[last]) in PLACE_WORDS:
            last += 1
        return last
    if before.islower():  # "to Paraguay Marcus D. Ostrowski", "in Persons Miriam K. Lowell": first name, initial, surname
        initial = next((i for i in range(last + 1, end - 1) if INITIAL.match(words[i])), None)
        if initial is not None and not any(INITIAL.match(w) for w in words[last:initial - 1]):
            last = initial - 1
        elif initial is None and before in _OFFICE_JOINERS and start >= 2 \
                and any(_is_title_head(w) for w in words[max(0, start - 4):start - 1]):
            # "Minister of Public Safety Gordon Tremblay": an office's nouns, then the name
            while last < end - 2 and (_bare(words[last]).endswith(OFFICE_NOUN_ENDINGS) or _bare(words[last]) in PLACE_WORDS):
                last += 1
    return last


_OFFICE_JOINERS = frozenset({"of", "for", "to"})
"""Words joining a title head to its office (``Minister of``, ``Secretary for``, ``Ambassador to``)."""


def name_at_start(words: list[str]) -> tuple[int, int] | None:
    """The run of words forming a person's name at the start of ``words``, if any."""
    start = 0
    while start < len(words) and (_bare(words[start]) in HONORIFICS or ACRONYM.match(words[start])
                                  or _bare(words[start]) not in FUNCTION_WORDS
                                  and is_title_word(words[start]) and words[start][:1].isupper()):
        start += 1  # "President Jane Roe took the stage and": the title opens, the name follows
    end = start
    while end < len(words):
        word = words[end]
        bare = _bare(word)
        if is_name_word(word) and (bare not in TITLE_WORDS or end > start):
            end += 1
        elif _is_particle(word) and end > start and end + 1 < len(words) \
                and (is_name_word(words[end + 1]) or _is_particle(words[end + 1])):
            end += 1
        elif bare in NAME_SUFFIXES and end > start:
            end += 1
        else:
            break
    if end - start < 2 or _office_or_place(words[start:end]) or _bare(words[end - 1]) in NOT_NAME_ENDS \
            or any(_bare(w) in ORGANIZATION_HEADS for w in words[start:end - 1]):
        return None  # ("Transport Workers Union": an organization's words inside the run)
    # A title word ends the run: "Jane Roe Director" keeps "Jane Roe".
    while end - start > 2 and _bare(words[end - 1]) in TITLE_WORDS:
        end -= 1
    if _is_title_head(words[end - 1]) or end < len(words) and is_title_word(words[end - 1]) \
            and is_title_word(words[end]):
        return None  # "Century Co-chair", "Managing Vice President": titles, not names
    return start, end


def _particle_inside(words: list[str], index: int) -> bool:
    return words[index].islower() and _bare(words[index]) in NAME_PARTICLES


def _is_particle(word: str) -> bool:
    """A surname particle as written inside a name: lower case (``de``, ``van``) or abbreviated (``St.``)."""
    return _bare(word) in NAME_PARTICLES and (word.islower() or word.endswith("."))


def _particle_after_name(words: list[str], index: int) -> bool:
    """``words[index]`` is a particle in a run of particles that a name word opens
    (``Teodora de la Fuente``, ``Marisela St. Amant``)."""
    while index > 0 and _is_particle(words[index]):
        index -= 1
        if is_name_word(words[index]) and not _is_particle(words[index]):
            return True
    return False


def words_of(phrase: str) -> list[str]:
    """The words of a phrase, punctuation dropped except inside words."""
    return WORD.findall(phrase)


@lru_cache(maxsize=16384)
def name_words(name: str) -> tuple[str, ...]:
    """words_of a name, as a tuple, cached: each name a release gives is read for its surname,
    first name, particles and fullness, and each read used to split it into words again."""
    return tuple(WORD.findall(name))


THREE_CAPITALS = re.compile(r"[A-Z]{3}")
"""Three capitals in a row: a cheap test before looking for a name in capitals."""


def name_case(capitals: str) -> str:
    """An upper-case name in the case names take: ``BRENDA KAY O'NEILL-RUIZ`` -> ``Brenda Kay O'Neill-Ruiz``."""
    return re.sub(r"[A-Z]+", lambda word: word.group().capitalize(), capitals)


def in_capitals(word: str) -> bool:
    """A word written in capitals, a ``Mc``/``Mac`` surname's prefix aside (``McCLENDON``)."""
    return word.isupper() or word.startswith(("Mc", "Mac")) and word[2 if word[1] == "c" else 3:].isupper()


def _titled_names_cased(phrase: str) -> str:
    """``Special Agent in Charge ROSALIND A. ROE of …`` with the name in the case names take."""
    for run in reversed(list(titled_capitals(phrase))):
        phrase = phrase[:run.start()] + name_case(" ".join(run.group().split())) + phrase[run.end():]
    return phrase


@lru_cache(maxsize=4096)
def split_speaker(phrase: str) -> SpeakerParts:
    """Name, title and organization of a speaker phrase as a release writes it."""
    phrase = phrase.strip(" ,;:—–-\u2014*_")  # "*We said": Markdown emphasis is no part of a speaker
    if not phrase:
        return SpeakerParts("none")
    plain = PARENTHETICAL.sub("", phrase) if "(" in phrase else phrase  # (it opens with a space run: tried everywhere)
    plain = NICKNAME.sub("", plain) if "″" in plain else plain  # 'Senator Thaddeus "Tad" Roe', its marks masked
    if THREE_CAPITALS.search(plain):
        plain = _titled_names_cased(plain)  # "United States Attorney TERRELL D. ROE"
    plain = TRAILING_ADVERBS.sub("", LEADING_CONNECTIVE.sub("", plain)).strip()
    handle = SOCIAL_HANDLE.fullmatch(plain)
    if handle:
        plain = _handle_words(handle.group(1)) or plain
    if plain.lower() in PRONOUNS:
        return SpeakerParts("pronoun", name=plain.lower())
    if plain.lower() in PLURAL_PEOPLE:
        return SpeakerParts("none")  # "Callers told victims": people unnamed, no surname
    spokesperson = SPOKESPERSON_FOR.match(plain) or ORGANIZATION_SPOKESPERSON.match(plain)
    if spokesperson and "," not in plain:
        return SpeakerParts("organization", name=POSSESSIVE.sub("", spokesperson.group("org")))
    segments = [s.strip() for s in SEGMENT_BREAK.split(plain) if s.strip()]
    if segments and COMPANY_NAME.fullmatch(segments[-1]) and all(SCENE_SEGMENT.match(s) or CLAUSE_SEGMENT.match(s) for s in segments[:-1]):
        return SpeakerParts("organization", name=segments[-1])  # "Prairie Gold Packing Co.": a firm's legal name, no one's
    if len(segments) > 1 and segments[-1].lower() in PRONOUNS:
        return SpeakerParts("pronoun", name=segments[-1].lower())  # "As we toured the site, he"
    scene_pronoun = SCENE_THEN_PRONOUN.fullmatch(phrase) if segments else None
    if scene_pronoun:
        return SpeakerParts("pronoun", name=scene_pronoun.group("pronoun").lower())  # "In one post he" (wrote)
    if len(segments) > 1 and COMMON_NOUN_SUBJECT.fullmatch(segments[-1]) and classify_nameless(segments[-1]).kind == "none" \
            and all(SCENE_SEGMENT.match(s.strip()) for s in SEGMENT_BREAK.split(phrase)[:-1]):  # (before openers were cut)
        return SpeakerParts("none")  # "on April 28 at a bank on East Iliff Avenue in Aurora, the note": a thing, no one
    best: tuple[tuple[int, bool, int], int, list[str], tuple[int, int]] | None = None
    for order, segment in enumerate(segments):
        if CLAUSE_SEGMENT.match(segment):
            continue
        words = words_of(segment)
        organization = head_first_organization(words) if order == 0 else None
        if organization is not None:
            return SpeakerParts("organization", name=organization)  # the rest describes it
        found = name_in_segment(words)
        if found is None or found[0] and words[found[0] - 1] == "&":
            continue  # "Kessler & Brandt Logistics": the rest of a firm's name, no person's
        # a name inside a scene-setting segment ("In a 2015 e-mail to his contact in Dubai") yields to one beside the cue
        score = (min(found[1] - found[0], 2), SCENE_SEGMENT.match(segment) is None, -order)
        if best is None or score > best[0]:
            best = (score, order, words, found)
    if best is None:
        whole = classify_nameless(plain)
        kept = [s for s in segments if not CLAUSE_SEGMENT.match(s) and not SCENE_SEGMENT.match(s)]
        if len(kept) == 1 < len(segments):  # "In a statement, the Consulate General of Guatemala in Houston"
            alone = classify_nameless(kept[0])  # "The U.S. Postal Inspection Service, which investigated the case"
            if alone.kind == "organization":
                return alone
        if whole.kind in ("none", "organization") and len(segments) > 1:
            tail = LEADING_CONNECTIVE.sub("", segments[-1])
            document = ORGANIZATION_SPOKESPERSON.match(tail)  # "In June, …, the Supreme Court’s ruling"
            if document:
                return SpeakerParts("organization", name=POSSESSIVE.sub("", document.group("org")))
            last = classify_nameless(tail)  # "Hours later, the Ministry"
            if last.kind == "organization":
                return last
        if whole.kind == "title" and len(segments) > 1 and (
                len(words_of(plain)) > MAX_TITLE_SEGMENT_WORDS
                or not any(_is_title_head(w) for s in segments[:-1] for w in words_of(s))):
            last = classify_nameless(LEADING_CONNECTIVE.sub("", segments[-1]))
            if last.kind == "title":
                # "… held out for 7 days in the opening days of the war, the Pope", "Later Friday, the
                # Secretary": narration or a time, then the title
                return last
        return whole
    _, order, words, (start, end) = best
    name = " ".join(words[start:end])
    own_title = " ".join(w for w in words[:start] + words[end:]
                         if _bare(w) not in HONORIFICS or _bare(w) in RANK_ABBREVIATIONS or len(w) > 4)
    title_parts = [own_title] + [s for i, s in enumerate(segments) if i != order and not CLAUSE_SEGMENT.match(s)
                                 and _bare(s) not in NAME_SUFFIXES]
    title = ", ".join(LEADING_ARTICLE.sub("", t) for t in title_parts if t and _reads_as_title(t)).strip() or None
    kind = "person" if end - start >= 2 else "surname"
    if kind == "surname" and len(words) > 1 and len(segments) == 1 and not any(_is_title_head(w) for w in words[:start]):
        bare_phrase = LEADING_ARTICLE.sub("", plain)
        if _bare(words[-1]) in ORGANIZATION_HEADS or ORGANIZATION_MENTION.fullmatch(bare_phrase):
            # "Friends Committee on National Legislation", "The Science of Learning Alliance": no surname
            return SpeakerParts("organization", name=bare_phrase)
    opening = 1 if words and words[0].lower() == "the" else 0
    if kind == "person" and end == len(words) and start > opening and _bare(words[-1]) in ORGANIZATION_HEADS \
            and all(w[:1].isupper() and not _is_title_head(w) for w in words[opening:start]):
        # "Foothills Mountain Federal Credit Union": capitalised words and no title before a head noun
        return SpeakerParts("organization", name=" ".join(words[opening:]))
    return SpeakerParts(kind, name=name, title=title, organization=find_agency(title) if title else None)


MAX_TITLE_SEGMENT_WORDS = 14

SOCIAL_HANDLE = re.compile(r"@(\w+)")
"""A social-media account quoted as the speaker (``@RepVindman says``)."""
CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _handle_words(handle: str) -> str | None:
    """The name a camel-case handle spells, past a leading rank (``RepJaneRoe`` -> ``Rep. Jane Roe``)."""
    parts = CAMEL_PART.findall(handle)
    if not parts or "".join(parts) != handle:
        return None  # "RapidResponse47", "potus": no name to read
    if len(parts) > 1 and parts[0].lower() in RANK_ABBREVIATIONS:
        parts[0] += "."
    return " ".join(parts)
"""Longer than this, a segment beside a name is narration, not a title."""

NARRATION_OPENERS = re.compile(
    r"^(?:In|On|At|During|After|Before|While|When|As|Asked|Speaking|Noting|Last|Earlier|Later|Today|Yesterday"
    r"|Just|Two|Three|\d+|Seventy|Hours|Days|Years|Minutes|Among|Through|Toward|Over|Under(?!\s+Secretary)|Despite|Amid|From"
    r"|With|By|Since|Because|Although|If|Once|It|This|That|There|Here|I|We|You|They|He|She)\b")
"""Words opening a segment of narration beside a name (``In a statement``, ``Last night``),
never a title (``Under Secretary`` is one)."""
SCENE_SEGMENT = re.compile(NARRATION_OPENERS.pattern, re.I)
"""NARRATION_OPENERS in any case, for segments inside a phrase (``…, hours before a robbery in Monroeville, Roe``)."""
SCENE_THEN_PRONOUN = re.compile(
    r"(?:In|At|On|During|After|Before|Later|Earlier|Then|Once)\b[^,;:]{0,40}?\s(?P<pronoun>he|she|they)", re.I)
"""A short scene with no comma before the pronoun subject: ``In one post he`` (wrote), ``Later she``."""
COMMON_NOUN_SUBJECT = re.compile(r"(?:the|a|an|his|her|their|its)(?:\s+[a-z][a-z\-]*){1,3}")
"""A subject in lower-case words (``the note``, ``his handwritten letter``), naming no one."""


def _reads_as_title(segment: str) -> bool:
    """A phrase beside a name that reads as a title or affiliation, not as narration: short,
    opening with no time or scene phrase, and with no verb (``teared up listening to …``,
    ``voted against the law``); ``acting`` and other title words are not verbs here."""
    words = words_of(segment)
    if not words or len(words) > MAX_TITLE_SEGMENT_WORDS or NARRATION_OPENERS.match(segment) \
            or words[-1] in _NOT_TITLE_ENDS:
        return False
    if all(w.islower() and not is_title_word(w) for w in words):
        return False  # "afterwards": no title word, no name of an office
    return not any(w in _NARRATION_WORDS or w.islower() and w.endswith(("ed", "ing")) and not is_title_word(w)
                   for w in words)


_NOT_TITLE_ENDS = frozenset({"and", "or", "but", "which", "who", "by", "at", "to", "of", "the", "a", "an", "with", "as", "is"})
"""Words a title never ends with: the phrase was cut from a sentence."""

_NARRATION_WORDS = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "which", "who", "whom",
                              "is", "was", "were", "are", "has", "have", "had", "took", "stood", "serves", "said"})
"""Pronouns and verbs: a phrase holding one is a sentence about the speaker, not a title."""


@lru_cache(maxsize=16384)
def clean_title(title: str | None) -> str | None:
    """``title`` without the comma-separated pieces that read as narration, not as a title."""
    if not title:
        return None
    kept = [piece for piece in title.split(", ") if _reads_as_title(piece)]
    return ", ".join(kept) or None


def name_in_segment(words: list[str]) -> tuple[int, int] | None:
    """The name in one comma-free segment: before a preposition that attaches an office
    (``Jane Roe of the FBI``), else at its end, else at its start.

    A segment that opens with an organization (``American Federation of Teachers``) names no
    one unless a title stands right before the name (``… Services Secretary Jane Roe``)."""
    found = None
    names_organization = False
    for index, word in enumerate(words):
        if index and word in TITLE_PREPOSITIONS:
            found = name_at_end(words[:index])
            if _bare(words[index - 1]) in ORGANIZATION_HEADS:
                names_organization, found = True, None
            elif found is not None and (found[1] - found[0] > 1 or _after_title(words, found[0])):
                break
            else:  # "Bread for the World": a lone capitalised word is no surname without a title
                names_organization, found = names_organization or found is not None, None
    whole = name_at_end(words) or name_at_start(words)
    if whole is not None and names_organization and not _after_title_head(words, whole[0]):
        whole = None  # ("State Election Directors": a title word, no title's head, before the run)
    if found is not None and names_organization and not _after_title_head(words, found[0]):
        found = None  # "The Center for Missing Youth of Ohio": words of the organization's name
    if found is None or whole is not None and whole[1] - whole[0] >= 2 > found[1] - found[0]:
        return whole
    if whole is not None and whole[1] == len(words) and _has_initial(words, whole) and not _has_initial(words, found):
        return whole  # "Office to Monitor and Combat Trafficking in Persons Miriam K. Lowell": the initial marks the name
    return found


def _has_initial(words: list[str], span: tuple[int, int]) -> bool:
    return any(INITIAL.match(w) for w in words[span[0] + 1:span[1] - 1])


def _after_title_head(words: list[str], start: int) -> bool:
    """A title's head (``Secretary``) or an honorific stands right before ``words[start]``."""
    return start > 0 and (_bare(words[start - 1]) in HONORIFICS or _is_title_head(words[start - 1]))


def _after_title(words: list[str], start: int) -> bool:
    """A capitalised title word (or an honorific) stands right before ``words[start]``."""
    if start == 0:
        return False
    word = words[start - 1]
    return _bare(word) in HONORIFICS or is_title_word(word) and not word.islower()


_ROMANCE_ARTICLES = frozenset({"the", "la", "el", "los", "las", "le", "les", "a", "o", "os", "as"})
_ROMANCE_LINKS = NAME_PARTICLES | {"los", "las", "des", "do", "e", "et"}


def head_first_organization(words: list[str]) -> str | None:
    """The name of an organization written head first in the Romance order (``the Procuraduría
    General de la República``, ``Casa Esperanza de las Llanuras``), articles before it left out;
    ``None`` for any other words. A title's head after the second word (``… del Estado Director
    Ana Ruiz``) makes the run a person's title and name instead."""
    start = 0
    while start < len(words) - 1 and words[start].lower() in _ROMANCE_ARTICLES:
        start += 1
    head = words[start] if start < len(words) else ""
    if not head[:1].isupper() or _bare(head).lower() not in LEADING_ORGANIZATION_HEADS or len(words) - start < 2:
        return None
    rest = words[start + 1:]
    if not all(w[:1].isupper() or w.lower() in _ROMANCE_LINKS for w in rest) or not rest[-1][:1].isupper():
        return None
    if any(_is_title_head(w) or _bare(w) in HONORIFICS for w in rest[1:]):
        return None
    return " ".join(words[start:])


_PLACE_PREPOSITIONS = frozenset({"in", "at", "by", "before", "from", "to"})


def _head_in_prepositional_phrase(words: list[str]) -> bool:
    """Lower-case words whose organization head stands after a preposition (``evidence presented
    in court``): the phrase is about something else, in that place."""
    return all(w.islower() for w in words) and any(w in _PLACE_PREPOSITIONS for w in words[:-1])


def classify_nameless(phrase: str) -> SpeakerParts:
    """A speaker phrase with no person's name: a title standing for a person, or an organization."""
    bare_phrase = LEADING_ARTICLE.sub("", phrase.strip())
    words = words_of(bare_phrase)
    if not words:
        return SpeakerParts("none")
    last = _bare(words[-1])
    if ACRONYM.match(words[-1]) and len(words) > 1 and all(w.islower() and is_title_word(w) for w in words[:-1]):
        return SpeakerParts("title", title=bare_phrase)  # "the acting EAD": a title the release spells out
    if all(map(is_title_word, words)) and any(map(_is_title_head, words)) \
            and not any(_bare(w) in ORGANIZATION_HEADS for w in words):
        return SpeakerParts("title", title=bare_phrase)  # "the Special Agent in Charge": title words only
    lead = list(takewhile(lambda w: w not in ("of", "for"), words))
    if len(lead) < len(words) and all(w.islower() and is_title_word(w) for w in lead) and any(map(_is_title_head, lead)):
        return SpeakerParts("title", title=bare_phrase)  # "the special agent in charge of DEA's … Division"
    if last in ORGANIZATION_HEADS and not _head_in_prepositional_phrase(words) or find_agency(bare_phrase) == bare_phrase or \
            len(words) > 2 and _bare(words[0]) in ORGANIZATION_HEADS and words[1] == "of" \
            and all(w[:1].isupper() or w in FUNCTION_WORDS for w in words[2:]) or \
            (len(words) <= 6 and all(is_name_word(w) or ACRONYM.match(w) or w.islower() and len(w) <= 3 for w in words)
             and not _is_title_head(words[-1]) and (is_name_word(words[-1]) or ACRONYM.match(words[-1]))):
        return SpeakerParts("organization", name=bare_phrase)
    if "&" in words or any(_bare(w) in ORGANIZATION_HEADS for w in words) \
            and all(w[:1].isupper() or w in FUNCTION_WORDS for w in words) \
            and not any(_is_title_head(w) for w in words if not POSSESSIVE.search(w)):
        # "Kessler & Brandt Logistics", "U.S. Attorney’s Office for the District of Arizona"
        return SpeakerParts("organization", name=bare_phrase)
    if any(_is_title_head(w) for w in words):
        return SpeakerParts("title", title=bare_phrase)
    return SpeakerParts("none")


# A person mentioned anywhere, within one paragraph: two to five name words ("Derek N. Benner", "Alvin De La Rosa").
# It opens with the capital itself and looks behind it afterwards, so the regex engine can skip
# ahead to the next capital instead of testing the look-behind at every character. A form of
# address inside the run keeps the title before it: "First Lady Dr. Jill Roe". Word and space
# runs are possessive (``++``): what follows each can never start inside it, so giving characters
# back could only fail again, and a lone capitalised word (the usual case) fails at once.
_MENTION = re.compile(
    rf"[{UPPER}](?<![\w’'.][{UPPER}])(?:[\w’'\-]++|\.(?:[{UPPER}]\.)?+)(?:[^\S\n]++(?:(?:Dr|Mr|Mrs|Ms|Rev|Hon|St)\.(?=[^\S\n]+[{UPPER}])|[{UPPER}][\w’'\-]++(?:(?<=-St)\.(?=[^\S\n]+[{UPPER}]))?|d['’][{UPPER}][\w’'\-]++|" + ARABIC_ARTICLE + rf"[{UPPER}][\w’'\-]++|[\"“][{UPPER}][\w’'\-]*(?:[^\S\n]+[{UPPER}][\w’'\-]*){{0,2}}[\"”](?=[^\S\n]+[{UPPER}])|[{UPPER}]\.(?:[{UPPER}]\.)?+|(?:de|del|la|las|los|van|von|der|den|da|di|du|le|al|bin|dos)(?=[^\S\n]+(?:[{UPPER}]|(?:la|las|los|der|den)[^\S\n]+[{UPPER}]))))+(?:,?[^\S\n]+(?:Jr|Sr)\.|[^\S\n]+(?:II|III|IV))?"
)


NICKNAME = re.compile(r'[^\S\n]+["“″][^"”″]*["”″]')
"""A quoted nickname inside a name (``Terrell "Boo" Haskins``), left out of the name; ``″`` is
a mark attribution masked in a speaker phrase."""

_SUFFIXES_WITH_PERIOD = (" Jr", " Sr")
"""Name suffixes written with a period (``Jr.``), which the mention pattern reads as a name word."""

_OBJECT_OF_TITLE = (" of ", " for ", " the ", " and ", " in ", " to ")  # "... and Urban Development Scott Turner"


def name_mentions(text: str) -> list[tuple[int, str, str | None]]:
    """People named in a text: ``(offset, full name, title words just before it)``."""
    found = []
    for match in _MENTION.finditer(text):
        start, run = match.start(), match.group()
        after_object = text.endswith(_OBJECT_OF_TITLE, max(0, start - 5), start)
        # (the office's head matters only to a run of three words or more: "Public Safety Gordon Tremblay")
        office = _office_head(text, start) if after_object and run.count(" ") >= 2 else ""
        coordinated = bool(office) and text.endswith(" and ", max(0, start - 5), start)
        mention = _mention(run, after_object, office, coordinated)
        if mention is not None and (mention[1] is not None or not text.startswith("& ", start - 2)):
            # ("Kessler & Brandt Logistics": the rest of a firm's name; "& Production Council CEO
            # Anne Roe" still names her)
            if mention[0].endswith(_SUFFIXES_WITH_PERIOD) and text.startswith(".", match.end()):
                mention = (mention[0] + ".", mention[1])  # "Dennis Whitford Sr." keeps the period the run left out
            found.append((start, *mention))
    return found


def _office_head(text: str, start: int) -> str:
    """The title or jurisdiction head before the joiner ahead of ``start`` (``Minister`` in
    ``Minister of Public Safety …``, ``District`` in ``District of Texas J. Hollis Roe``), or ''."""
    head = _HEAD_BEFORE_JOINER.search(text, max(0, start - 60), start)
    if head is None:
        return ""
    word = head.group(1)
    return word if _is_title_head(word) or word.lower() in JURISDICTION_HEADS else ""


_HEAD_BEFORE_JOINER = re.compile(r"([A-Z][a-z]+)\s+(?:of|for|to)\s+(?:(?:the|and|[A-Z][\w’'\-]*)\s+)*$")
"""A title head and its joiner, then the office's words so far: ``Minister of Foreign Affairs and ``."""


@lru_cache(maxsize=16384)
def _mention(phrase: str, after_object: bool, office: str = "", coordinated: bool = False) -> tuple[str, str | None] | None:
    """The full name and title words in one capitalised run, if it names a person (cached:
    releases repeat their names). ``coordinated``: the run follows the ``and`` of an office's
    portfolio (``Secretary for Science and Technology Benjamin Oduya``), whose words it opens with."""
    if '"' in phrase or "“" in phrase:  # (the marks a nickname opens with)
        phrase = NICKNAME.sub("", phrase)  # Terrell "Boo" Haskins is Terrell Haskins
    words = words_of(phrase)
    possessive = bool(words) and POSSESSIVE.search(words[-1]) is not None
    if possessive:
        words[-1] = POSSESSIVE.sub("", words[-1])  # "Vice President Joe Roe’s office": Joe Roe
    while words and words[0].lower() in LEADING_CONNECTIVES:
        words = words[1:]  # "As Bill Roe says": a sentence opener, not a first name
    if len(words) >= 4 and words[-1].lower() in JURISDICTION_HEADS:
        # "United States Attorney Lydia C. Harmon / Eastern District": a letterhead's lines run together
        words = words[:-2] if words[-2].lower() in JURISDICTION_MODIFIERS else words[:-1]
    if after_object:
        words = ["of"] + words  # "Consul General of India Jane Roe": India ends the title
        if office:
            words = [office] + words  # "Minister of Public Safety Gordon Tremblay": an office's words, then the name
    span = name_at_end(words)
    if span is None or span[1] - span[0] < 2 or possessive and not _after_title(words, span[0]):
        return None  # a possessive counts under a title only ("With Jane’s help" names no Jane With)
    if coordinated and span[1] - span[0] >= 3:
        span = (_first_name_before(words, span), span[1])
    name_words = words[span[0]:span[1]]
    if sum(1 for w in name_words if not INITIAL.match(w) and not w.islower()) < 2:
        return None
    before = " ".join(w for w in words[1 if office else 0:span[0]] if not (after_object and w == "of")) or None
    return " ".join(name_words), before


_LONG_FORM_BREAK = re.compile(r"[\s—–]+")
"""What separates the words of an acronym's long form: space, or a dash gluing a dateline to it
(``PITTSBURGH—Special Agent in Charge (SAC)``)."""


def acronym_definitions(text: str) -> dict[str, str]:
    """Acronyms a release defines, ``{"EAD": "Executive Associate Director"}``: the long form's
    last capitalised words whose initials spell the acronym (its letters, by acronym_letters)."""
    found = {}
    for match in ACRONYM_IN_PARENTHESES.finditer(text):
        short = match.group(1)
        words = _LONG_FORM_BREAK.split(text[max(0, match.start() - 120):match.start()].strip())
        capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
        letters = acronym_letters(short)
        if len(capitals) >= len(letters):
            chosen = capitals[-len(letters):]
            if "".join(words[i][0] for i in chosen) == letters and chosen[-1] == len(words) - 1:
                found.setdefault(short, " ".join(words[chosen[0]:]))
                continue
        first = _initials_with_small_words(words, letters)
        if first is not None:  # "Assistant Director in Charge (ADIC)": "in" gives its I
            found.setdefault(short, " ".join(words[first:]))
    return found


def acronym_letters(acronym: str) -> str:
    """The initials an acronym stands for: its letters, a digit repeating the letter before it
    (``IC3`` -> ``ICCC``), ``&`` and hyphens left out (``EI-ISAC`` -> ``EIISAC``)."""
    letters = ""
    for char in acronym:
        if char.isdigit() and letters:
            letters += letters[-1] * (int(char) - 1)
        elif char.isalpha():
            letters += char
    return letters


def _initials_with_small_words(words: list[str], letters: str) -> int | None:
    """Where a long form starts whose capitalised words and small joining words (``in``, ``of``)
    spell ``letters``, read back from its last word, which must be capitalised; else ``None``."""
    at = len(letters)
    index = len(words) - 1
    if not words or not words[-1][:1].isupper():
        return None
    while index >= 0 and at:
        word = words[index]
        if word[:1].upper() == letters[at - 1] and (word[:1].isupper() or word in FUNCTION_WORDS):
            at -= 1
        elif word not in FUNCTION_WORDS:
            return None
        index -= 1
    return index + 1 if at == 0 else None


_IN_CHARGE = re.compile(r"\s+in\s+Charge$", re.I)
"""The tail of a title whose head comes before it: ``Special Agent in Charge``."""


def expand_title(title: str, definitions: dict[str, str]) -> str:
    """A title with the title acronyms the release defines spelled out:
    ``Acting EAD for HSI`` -> ``Acting Executive Associate Director for HSI``. Organization
    acronyms (HSI, FBI) stay as written; only long forms ending in a title head are used."""
    def spell(match: re.Match) -> str:
        long = definitions.get(match.group())
        return long if long and _bare(_IN_CHARGE.sub("", long).split()[-1]) in TITLE_HEADS else match.group()
    return ACRONYM_WORD.sub(spell, title)


@lru_cache(maxsize=16384)
def surname(name: str) -> str:
    """The family name: the last name word that is not a suffix (``Jr.``)."""
    words = [w for w in name_words(name) if _bare(w) not in NAME_SUFFIXES]
    return words[-1] if words else name


@lru_cache(maxsize=16384)
def first_name(name: str) -> str:
    words = [w for w in name_words(name) if not INITIAL.match(w)]
    return words[0] if words else name
