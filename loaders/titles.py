"""The whole title written before a name mentioned in passing.

A name mention is found as a run of capitalised words, so a title with small words inside
it is cut at the last of them: ``Special Agent in Charge Carlos Perez`` yields ``Charge``,
``U.S. Attorney Laura Duffy`` yields ``Attorney``. This module reads back from the run over
title words, acronyms, place words and the small words that join them, to recover
``Special Agent in Charge`` and ``U.S. Attorney``.
"""

from __future__ import annotations

import re

from loaders.names import ACRONYM, is_title_word
from loaders.patterns import ABBREVIATIONS
from loaders.vocab import PLACE_WORDS

MAX_TITLE_WORDS = 12
"""The longest title read back (``Senior Official Performing the Duties of the Director``)."""

TITLE_JOINERS = frozenset({"in", "of", "for", "the", "and", "to"})
"""Small words inside a title, never at its start."""

_WORD_BEFORE = re.compile(r"([\w.’'&\-]+)[^\S\n]*$")


def title_before(text: str, offset: int, held: str | None) -> str | None:
    """``held`` (the title words inside the name's run at ``offset``) extended leftwards over
    the rest of the title, if the words before the run continue it."""
    words: list[str] = []
    at = offset
    while len(words) < MAX_TITLE_WORDS:
        match = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if match is None or match.end() != at:
            break
        word = match.group(1)
        bare = word.lower().rstrip(".")
        if word.endswith(".") and not ACRONYM.match(word) and bare not in ABBREVIATIONS:
            break  # "… in Miami. Special Agent in Charge": the sentence before ends here
        if not (bare in TITLE_JOINERS or is_title_word(word) and word[:1].isupper() or ACRONYM.match(word.rstrip("’'s"))
                or bare in PLACE_WORDS and word[:1].isupper()):
            break
        words.append(word)
        at = match.start()
    while words and words[-1].lower() in TITLE_JOINERS:
        words.pop()  # the title starts with a title word, not "the" or "of"
    if not words:
        return held
    return " ".join(list(reversed(words)) + ([held] if held else []))
