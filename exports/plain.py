"""Plain-text tables for pipes and files: no boxes, no styles, wrapped to a width, and fast.

A rich ``Table`` measures and renders every cell, and one big ``Text`` is split quadratically,
which takes seconds for a few thousand rows; these pure functions wrap cells with ``textwrap``
and return ``Lines``, a renderable that hands rich the finished lines one segment each, so a
long listing pipes into ``less`` or a file at once.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment

GAP = "  "


class Lines:
    """Already-wrapped lines of plain text, rendered as they are (untrusted text is never markup)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines:
            yield Segment(line)
            yield Segment.line()

    def __str__(self) -> str:
        return "\n".join(self.lines)


def _wrap(cell: str, width: int) -> list[str]:
    lines: list[str] = []
    for part in cell.split("\n"):
        lines += textwrap.wrap(part, width, break_long_words=True, break_on_hyphens=False) or [""]
    return lines


MIN_WRAPPED = 10


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int,
                  caps: Sequence[int | None], fixed: frozenset[int] = frozenset()) -> list[int]:
    """Each column's natural width (capped); while the row is too wide, the widest wrappable column gives.

    ``fixed`` columns (ids, counts, dates) never wrap; the others shrink down to ``MIN_WRAPPED``.
    """
    natural = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            natural[i] = max(natural[i], max((len(line) for line in cell.split("\n")), default=0))
    widths = [min(n, cap) if cap else n for n, cap in zip(natural, caps)]
    floors = [w if i in fixed else min(w, MIN_WRAPPED) for i, w in enumerate(widths)]
    excess = sum(widths) + len(GAP) * (len(widths) - 1) - width
    while excess > 0:
        shrinkable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        runner_up = max((widths[i] for i in shrinkable if i != widest), default=floors[widest])
        step = max(1, min(excess, widths[widest] - max(runner_up, floors[widest])))
        widths[widest] -= step
        excess -= step
    return widths


def plain_table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, caps: Sequence[int | None],
                fixed: frozenset[int] = frozenset(), right: frozenset[int] = frozenset(),
                gap_rows: bool = False) -> Lines:
    """Columns padded and wrapped to fit ``width``; ``right`` columns are right-aligned."""
    widths = column_widths(headers, rows, width, caps, fixed)

    def lay(cells: Sequence[str]) -> list[str]:
        wrapped = [_wrap(cell, w) for cell, w in zip(cells, widths)]
        height = max(len(c) for c in wrapped)
        out = []
        for n in range(height):
            parts = [(c[n] if n < len(c) else "") for c in wrapped]
            out.append(GAP.join(p.rjust(w) if i in right else p.ljust(w)
                                for i, (p, w) in enumerate(zip(parts, widths))).rstrip())
        return out

    lines = lay(headers)
    lines.append("-" * min(width, sum(widths) + len(GAP) * (len(widths) - 1)))
    for index, row in enumerate(rows):
        if gap_rows and index:
            lines.append("")
        lines += lay(row)
    return Lines(lines)


def plain_cards(cards: Sequence[tuple[str, str, str]], width: int) -> Lines:
    """Narrow output: a head line, then the quote and its source indented below, per card."""
    lines: list[str] = []
    for index, (head, body, foot) in enumerate(cards):
        if index:
            lines.append("")
        lines += _wrap(head, width)
        lines += ["  " + line for line in _wrap(body, width - 2)]
        if foot:
            lines += ["  " + line for line in _wrap(foot, width - 2)]
    return Lines(lines)
