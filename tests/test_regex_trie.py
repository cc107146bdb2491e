"""word_trie: a prefix-sharing alternation matches exactly what the flat, longest-first one does."""

import re

import pytest

from loaders.regex_trie import word_trie
from loaders.vocab import SPEECH_VERBS

WORDS = ["state", "stated", "states", "said", "says", "pointed out", "U.S. Marshals Service", "U.S. Marshal", "a.b"]
TEXT = ("He stated it; she states; they state. Roe said, Doe says, Roe pointed  out the U.S. Marshals Service "
        "and a U.S. Marshal; aXb is not a.b, statedly, stateds.")


def flat(words):
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("words", [WORDS, sorted(SPEECH_VERBS)])
@pytest.mark.parametrize("template", [r"\b(?:{})\b", r"(?:{})", r"(?<![\w.])({})(?!\w)"])
def test_trie_matches_the_flat_alternation(words, template):
    expected = [m.span() for m in re.finditer(template.format(flat(words)), TEXT)]
    assert [m.span() for m in re.finditer(template.format(word_trie(words)), TEXT)] == expected
    assert expected  # the text holds matches for every template


def test_longer_words_win():
    assert re.match(word_trie(["state", "stated"]), "stated").group() == "stated"
