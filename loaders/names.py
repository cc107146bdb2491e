"""Split a speaker phrase into name, title and organization, and recognise name shapes.

``Acting EAD for HSI, Derek N. Benner`` -> name ``Derek N. Benner``, title ``Acting EAD
for HSI``. A name is a run of capitalised words, initials and particles at the edge of
a phrase segment; title words (vocab.TITLE_WORDS) and acronyms never start a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.metadata import find_agency
from loaders.vocab import (
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORGANIZATION_HEADS,
    PRONOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
)

# A word of a phrase: letters with inner apostrophes, hyphens and dots ("O’Keefe", "U.S.", "N.").
WORD = re.compile(r"[^\W\d_](?:[\w’'.\-]*[\w.])?|\d[\w.]*|&")
INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")
CAPITALIZED = re.compile(r"^(?:[A-Z][a-z]|[A-Z][’'][A-Z]|Mc[A-Z]|Mac[A-Z]|[A-Z][a-z]*[’'-][A-Z])[\w’'\-]*$|^[ÀÁÂÄÇÉÈÊÍÓÔÖÚÜÑ][\w’'\-]+$")
ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&\-]{1,}$")
PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True, slots=True)
class SpeakerParts:
    """What a speaker phrase says: a person's name (or organization), title and organization."""

    kind: str  # "person" | "surname" | "pronoun" | "title" | "organization" | "none"
    name: str | None = None
    title: str | None = None
    organization: str | None = None


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def is_name_word(word: str) -> bool:
    """A capitalised word or initial that may belong to a person's name."""
    if INITIAL.match(word):
        return True
    return bool(CAPITALIZED.match(word)) and not ACRONYM.match(word)


def name_at_end(words: list[str]) -> tuple[int, int] | None:
    """The run of words forming a person's name at the end of ``words`` (index range), if any."""
    end = len(words)
    while end and _bare(words[end - 1]) in NAME_SUFFIXES and end > 1:
        end -= 1
    if not end or not is_name_word(words[end - 1]) or INITIAL.match(words[end - 1]):
        return None
    start = end - 1
    while start > 0:
        word = words[start - 1]
        bare = _bare(word)
        if bare in HONORIFICS or bare in TITLE_WORDS and not _particle_inside(words, start - 1):
            break
        if is_name_word(word) or (word.islower() and bare in NAME_PARTICLES and start - 1 > 0
                                  and is_name_word(words[start - 2])):
            start -= 1
            continue
        break
    if end - start == 1 and _bare(words[start]) in TITLE_WORDS:
        return None
    while start < end and words[start].islower():
        start += 1
    while len(words) > end and _bare(words[end]) in NAME_SUFFIXES:
        end += 1
    return (start, end) if start < end else None


def name_at_start(words: list[str]) -> tuple[int, int] | None:
    """The run of words forming a person's name at the start of ``words``, if any."""
    start = 0
    while start < len(words) and _bare(words[start]) in HONORIFICS:
        start += 1
    end = start
    while end < len(words):
        word = words[end]
        bare = _bare(word)
        if is_name_word(word) and (bare not in TITLE_WORDS or end > start):
            end += 1
        elif word.islower() and bare in NAME_PARTICLES and end > start and end + 1 < len(words) \
                and is_name_word(words[end + 1]):
            end += 1
        elif bare in NAME_SUFFIXES and end > start:
            end += 1
        else:
            break
    if end - start < 2:
        return None
    # A title word ends the run: "Jane Roe Director" keeps "Jane Roe".
    while end - start > 2 and _bare(words[end - 1]) in TITLE_WORDS:
        end -= 1
    return start, end


def _particle_inside(words: list[str], index: int) -> bool:
    return words[index].islower() and _bare(words[index]) in NAME_PARTICLES


def words_of(phrase: str) -> list[str]:
    """The words of a phrase, punctuation dropped except inside words."""
    return WORD.findall(phrase)


def split_speaker(phrase: str) -> SpeakerParts:
    """Name, title and organization of a speaker phrase as a release writes it."""
    phrase = phrase.strip(" ,;:—–-\u2014")
    if not phrase:
        return SpeakerParts("none")
    lowered = phrase.lower()
    if lowered in PRONOUNS:
        return SpeakerParts("pronoun", name=lowered)
    plain = PARENTHETICAL.sub("", phrase)
    segments = [s.strip() for s in re.split(r",\s*|\s+[—–]\s+", plain) if s.strip()]
    best: tuple[int, int, str, list[str], tuple[int, int]] | None = None
    for order, segment in enumerate(segments):
        if re.match(r"^(?:a|an|one|who|which)\s", segment):
            continue
        words = words_of(segment)
        found = name_at_end(words)
        if found is None:
            found = name_at_start(words)
        if found is None:
            continue
        size = found[1] - found[0]
        score = (min(size, 2), -order)
        if best is None or score > best[:2]:
            best = (score[0], score[1], segment, words, found)
    if best is not None:
        _, _, segment, words, (start, end) = best
        name = " ".join(words[start:end])
        rest = [s for s in segments if s is not segment]
        own_title = " ".join(w for w in words[:start] if _bare(w) not in HONORIFICS or len(w) > 4)
        title_parts = ([own_title] if own_title else []) + [s for s in rest if not s.lower().startswith(("who ", "which "))]
        title = ", ".join(LEADING_ARTICLE.sub("", t) for t in title_parts if t).strip() or None
        kind = "person" if end - start >= 2 else "surname"
        return SpeakerParts(kind, name=name, title=title, organization=find_agency(title) if title else None)
    return classify_nameless(plain)


def classify_nameless(phrase: str) -> SpeakerParts:
    """A speaker phrase with no person's name: a title standing for a person, or an organization."""
    bare_phrase = LEADING_ARTICLE.sub("", phrase.strip())
    words = words_of(bare_phrase)
    if not words:
        return SpeakerParts("none")
    last = _bare(words[-1])
    if last in ORGANIZATION_HEADS or find_agency(bare_phrase) == bare_phrase or \
            (len(words) <= 6 and all(is_name_word(w) or ACRONYM.match(w) or w.islower() and len(w) <= 3 for w in words)
             and last not in TITLE_HEADS and (is_name_word(words[-1]) or ACRONYM.match(words[-1]))):
        return SpeakerParts("organization", name=bare_phrase)
    if last in TITLE_HEADS or any(_bare(w) in TITLE_HEADS for w in words):
        return SpeakerParts("title", title=bare_phrase)
    return SpeakerParts("none")


# A person mentioned anywhere: two to five name words ("Derek N. Benner", "Alvin De La Rosa").
_MENTION = re.compile(
    r"(?<![\w’'.])(?:[A-Z][\w’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]+|[A-Z]\.|(?:de|del|la|van|von|der|da|di|du|le|al|bin|dos)(?=\s+[A-Z])))+(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV))?"
)


def name_mentions(text: str) -> list[tuple[int, str, str | None]]:
    """People named in a text: ``(offset, full name, title words just before it)``."""
    found = []
    for match in _MENTION.finditer(text):
        words = words_of(match.group())
        span = name_at_end(words)
        if span is None or span[1] - span[0] < 2:
            continue
        name_words = words[span[0]:span[1]]
        if sum(1 for w in name_words if not INITIAL.match(w) and not w.islower()) < 2:
            continue
        before = " ".join(words[:span[0]]) or None
        found.append((match.start(), " ".join(name_words), before))
    return found


def surname(name: str) -> str:
    """The family name: the last name word that is not a suffix (``Jr.``)."""
    words = [w for w in words_of(name) if _bare(w) not in NAME_SUFFIXES]
    return words[-1] if words else name


def first_name(name: str) -> str:
    words = [w for w in words_of(name) if not INITIAL.match(w)]
    return words[0] if words else name
