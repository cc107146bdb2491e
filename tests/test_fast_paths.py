"""Cheap paths in extraction find exactly what the patterns they stand in front of find."""

import random

import pytest

from loaders import patterns as P
from loaders.coref import _first_of_two
from loaders.names import name_words, words_of
from loaders.quotes import SINGLE_MARK, single_marks

SINGLE_MARK_TEXTS = [
    "'We will be there,' Roe said.",
    "‘We will,’ she said of the agents’ work; it’s Roe's.",
    "He said 'no'.'Yes' (‘maybe’) and [‘x’]—'y'",
    "'",
    "",
    "no marks at all",
    "rock 'n' roll, the '90s, O'Keefe",
]


@pytest.mark.parametrize("text", SINGLE_MARK_TEXTS)
def test_single_marks_are_the_single_mark_matches(text):
    assert single_marks(text) == [(m.start(), m.group()) for m in SINGLE_MARK.finditer(text)]


def test_single_marks_on_random_text():
    rnd = random.Random(7)
    alphabet = "aZ9 .,!?;:)]—‘’'\"“([\n-"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        assert single_marks(text) == [(m.start(), m.group()) for m in SINGLE_MARK.finditer(text)]


@pytest.mark.parametrize("before, labeled", [
    ("agents listed the contents as ", True),
    ("the package was labeled as\n", True),
    ("using coded phrases such as ", True),
    ("slang terms like ", True),
    ("Roe said ", False),  # words said, no label
    ("he worked as a ", False),  # "as" not last
    ("the court described the scheme ", False),
    ("known As ", False),  # the frame is lower case
    ("", False),
])
def test_labeled_as(before, labeled):
    text = before + "“x”"
    end = len(before)
    assert P.labeled_as(text, max(0, end - 60), end) is labeled
    assert (P.LABELED_AS.search(text, max(0, end - 60), end) is not None) is labeled


@pytest.mark.parametrize("name", ["Derek N. Benner", "Hernán Basurto Quiñónez", "O’Keefe", "J.R. Roe Jr.", ""])
def test_name_words_are_words_of(name):
    assert list(name_words(name)) == words_of(name)


@pytest.mark.parametrize("name, first_of_two", [
    ("Hernán Basurto Quiñónez", "basurto"),
    ("Derek N. Benner", None),  # an initial is no surname
    ("Jane Roe", None),  # two words: one surname
])
def test_first_of_two(name, first_of_two):
    assert _first_of_two(name) == first_of_two
