"""The whole title written before a name mentioned in passing.

A name mention is found as a run of capitalised words, so a title with small words inside
it is cut at the last of them: ``Special Agent in Charge Carlos Perez`` yields ``Charge``,
``U.S. Attorney Laura Duffy`` yields ``Attorney``. This module reads back from the run over
title words, acronyms, place words and the small words that join them, to recover
``Special Agent in Charge`` and ``U.S. Attorney``.
"""

from __future__ import annotations

import re

from loaders.names import ACRONYM, POSSESSIVE, is_title_word
from loaders.patterns import ABBREVIATIONS
from loaders.vocab import PLACE_WORDS, RANK_ABBREVIATIONS, TITLE_HEADS

MAX_TITLE_WORDS = 12
"""The longest title read back (``Senior Official Performing the Duties of the Director``)."""

TITLE_JOINERS = frozenset({"in", "of", "for", "the", "and", "to"})
"""Small words inside a title, never at its start."""

def title_before(text: str, offset: int, held: str | None) -> str | None:
    """``held`` (the title words inside the name's run at ``offset``) extended leftwards over
    the rest of the title, if the words before the run continue it. A run with no title
    words of its own has none before it either: capitalised title words would have joined it."""
    if not held:
        return held
    words: list[str] = []
    at = offset
    while len(words) < MAX_TITLE_WORDS:
        before = word_before(text, at)
        if before is None or not (_continues_title(before[1]) or _portfolio_half(text, before, words)):
            break
        words.append(before[1])
        at = before[0]
    while words and words[-1].lower() in TITLE_JOINERS:
        words.pop()  # the title starts with a title word, not "the" or "of"
    if not words:
        return held
    return " ".join(list(reversed(words)) + ([held] if held else []))


def _portfolio_half(text: str, before: tuple[int, str], read: list[str]) -> bool:
    """``before`` is the first half of a portfolio joined by ``and`` (``Science`` in ``for Science
    and Technology``): a capitalised word between a title's ``for`` or ``of`` and that ``and``."""
    if not read or read[-1] != "and" or not before[1][:1].isupper() or before[1].endswith((",", ".")):
        return False
    joiner = word_before(text, before[0])
    return joiner is not None and joiner[1] in TITLE_OFFICE_WORDS


def word_before(text: str, offset: int) -> tuple[int, str] | None:
    """The word spaces set apart before ``offset``, with where it begins; ``None`` where no space
    stands right before (a line start, a mark or a dash) or nothing does."""
    end = offset
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end == offset or end == 0:
        return None
    begin = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return begin, text[begin:end]


def rank_before(text: str, offset: int) -> str | None:
    """An abbreviated office or rank right before a name (``Rep. Daniel K. Roe``): the mention's
    run leaves it out, as it ends in a period, yet it tells apart people sharing a surname."""
    before = word_before(text, offset)
    word = before[1] if before else ""
    return word if word.endswith(".") and word[:1].isupper() and word[:-1].lower() in RANK_ABBREVIATIONS else None


def _continues_title(word: str) -> bool:
    """A word that may stand inside a title before a name: a title word, an acronym, a place
    word or a small joining word; a word ending a sentence (``Miami.``) does not."""
    bare = word.lower().rstrip(".")
    if word.endswith(".") and not ACRONYM.match(word) and bare not in ABBREVIATIONS:
        return False  # "… in Miami. Special Agent in Charge": the sentence before ends here
    if bare in TITLE_JOINERS:
        return True
    if not word[:1].isupper():
        return False
    return is_title_word(word) or ACRONYM.match(word.rstrip("’'s")) is not None or bare in PLACE_WORDS


_ACRONYM_AFTER = re.compile(r"[^\S\n]*\([A-Z&]{2,8}\)[ ]?")
"""An acronym in parentheses inside a title, defining it: ``Assistant Director in Charge (ADIC)``."""


def appositive_title(text: str, start: int, end: int) -> str | None:
    """The title set off by commas just before or after the name at ``text[start:end]``:
    ``Peru’s Ambassador to the United States, Hernan Ugarte,`` and ``Jose Uribe, Acting Port
    Director,``. Only title, place and joining words count, with a title head among them."""
    if text.startswith(", ", end):
        stop = end + 2
        words = []
        while len(words) < MAX_TITLE_WORDS:
            acronym = _ACRONYM_AFTER.match(text, stop)  # "the Assistant Director in Charge (ADIC) of …"
            if acronym and words:
                stop = acronym.end()
            match = _NEXT_TITLE_WORD.match(text, stop)
            if match is None or not _continues_title(match.group(1)):
                break
            words.append(match.group(1))
            stop = match.end()
        office = _OFFICE_NAME_REST.match(text, stop)
        if office and _has_head(words) and TITLE_OFFICE_WORDS & {w.lower() for w in words}:
            return " ".join(words + office.group().split())  # "…, Special Agent in Charge of the FBI's Cleveland Division,"
        while words and words[-1].lower() in TITLE_JOINERS:
            words.pop()
        if _has_head(words) and (stop >= len(text) or text[stop] in ",.;\n"):
            return " ".join(words)
    if start >= 2 and text.startswith(", ", start - 2):
        before = text[max(0, start - 120):start - 2]
        office = _OFFICE_NAME_END.search(before)  # "Guatemala's Minister of Government, Ricardo …": the office's name
        head = before[:office.start()].split() if office else before.split()
        office_words = office.group().split() if office else []
        words = office_words[::-1]
        while head and len(words) < MAX_TITLE_WORDS and _continues_title(POSSESSIVE.sub("", head[-1])):
            words.append(head.pop())
        while words and words[-1].lower() in TITLE_JOINERS:
            words.pop()
        if office and not _has_head(words[len(office_words):]):
            return None  # ("… Department of Justice, Jane Roe": no title before the office)
        if head and head[-1].endswith(","):
            return None  # "Jane Roe, Acting U.S. Attorney, Omar Sayed": the title is Jane Roe's
        if _has_head(words):
            return " ".join(reversed(words))
    return None


_OFFICE_NAME_END = re.compile(r"\s(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w’'\-]*){1,4}$")
"""The name of the office a title is held in, closing the words before a name's comma (``of Government``)."""

_OFFICE_NAME_REST = re.compile(r"(?:(?:of|the|for|in)[ ])*[A-Z][\w’'&.-]*(?:[ ](?:[A-Z][\w’'&.-]*|of|the|and|for|in)){0,6}(?=[,;\n]|\.(?:\s|$)|$)")
"""The rest of an office's name after a title's ``of``, up to the end of the appositive
(``Cleveland Division`` of ``Special Agent in Charge of the FBI's Cleveland Division,``)."""
TITLE_OFFICE_WORDS = frozenset({"of", "for"})
"""Words after which a title names the office it is held in."""

_NEXT_TITLE_WORD = re.compile(r"([^\s,.;]+(?:\.(?=[\s,]))?)[ ]?")


def _has_head(words: list[str]) -> bool:
    return any(w.lower().rstrip(".") in TITLE_HEADS for w in words)
