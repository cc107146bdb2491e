"""Turn raw release text into the stored form: clean paragraphs separated by a blank line.

Each step is a small ``str -> str`` function so it can be tested alone. The stored text
is what a reader sees (Markdown link targets, emphasis marks and hard wraps removed), so
a quote's offsets point at exactly the words it reports.
"""

from __future__ import annotations

import html
import re
import unicodedata
from operator import itemgetter

PARAGRAPH_BREAK = "\n\n"
UNWRAPPED_LINE = 120
"""Median line length above which a block's lines are paragraphs, not hard wraps."""

# Characters that look like spaces or nothing but are not ASCII space. Most texts have none,
# and those that do have one or two kinds, so they are replaced one character at a time.
SPACE_LIKE_CHARS = "\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t\f\v"
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# An HTML character reference: &amp; &#8220; &#x201C;
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Markdown: [link text](address) or [link text][ref]; images ![alt](src) drop entirely.
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# The address is runs of non-space, non-parenthesis characters and balanced ``(...)`` pieces; only
# the longest such run can be followed by a title or ``)``, so the quantifiers are possessive
# (``*+``, ``++``): the same matches without the engine saving a backtrack point per character.
_MD_LINK = re.compile(r"\[([^\]]*+)\]\((?:[^()\s]++|\([^()\s]*+\))*+(?:\s+\"[^\"]*\")?\)")
# Emphasis markers around words: **bold**, *em*, __bold__, _em_ (only whole-word runs), i.e.
# ``(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])``, written so the engine does less:
# - the opening run is its first marker, then "not after a word character or ``*``" (a
#   two-character look-behind over that marker), then up to two more, so the pattern starts with
#   a literal and the engine skips ahead to the next ``*`` or ``_`` instead of trying every
#   character;
# - the lazy content ``.+?`` can only end where the closing run starts, at a ``*`` or ``_``, so
#   it is one character, a run of non-markers, then (lazily) marker-and-run steps: the same
#   end points tried in the same order, without a match attempt at every character between.
_EMPHASIS_OPEN = r"(\*(?<![\w*]\*)\*{0,2}|_(?<![\w*]_)_{0,2})(?=\S)"
_EMPHASIS_CONTENT = r"(.[^*_]*+(?:[*_][^*_]*+)*?)"
_MD_EMPHASIS = re.compile(_EMPHASIS_OPEN + _EMPHASIS_CONTENT + r"(?<=\S)\1(?![\w*])", re.S)
# The same for a text with at most one ``_``, where only ``*`` runs can pair up: one literal to
# scan for instead of a class, and content steps from ``*`` to ``*``.
_MD_STAR_EMPHASIS = re.compile(r"(\*(?<![\w*]\*)\*{0,2})(?=\S)(.[^*]*+(?:\*[^*]*+)*?)(?<=\S)\1(?![\w*])", re.S)
_MD_STRAY_STARS = re.compile(r"\*{2,}")
# Backslash escapes pandoc writes before punctuation: \[ \] \* \$ \' ...
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>\"'$&~^@])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
# What a link, an emphasis run and an escape are replaced by: r"\1", r"\2", r"\1" as C callables
# (each group takes part in every match). re.sub expands a template string in Python at every
# match, which cost ~60% of these substitutions.
_FIRST_GROUP, _SECOND_GROUP = itemgetter(1), itemgetter(2)
# A Markdown hard break: two or more spaces, or a backslash, at a line's end (``"  +"`` rather
# than ``" {2,}"`` so the pattern starts with a literal the engine can scan for).
_MD_HARD_BREAK = re.compile(r"(?:  +|\\)$", re.M)
# Raw HTML tags left inside Markdown or plain text (attributes may wrap over lines): <img src="…">.
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>", re.S)
# A line opening a list item (``- item``, ``* item``, ``• item``): it starts a paragraph of its own.
_LIST_ITEM = re.compile(r"\n(?=[ \t]*[-*•][ \t]+\S)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_RUNS_OF_SPACE = re.compile(r"  +")  # two or more spaces, written as a literal prefix the engine scans for


_TYPEWRITER_DOUBLE_MARK = re.compile(r"''|``")
"""Two apostrophes or backticks typed for a double quotation mark (``''We will,'' she said``)."""
_TYPED_DASH = re.compile(r"--(?:(?<=[\w.,;:!?”\"’)]--)(?=[\w“\"‘(])|(?<= --)(?= ))")  # (a literal first: a fast scan)
"""Two hyphens typed for a dash, glued between words or spaced (``OMAHA, NE--Thomas J. Ryder``,
``we will -- and must -- act``); never a longer run (``---``) nor an HTML comment's (``<!--``)."""


_MOJIBAKE_HINTS = ("â€", "Ã", "Â")
"""What UTF-8 read as Windows-1252 leaves (``â€œ`` for ``“``): a text with none needs no repair."""
_LOST_CLOSING_MARK = re.compile(r"(?<=[^\s\ufffd])\ufffd(?=[\s.,;:!?)]|$)")
"""The replacement character where ``â€\x9d`` (``”``) lost its last byte, closing a word."""


def repair_mojibake(text: str) -> str:
    """UTF-8 that was decoded as Windows-1252 on the way (``todayâ€™s``, ``â€œWe act,â€�``) put
    back with ftfy, the library made for it; a closing mark that lost its last byte comes back as ``”``."""
    if text.isascii() or not any(hint in text for hint in _MOJIBAKE_HINTS):
        return text
    import ftfy  # (imported on first need: its import costs more than reading a hundred releases)
    return _LOST_CLOSING_MARK.sub("”", ftfy.fix_encoding(text))


def normalize_unicode(text: str) -> str:
    """NFC-compose, turn exotic spaces into plain ones, typed double marks into ``"`` and typed
    double hyphens into a dash, and drop invisible characters."""
    return normalize_unicode_once(text)[0]


def normalize_unicode_once(text: str) -> tuple[str, bool]:
    """:func:`normalize_unicode`'s result, and whether it is *settled*: nothing invisible was
    dropped, so the result is in NFC and holds nothing any step would change.

    Then any text made of whole lines of ``normalize_newlines`` of that result, joined by
    newlines, is its own ``normalize_newlines(normalize_unicode(...))``: the other steps only put
    a space or ``"`` in place of characters that never compose, and a newline never composes
    either. Dropping an invisible character can bring a letter and its accent together
    (``e\u200b\u0301``), which a second NFC composes, hence the flag.
    """
    text = unicodedata.normalize("NFC", repair_mojibake(text))
    ascii_only = text.isascii()  # then nothing is invisible and only tabs and feeds are space-like
    before = len(text)
    if not ascii_only:
        text = _replace_each(text, INVISIBLE_CHARS, "")
    settled = len(text) == before
    if "''" in text or "``" in text:
        text = _TYPEWRITER_DOUBLE_MARK.sub('"', text)
    if "--" in text:
        text = _TYPED_DASH.sub("—", text)
    return _replace_each(text, "\t\f\v" if ascii_only else SPACE_LIKE_CHARS, " "), settled


def _replace_each(text: str, chars: str, replacement: str) -> str:
    """``text`` with each of ``chars`` replaced, as the character-class pattern of ``chars``
    would; ``str.replace`` per character present is far cheaper than the pattern's scan, which
    tests every character of the text against the class."""
    for char in chars:
        if char in text:
            text = text.replace(char, replacement)
    return text


def normalize_newlines(text: str) -> str:
    """Use ``\\n`` for every line ending."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def unescape_entities(text: str) -> str:
    """Decode HTML character references left in plain text (``&amp;``, ``&#8217;``)."""
    return html.unescape(text) if _ENTITY.search(text) else text


def strip_html_tags(text: str) -> str:
    """Drop raw HTML tags with their attributes (``<img sizes="(max-width: …)">``), keeping the
    text between tags: their quoted attribute values are not quotations."""
    return _HTML_TAG.sub(" ", text) if "<" in text else text


def strip_markdown(text: str) -> str:
    """Keep what a reader of rendered Markdown sees: link text, not its address or markers."""
    # each step runs only when the character its markup needs is present (most paragraphs have none)
    if "](" in text:
        text = _MD_IMAGE.sub("", text) if "![" in text else text
        text = _MD_LINK.sub(_FIRST_GROUP, text)
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    underscores = text.count("_")
    if text.count("*") > 1 or underscores > 1:  # emphasis needs a marker on each side
        # stripping keeps every "_" or removes it, so the choice holds for the second pass too
        emphasis = _MD_EMPHASIS if underscores > 1 else _MD_STAR_EMPHASIS
        stripped = emphasis.sub(_SECOND_GROUP, text)
        if stripped != text and ("*" in stripped or "_" in stripped):
            stripped = emphasis.sub(_SECOND_GROUP, stripped)  # nested emphasis such as ***x*** or *“**x**”*
        text = _MD_STRAY_STARS.sub("", stripped) if "**" in stripped else stripped
    return _MD_ESCAPE.sub(_FIRST_GROUP, text) if "\\" in text else text


def looks_like_markdown(text: str) -> bool:
    """True when the text carries Markdown link, emphasis or escape markup."""
    return bool(_MD_LINK.search(text) or re.search(r"\*\*\S|\\[\[\]*]", text))


def split_paragraphs(text: str) -> list[str]:
    """Split into paragraphs, joining hard-wrapped lines.

    A text with blank lines between blocks is read as wrapped blocks (each block one
    paragraph, Markdown hard breaks and list items ending a paragraph too), unless a block's
    lines are too long to be wraps; a text with no blank lines at all has one paragraph per line.
    """
    text = text.strip("\n")
    width = _wrap_width(text.split("\n"))  # hard wraps that lost some blank lines, or all of them
    if not _BLANK_LINE.search(text):
        blocks = text.split("\n")
        if width:  # a short finished line ends a paragraph
            return [_single_spaced(p) for p in _rewrapped(blocks, width) if p.strip()]
    else:
        blocks = []
        for block in _BLANK_LINE.split(text):
            blocks.extend(_MD_HARD_BREAK.split(block) if _has_hard_break(block) else (block,))
    paragraphs = []
    for block in blocks:
        if "\n" not in block:  # one line: neither hard-wrapped nor a list
            items: list[str] | tuple[str] = (block,)
        else:
            lines = block.split("\n")
            items = _rejoin_open_quotes(lines) if _unwrapped(lines) else _LIST_ITEM.split(block)
            if width:  # "… said Lowery." / "“The FBI will …": a short finished line inside a block ends one too
                items = [p for item in items for p in _rewrapped(item.split("\n"), width)]
        for item in items:
            if "\n" in item:
                item = " ".join(line.strip() for line in item.split("\n") if line.strip())
            joined = _single_spaced(item)  # strips the ends, as stripping each line did
            if joined:
                paragraphs.append(joined)
    return paragraphs


def _rejoin_open_quotes(lines: list[str]) -> list[str]:
    """Lines of a block, each a paragraph, except that a line ending inside a quotation is joined
    to the next when that one closes it before opening another, and a line stopping mid-sentence
    to a next one in lower case (or to the rest of a name), or at a comma: stray line breaks, as pages scraped from mirrors leave
    (``“Port Alder moves 180,000 people a day.`` / ``Keeping them safe is our job,” Roe said.``)."""
    joined: list[str] = []
    for line in lines:
        if joined and (_ends_inside_quote(joined[-1]) and _closes_first(line) or joined[-1].endswith(",")
                       or _MID_SENTENCE_END.search(joined[-1]) and (line[:1].islower() or _NAME_TAIL.match(line))):
            joined[-1] = joined[-1] + "\n" + line  # (or a sentence broken mid-way: "on social media and" / "gaming …")
        else:
            joined.append(line)
    return joined


def _ends_inside_quote(line: str) -> bool:
    """The line's last double mark opens a quotation."""
    marks = _DOUBLE_MARK.findall(line)
    if not marks:
        return False
    last = line.rfind(marks[-1])
    return marks[-1] == "“" or marks[-1] == '"' and (last == 0 or line[last - 1].isspace()) \
        and len(marks) % 2 == 1


def _closes_first(line: str) -> bool:
    """The line's first double mark closes a quotation (``…,” Roe said.``), and it opens none before."""
    first = _DOUBLE_MARK.search(line)
    if first is None or line[:first.start()].strip() == "":
        return False
    mark = first.group()
    return mark == "”" or mark == '"' and (first.end() == len(line) or not line[first.end()].isalnum())


_DOUBLE_MARK = re.compile(r'[“”"]')
_MID_SENTENCE_END = re.compile(r"[a-z,]$")
"""A line that stops in mid-sentence: a lower-case word or a comma, no stop."""
_NAME_TAIL = re.compile(r"[A-Z][\w’'\-]+[.,](?:\s|$)")
"""A line opening with one capitalised word and a stop or comma: the rest of a name a stray
break cut (``… Special Agent in Charge Priya`` / ``Raghunathan. "Those who …``)."""


def _has_hard_break(block: str) -> bool:
    """True when ``_MD_HARD_BREAK`` matches: two spaces or a backslash at a line's end (before a
    newline or at the end of the block); a few substring tests instead of a scan of every space."""
    return "  \n" in block or "\\\n" in block or block.endswith(("  ", "\\"))


def _single_spaced(text: str) -> str:
    """Runs of spaces as one space, then stripped."""
    return (_RUNS_OF_SPACE.sub(" ", text) if "  " in text else text).strip()


MIN_WRAPPED_LINES = 8
"""Lines a text with no blank lines needs before its line lengths can tell hard wraps."""


def _wrap_width(lines: list[str]) -> int:
    """The width a text with no blank lines was hard-wrapped at, or 0 when its lines are
    paragraphs: none longer than a wrap, and most of them filled close to one width."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < MIN_WRAPPED_LINES or lengths[-1] > UNWRAPPED_LINE:
        return 0
    width = lengths[len(lengths) * 9 // 10]
    full = sum(1 for length in lengths if length >= 0.85 * width)
    return width if width >= 50 and full >= 0.5 * len(lengths) else 0


def _rewrapped(lines: list[str], width: int) -> list[str]:
    """Hard-wrapped lines joined into paragraphs: a line short of ``width`` that ends a sentence,
    or one as short as a heading, closes its paragraph (a wrap fills its line nearly to the width)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        current.append(line)
        if len(line) < 0.5 * width or len(line) < 0.85 * width and line.endswith(_PARAGRAPH_ENDS):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


_PARAGRAPH_ENDS = (".", "!", "?", ":", '"', "”", ")", "’")


def _unwrapped(lines: list[str]) -> bool:
    """Lines too long to be hard wraps (web pages saved as text): each is a paragraph."""
    if max(map(len, lines)) <= UNWRAPPED_LINE:  # no line is long, so neither is the median
        return False
    lengths = sorted(len(line) for line in lines if line.strip())
    return len(lengths) > 1 and lengths[len(lengths) // 2] > UNWRAPPED_LINE


def clean_text(raw: str, *, markdown: bool | None = None, settled: bool = False) -> str:
    """The full chain: raw release text to stored paragraphs joined by a blank line.

    ``settled``: ``raw`` is whole lines of ``normalize_newlines`` of a result
    :func:`normalize_unicode_once` called settled, so the first two steps would not change it.
    """
    text = raw if settled else normalize_newlines(normalize_unicode(raw))
    text = strip_html_tags(text)
    text = unescape_entities(text)
    if markdown is None:
        markdown = looks_like_markdown(text)
    paragraphs = split_paragraphs(text)
    if markdown:
        paragraphs = [p for p in map(_single_spaced, map(strip_markdown, paragraphs)) if p]
    return PARAGRAPH_BREAK.join(paragraphs)


def join_paragraphs(paragraphs: list[str]) -> str:
    """Join already-clean paragraphs into stored text."""
    cleaned = map(_single_spaced, map(normalize_unicode, paragraphs))
    return PARAGRAPH_BREAK.join(p for p in cleaned if p)
