"""Alternations of many words as prefix-sharing regexes, which Python's engine runs far faster."""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a regex whose branches share their prefixes
    (``s(?:a(?:id|ys)|tated)``): the engine tests one letter where a flat list of
    alternatives tests every word at every position. Longer words win, as in a list
    sorted longest first; a space inside a word matches any whitespace."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return emit(trie)
