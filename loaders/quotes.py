"""Find quoted spans in stored release text: the first step of extraction.

Straight and curly double marks are paired by position (an opening mark follows a
space or starts a paragraph; a closing mark follows the words). A quote whose
paragraph ends without a closing mark continues when the next paragraph reopens, as
press style prints multi-paragraph quotes. Releases that use single marks for their
top-level quotes are scanned with single marks instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from loaders.patterns import SENTENCE_END, is_sentence_end, sentence_start
from loaders.regex_trie import word_trie
from loaders.vocab import STRONG_SPEECH_VERBS

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»″"  # a double prime (″) stands in for a closing mark in some pages
STRAIGHT_DOUBLE = '"'
OPENING_SINGLE = "‘"
CLOSING_SINGLE = "’"
STRAIGHT_SINGLE = "'"

DOUBLE_MARKS = OPENING_DOUBLE + CLOSING_DOUBLE + STRAIGHT_DOUBLE
DOUBLE_MARK = re.compile(f"[{DOUBLE_MARKS}]")
# A single mark standing as a quotation mark, not an apostrophe: not between two letters.
SINGLE_MARK = re.compile(r"(?<![A-Za-z0-9])[‘'](?=[A-Za-z0-9“\"(\[])|(?<=[A-Za-z0-9.,!?;:)\]—])[’'](?![A-Za-z0-9])")
PARAGRAPH = re.compile(r"[^\n]+")
HEIGHT_INCHES = re.compile(r"(?<=\d['’])\d{1,2}\"")
"""Feet and inches before a straight double mark (``5'11"``): a double prime, not a quotation mark."""
STRAY_REOPEN = re.compile(r"[.!?]\s+$")
"""Text before a fresh opening mark inside an open quote that ends a sentence: ``… Administration. “With``."""
CUE_AFTER_LOST_OPENING = re.compile(
    r"\s*(?:" + word_trie(STRONG_SPEECH_VERBS) + r")\b"
    r"|\s*(?:[A-Z][\w.’'\-]*\s+){1,6}(?:" + word_trie(STRONG_SPEECH_VERBS) + r")\b")
"""A speech cue right after a closing mark (``said Jane Roe``, ``Jane Roe said``)."""
_CUE = word_trie(STRONG_SPEECH_VERBS)
LOST_OPENING_CUE = re.compile(rf"\b(?:{_CUE})\b")
"""A speech cue in the sentence between a closed quote and a stray closing mark."""
LOST_CLOSING = re.compile(
    rf",(?=\s+(?:{_CUE})\s+(?:[\w.’'\-]+\s+){{0,14}}?[A-Z][\w’'\-]+\.(?:\s|$)"
    rf"|\s+(?:[A-Z][\w.’'\-]*\s+){{1,6}}(?:{_CUE})\.(?:\s|$))")
"""Inside a quote that never closes, the comma before a whole attribution sentence: the
closing mark was lost there (``“Roe abused the trust of patients, said U.S. Attorney Jane Roe.``,
``“If this insect spread, Roe said.``)."""
ELLIPSIS_BREAK = re.compile(r"(?<=[.!?])\s+…\s+(?=[A-Z])")
"""An ellipsis between sentences inside a quote that never closes: a clipped excerpt whose
quotation ends there and whose narration goes on (``… really. … Barring any changes, Roe said``)."""
MID_SENTENCE_BREAK = re.compile(r"[\w,]$")
"""The end of a piece cut by a paragraph break in mid-sentence (a word or a comma, no stop)."""


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A run of quoted text: one piece per paragraph it covers, marks excluded."""

    pieces: tuple[tuple[int, int], ...]
    paragraph: int
    opened: bool = True  # False when no opening mark was found (span inferred)
    closed: bool = True  # False when the paragraph ended before a closing mark
    start: int = field(init=False, repr=False, compare=False)  # of the first piece
    end: int = field(init=False, repr=False, compare=False)  # of the last piece

    def __post_init__(self) -> None:
        # stored, not properties: extraction reads them a dozen times per span
        object.__setattr__(self, "start", self.pieces[0][0])
        object.__setattr__(self, "end", self.pieces[-1][1])

    def text(self, source: str) -> str:
        """The quote as a reader sees it: its pieces joined by one space."""
        return " ".join(source[a:b].strip() for a, b in self.pieces)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph in stored text."""
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]


def _quotes_with_single_marks(text: str, doubles: list[tuple[int, str]]) -> bool:
    """True when the release pairs single marks around words and has no double marks (``doubles``,
    as double_marks finds them) but nested ones (British style: ``'… she has "a friend in
    Canberra",' Roe said``)."""
    if not doubles:
        return len(single_marks(text)) >= 2
    return _doubles_nested_in_singles(text, doubles[0][0])


TOP_LEVEL_MARK = re.compile(rf"{SINGLE_MARK.pattern}|{DOUBLE_MARK.pattern}|\n")
"""Single marks, double marks and line ends, for telling which kind a release quotes with."""
BEFORE_CLOSING_SINGLE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,!?;:)]—")


def _doubles_nested_in_singles(text: str, first: int) -> bool:
    """Every double mark stands inside a single-quoted passage of its line, and at least two
    single-quoted passages open (``first``: where the first double mark is)."""
    line = text.rfind("\n", 0, first) + 1
    before = [m.start() for m in SINGLE_MARK.finditer(text, line, first)]
    if not before or not _opens_single(text, before[-1]):
        return False  # the first double mark stands outside single marks: the usual release
    inside = False
    openings = 0
    for match in TOP_LEVEL_MARK.finditer(text):
        mark, position = match.group(), match.start()
        if mark == "\n":
            inside = False
        elif mark in DOUBLE_MARKS:
            if not inside:
                return False
        elif _opens_single(text, position):
            inside = True
            openings += 1
        else:
            inside = False
    return openings >= 2


def _opens_single(text: str, position: int) -> bool:
    """The single mark at ``position`` opens a passage (``‘``, or ``'`` after no letter or stop)."""
    mark = text[position]
    return mark == OPENING_SINGLE or mark == STRAIGHT_SINGLE and (
        position == 0 or text[position - 1] not in BEFORE_CLOSING_SINGLE)


def double_marks(text: str) -> list[tuple[int, str]]:
    """``(offset, mark)`` of every double mark in ``text``, in order. One ``str.find`` scan per
    glyph: several times faster than DOUBLE_MARK, whose character class the regex engine tests
    at every character."""
    found = []
    for mark in DOUBLE_MARKS:
        at = text.find(mark)
        while at >= 0:
            if not _navigation_arrow(text, at, mark):
                found.append((at, mark))
            at = text.find(mark, at + 1)
    found.sort()
    return found


SINGLE_MARKS = OPENING_SINGLE + CLOSING_SINGLE + STRAIGHT_SINGLE


def single_marks(text: str) -> list[tuple[int, str]]:
    """``(offset, mark)`` of every single mark standing as a quotation mark (SINGLE_MARK), in
    order. Each glyph is found with ``str.find`` and SINGLE_MARK tried only there: it opens with
    a look-behind, so a scan with it would try a match at every character of the release."""
    found = []
    for mark in SINGLE_MARKS:
        at = text.find(mark)
        while at >= 0:
            if SINGLE_MARK.match(text, at):  # (its look-behind still sees the text before ``at``)
                found.append((at, mark))
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _navigation_arrow(text: str, at: int, mark: str) -> bool:
    """A guillemet set off from its words by a space on its inner side, as scraped pages print
    links (``« Previous article``, ``Next article »``), not a quotation mark."""
    if mark == "«":
        return text[at + 1:at + 2].isspace()
    if mark == "»":
        return at > 0 and text[at - 1].isspace()
    return False


def find_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Every quoted span in the text, in order (``paras``: its paragraphs, when known)."""
    # every mark found once (no mark reaches over a line break), then sliced per paragraph
    all_marks = double_marks(text)
    single = _quotes_with_single_marks(text, all_marks)
    if single:
        all_marks = single_marks(text)
    opening = OPENING_SINGLE if single else OPENING_DOUBLE
    closing = CLOSING_SINGLE if single else CLOSING_DOUBLE
    spans: list[QuoteSpan] = []
    carried: list[tuple[int, int]] | None = None  # pieces of a quote running over paragraphs
    carried_paragraph = 0
    if not single and "'" in text and STRAIGHT_DOUBLE in text:  # (an inch mark is a straight double mark)
        heights = {m.end() - 1 for m in HEIGHT_INCHES.finditer(text)}
        if heights:
            all_marks = [mark for mark in all_marks if mark[0] not in heights]
    positions = [position for position, _ in all_marks]
    for index, (p_start, p_end) in enumerate(paragraphs(text) if paras is None else paras):
        if carried is None and (not positions or positions[-1] < p_start):
            break
        first = bisect_left(positions, p_start)
        marks = all_marks[first:bisect_left(positions, p_end, first)]
        if not marks and carried is None:
            continue
        open_at: int | None = None
        last_close: int | None = None  # the closing mark of this paragraph's last quote
        if carried is not None:
            if marks and marks[0][0] == p_start and _is_opening(text, marks[0], p_start, p_end, opening, closing):
                open_at = marks[0][0]
                marks = marks[1:]
            elif _broken_mid_sentence(text, carried[-1][1], p_start) and marks \
                    and _is_closing(text, marks[0], p_start, p_end, opening, closing):
                open_at = p_start - 1  # a line break inside a sentence, as scraped pages leave
            else:
                spans.append(_unclosed(text, carried, carried_paragraph))
                carried = None
        for order, (position, mark) in enumerate(marks):
            if open_at is None:
                if order == 0 and carried is None and _lost_opening(text, position, p_start, p_end, mark, opening):
                    # 'We will be there,"said Jane Roe.': the paragraph opened the quote without a mark
                    start = sentence_start(text, position - 1, p_start)
                    spans.append(QuoteSpan(((start, position),), index, opened=False))
                elif _is_opening(text, (position, mark), p_start, p_end, opening, closing):
                    open_at = position
                elif last_close is not None and mark in closing and text[position - 1] in ".!?":
                    # '“A,” said Jane Roe. B.”': B lost its opening mark after the attribution sentence
                    start = _after_cue_sentence(text, last_close + 1, position)
                    if start is not None:
                        spans.append(QuoteSpan(((start, position),), index, opened=False))
                        last_close = position
            elif _is_closing(text, (position, mark), p_start, p_end, opening, closing):
                last_close = position
                piece = (open_at + 1, position)
                if carried is not None:
                    spans.append(QuoteSpan(tuple(carried) + (piece,), carried_paragraph))
                    carried = None
                elif piece[1] > piece[0]:
                    spans.append(QuoteSpan((piece,), index))
                open_at = None
            elif mark == STRAIGHT_DOUBLE and carried is None and _lost_close_before(text, open_at, position):
                # '"A, said Jane Roe. "B."': a straight mark opening B after an attribution sentence
                lost = LOST_CLOSING.search(text, open_at + 1, position)
                spans.append(QuoteSpan(((open_at + 1, lost.end()),), index, closed=False))
                open_at = position
            elif mark in opening:
                # A fresh opening mark inside an open quote. After a sentence end it is a stray mark
                # opening the speaker's next sentence (kept in one quote); otherwise the earlier
                # quote lost its closing mark.
                if STRAY_REOPEN.search(text, max(open_at + 1, position - 3), position):
                    lost = LOST_CLOSING.search(text, open_at + 1, position) if carried is None else None
                    if lost is not None:  # "“A, said Jane Roe. “B.”": A lost its closing mark
                        spans.append(QuoteSpan(((open_at + 1, lost.end()),), index, closed=False))
                        open_at = position
                    continue
                if carried is None and position > open_at + 1:
                    spans.append(QuoteSpan(((open_at + 1, _trim_end(text, position)),), index, closed=False))
                open_at = position
        clipped = ELLIPSIS_BREAK.search(text, open_at + 1, p_end) if open_at is not None and carried is None else None
        if clipped is not None:  # "“It’s been a nice drop. … Barring changes, Roe said": the excerpt ends
            spans.append(QuoteSpan(((open_at + 1, _trim_end(text, clipped.start() + 1)),), index, closed=False))
        elif open_at is not None:
            piece = (open_at + 1, _trim_end(text, p_end))
            if carried is None:
                carried, carried_paragraph = [piece], index
            else:
                carried.append(piece)
    if carried is not None:
        spans.append(_unclosed(text, carried, carried_paragraph))
    return [s for s in spans if s.end > s.start]


def _after_cue_sentence(text: str, start: int, end: int) -> int | None:
    """Where the text after a sentence holding a speech cue begins, within ``text[start:end]``
    (``, said Jane Roe. `` then the words that lost their opening mark)."""
    cue = LOST_OPENING_CUE.search(text, start, end)
    if cue is None:
        return None
    for match in SENTENCE_END.finditer(text, cue.end(), end):
        if is_sentence_end(text, match, start):
            return match.end() if match.end() < end - 1 else None
    return None


def _lost_close_before(text: str, open_at: int, position: int) -> bool:
    """A mark at ``position`` that opens a sentence after an attribution sentence inside the
    quote open since ``open_at``."""
    return _opens_by_position(text, position, open_at, len(text)) \
        and STRAY_REOPEN.search(text, max(open_at + 1, position - 3), position) is not None \
        and LOST_CLOSING.search(text, open_at + 1, position) is not None


def _unclosed(text: str, pieces: list[tuple[int, int]], paragraph: int) -> QuoteSpan:
    """A quote its paragraph ended without closing: cut where an attribution sentence shows the
    closing mark was lost (``“If this insect spread, Roe said.``)."""
    if len(pieces) == 1:
        lost = LOST_CLOSING.search(text, *pieces[0])
        if lost is not None:
            return QuoteSpan(((pieces[0][0], lost.end()),), paragraph, closed=False)
    return QuoteSpan(tuple(pieces), paragraph, closed=False)


def _is_opening(text: str, mark: tuple[int, str], p_start: int, p_end: int, opening: str, closing: str) -> bool:
    position, char = mark
    after = text[position + 1] if position + 1 < p_end else " "
    if char in opening:  # before a word it opens, as its glyph says (the usual case, decided at once)
        return after.isalnum() or not _closes_by_position(text, position, p_start, p_end)
    if char in closing:
        return after.isalnum() and _opens_by_position(text, position, p_start, p_end)  # ``said, ”We will…``
    return not after.isspace()


def _is_closing(text: str, mark: tuple[int, str], p_start: int, p_end: int, opening: str, closing: str) -> bool:
    position, char = mark
    after = text[position + 1] if position + 1 < p_end else " "
    if char in closing:  # not before a word it closes, as its glyph says (the usual case, decided at once)
        return not after.isalnum() or not _opens_by_position(text, position, p_start, p_end)
    if char in opening:
        return not after.isalnum() and _closes_by_position(text, position, p_start, p_end)  # ``them,“ said``
    before = text[position - 1] if position > p_start else " "
    return not before.isspace() or after.isspace() or after in ",.;:!?)—–-"


def _opens_by_position(text: str, position: int, p_start: int, p_end: int) -> bool:
    """A mark that can only open a quote where it stands, whatever its glyph: after a space
    (or at a paragraph's start) and right before a word."""
    before = text[position - 1] if position > p_start else " "
    after = text[position + 1] if position + 1 < p_end else " "
    return (before.isspace() or before in "([—–…") and after.isalnum()


def _closes_by_position(text: str, position: int, p_start: int, p_end: int) -> bool:
    """A mark that can only close a quote where it stands: right after a word or a stop, and
    before a space, a stop or the paragraph's end."""
    before = text[position - 1] if position > p_start else " "
    after = text[position + 1] if position + 1 < p_end else " "
    return (before.isalnum() or before in ",.!?;") and (after.isspace() or after in ",.;:!?)—–-")


def _lost_opening(text: str, position: int, p_start: int, p_end: int, mark: str, opening: str) -> bool:
    """The first mark of a paragraph closes a quote that lost its opening mark: it follows a
    comma or stop and a speech cue comes right after it (``…always,"said Jane Roe``)."""
    if mark in opening or position - p_start < 2 or text[position - 1] not in ",.!?":
        return False
    return bool(CUE_AFTER_LOST_OPENING.match(text, position + 1, p_end))


def _broken_mid_sentence(text: str, piece_end: int, next_start: int) -> bool:
    """A quote piece that stops mid-sentence before a paragraph opening in lower case."""
    return bool(MID_SENTENCE_BREAK.search(text, max(0, piece_end - 1), piece_end)) \
        and text[next_start:next_start + 1].islower()


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end

