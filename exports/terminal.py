"""Rich renderables for the terminal, built from plain rows by pure functions.

Release text is untrusted: it only ever enters a renderable as ``Text`` (never as markup),
so ``[the agency]`` in a quote prints as written.

Every table takes ``width`` (the console's) and ``plain``: a terminal gets rounded boxes and
colour; a pipe gets ``PLAIN`` (no borders, a dashed header rule, a blank line between rows).
Below ``NARROW`` columns a quote list becomes stacked cards, so a quote never wraps into a
sliver beside five other columns. Past ``RICH_ROWS`` rows the plain layout is used on a
terminal too, since rich needs seconds to lay out thousands of rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from db.queries import QuoteRow, SpeakerLine, TitleSpan
from exports.plain import Lines, plain_cards, plain_table

NARROW = 100
RICH_ROWS = 400  # past this many rows a rich Table takes seconds to lay out: use the plain layout
PLAIN = box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)


def _date(value) -> str:
    return value.isoformat() if value else "—"


def _table(plain: bool, **options) -> Table:
    """A table boxed for a terminal, or bare for a pipe."""
    if plain:
        return Table(box=PLAIN, show_edge=False, pad_edge=False, **options)
    return Table(box=box.ROUNDED, header_style="bold", **options)


def _role(title: str | None, organization: str | None) -> str:
    if title and organization and organization.lower() in title.lower():
        return title
    return ", ".join(p for p in (title, organization) if p)


def _quote(row: QuoteRow) -> Text:
    return Text(f"“{row.quote}”")


def quotes_table(rows: Iterable[QuoteRow], width: int = 120, plain: bool = False,
                 with_speaker: bool = True) -> RenderableType:
    """One row per quote: ID, speaker and title, the quote, release and date; cards when narrow."""
    rows = list(rows)
    if plain or len(rows) > RICH_ROWS:
        return _plain_quotes(rows, width, with_speaker)
    if width < NARROW:
        return _quote_cards(rows, plain, with_speaker)
    table = _table(plain, show_lines=True, expand=True)
    table.add_column("ID", justify="right", style="dim", no_wrap=True)
    if with_speaker:
        table.add_column("Speaker", ratio=1, min_width=20, max_width=28)
    table.add_column("Quote", ratio=4, min_width=30)
    table.add_column("Release", ratio=1, min_width=20, max_width=40)
    table.add_column("Date", no_wrap=True)
    for row in rows:
        who = Text(row.speaker or "—", style="bold")
        if row.speaker_title:
            who.append("\n" + row.speaker_title, style="dim")
        cells = [str(row.quote_id), who] if with_speaker else [str(row.quote_id)]
        table.add_row(*cells, _quote(row), Text(row.release_title or row.source), _date(row.release_date))
    return table


def _plain_quotes(rows: list[QuoteRow], width: int, with_speaker: bool) -> Lines:
    if width < NARROW:
        cards = []
        for row in rows:
            who = ", ".join(p for p in (row.speaker or "—", row.speaker_title) if p) if with_speaker else ""
            when = row.release_date.isoformat() if row.release_date else ""
            head = "  ".join(p for p in (f"#{row.quote_id}", who, when) if p)
            cards.append((head, f"“{row.quote}”", row.release_title or row.source))
        return plain_cards(cards, width)
    headers = ["ID", "Speaker", "Quote", "Release", "Date"] if with_speaker else ["ID", "Quote", "Release", "Date"]
    cells = []
    for row in rows:
        who = [(row.speaker or "—") + (f"\n{row.speaker_title}" if row.speaker_title else "")] if with_speaker else []
        cells.append([str(row.quote_id), *who, f"“{row.quote}”", row.release_title or row.source,
                      _date(row.release_date)])
    caps = [None, 22, None, 26, None] if with_speaker else [None, None, 26, None]
    fixed = frozenset({0, len(headers) - 1})
    return plain_table(headers, cells, width, caps, fixed, right=frozenset({0}), gap_rows=True)


def _quote_cards(rows: Iterable[QuoteRow], plain: bool, with_speaker: bool) -> Table:
    """Narrow terminals: each quote as a header line and the quote below it, full width."""
    table = Table.grid(expand=True)
    table.add_column(overflow="fold")
    for index, row in enumerate(rows):
        head = Text(f"#{row.quote_id}", style="dim")
        if with_speaker:
            head.append("  ")
            head.append(row.speaker or "—", style="bold")
            if row.speaker_title:
                head.append(f", {row.speaker_title}", style="dim")
        if row.release_date:
            head.append(f"  {row.release_date.isoformat()}", style="cyan")
        source = Text(row.release_title or row.source, style="dim italic")
        if index:
            table.add_row("")
        table.add_row(head)
        table.add_row(Padding(_quote(row), (0, 0, 0, 2)))
        table.add_row(Padding(source, (0, 0, 0, 2)))
    return table


def grouped_quotes(rows: Iterable[QuoteRow], width: int = 120, plain: bool = False) -> Group:
    """Quotes under a heading per speaker (most quoted first), each with its titles."""
    ordered = sorted(rows, key=lambda r: (r.speaker or "\uffff").lower())
    groups = [(speaker, list(quotes)) for speaker, quotes in groupby(ordered, key=lambda r: r.speaker)]
    groups.sort(key=lambda g: -len(g[1]))
    parts: list[RenderableType] = []
    for speaker, quotes in groups:
        titles = list(dict.fromkeys(q.speaker_title for q in reversed(quotes) if q.speaker_title))
        heading = Text(speaker or "Unattributed", style="bold underline" if not plain else "")
        if titles:
            heading.append(f" — {'; '.join(titles[:3])}", style="dim")
        count = len(quotes)
        releases = len({q.source for q in quotes})
        heading.append(f"  ({count} quote{'s' * (count != 1)}, {releases} release{'s' * (releases != 1)})",
                       style="dim")
        parts += [heading, quotes_table(quotes, width, plain, with_speaker=False), Text("")]
    return Group(*parts)


def speakers_table(speakers: Iterable[SpeakerLine], width: int = 120, plain: bool = False) -> RenderableType:
    """Each speaker: latest title and organization, quote and release counts, first and last date.

    Narrow: the title and organization go under the name instead of in columns of their own.
    """
    narrow = width < NARROW
    speakers = list(speakers)
    if plain or len(speakers) > RICH_ROWS:
        return _plain_speakers(speakers, width, narrow)
    table = _table(plain, expand=False, show_lines=narrow and not plain)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("Speaker", min_width=18, max_width=max(24, width - 48) if narrow else 30)
    if not narrow:
        table.add_column("Latest title", max_width=40)
        table.add_column("Organization", max_width=36)
    table.add_column("Quotes", justify="right")
    table.add_column("Releases", justify="right")
    table.add_column("First", no_wrap=True)
    table.add_column("Last", no_wrap=True)
    for s in speakers:
        who = Text(s.name, style="bold")
        if narrow:
            role = _role(s.title, s.organization)
            if role:
                who.append("\n" + role, style="dim")
            cells = [who]
        else:
            cells = [who, Text(s.title or ""), Text(s.organization or "")]
        table.add_row(str(s.speaker_id), *cells, str(s.quotes), str(s.releases), _date(s.first), _date(s.last))
    return table


def _plain_speakers(speakers: list[SpeakerLine], width: int, narrow: bool) -> Lines:
    counts = [_date(s.first) for s in speakers]
    if narrow:  # dates stacked and short headers, so the name keeps the room
        headers = ["#", "Speaker", "Quotes", "Rel.", "Dates"]
        rows = [[str(s.speaker_id), s.name + (f"\n{_role(s.title, s.organization)}" if s.title or s.organization else ""),
                 str(s.quotes), str(s.releases), first if s.first == s.last else f"{first}\n{_date(s.last)}"]
                for s, first in zip(speakers, counts)]
        return plain_table(headers, rows, width, [None] * 5, frozenset({0, 2, 3, 4}), frozenset({0, 2, 3}),
                           gap_rows=True)
    headers = ["#", "Speaker", "Latest title", "Organization", "Quotes", "Releases", "First", "Last"]
    rows = [[str(s.speaker_id), s.name, s.title or "", s.organization or "", str(s.quotes), str(s.releases), first,
             _date(s.last)] for s, first in zip(speakers, counts)]
    return plain_table(headers, rows, width, [None, 30, 40, 36, None, None, None, None],
                       frozenset({0, 4, 5, 6, 7}), frozenset({0, 4, 5}))


def titles_table(spans: Sequence[TitleSpan], plain: bool = False) -> Table:
    """The titles a person held over time, earliest first."""
    table = _table(plain, title=None)
    table.add_column("From", no_wrap=True)
    table.add_column("To", no_wrap=True)
    table.add_column("Title")
    table.add_column("Organization")
    table.add_column("Quotes", justify="right")
    for span in spans:
        table.add_row(_date(span.first), _date(span.last), Text(span.title or "—"), Text(span.organization or ""),
                      str(span.quotes))
    return table


def speaker_detail(line: SpeakerLine, spans: Sequence[TitleSpan], aliases: Sequence[str],
                   rows: Sequence[QuoteRow], width: int = 120, plain: bool = False) -> Group:
    """A person: name and counts, titles over time, names merged in, and their quotes."""
    heading = Text(line.name, style="bold")
    heading.append(f"  #{line.speaker_id}", style="dim")
    span = f", {_date(line.first)} to {_date(line.last)}" if line.first else ", undated"
    summary = Text(f"{line.quotes} quote{'s' * (line.quotes != 1)} in {line.releases} "
                   f"release{'s' * (line.releases != 1)}{span}")
    parts: list[RenderableType] = [heading, summary, Text(""), Text("Titles over time", style="bold"),
                                   titles_table(spans, plain)]
    if aliases:
        shown = dict.fromkeys(k.split("@")[0] + (" (pinned in one release)" if "@" in k else "") for k in aliases)
        parts += [Text("Merged or split names: " + "; ".join(shown), style="dim")]
    parts += [Text(""), Text("Quotes", style="bold"), quotes_table(rows, width, plain, with_speaker=False)]
    return Group(*parts)


def counts_table(title: str, label: str, rows: Iterable[tuple[object, int, int]], plain: bool = False) -> Table:
    """``label | quotes | releases`` rows under a title."""
    table = _table(plain, title=title, title_justify="left")
    table.add_column(label)
    table.add_column("Quotes", justify="right")
    table.add_column("Releases", justify="right")
    for key, quotes, releases in rows:
        table.add_row(Text("(none)" if key is None else str(key)), str(quotes), str(releases))
    return table


def stats_view(totals: Mapping[str, int], by_agency, by_year, top: Iterable[SpeakerLine],
               plain: bool = False) -> Group:
    """Totals, then quotes by agency and by year, then the most quoted speakers."""
    speakers = _table(plain, title="Top speakers", title_justify="left")
    for name, justify in (("Speaker", "left"), ("Latest title", "left"), ("Quotes", "right"), ("Releases", "right")):
        speakers.add_column(name, justify=justify)
    for s in top:
        speakers.add_row(Text(s.name), Text(s.title or ""), str(s.quotes), str(s.releases))
    total = Text("  ".join(f"{label}: {value}" for label, value in totals.items()), style="bold")
    return Group(total, Text(""), counts_table("By agency", "Agency", by_agency, plain), Text(""),
                 counts_table("By year", "Year", by_year, plain), Text(""), speakers)


def load_summary(counts: Mapping[str, int]) -> Table:
    """The closing table of a load: what was seen, stored, skipped and failed."""
    table = Table(title="Load summary", show_header=False)
    table.add_column("What")
    table.add_column("Count", justify="right")
    for label, value in counts.items():
        style = "red" if label.startswith("failed") and value else ""
        table.add_row(label, Text(str(value), style=style))
    return table


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between line breaks) holding ``text[start:end]``."""
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    return before + 1, len(text) if after < 0 else after


def quote_in_paragraph(row: QuoteRow, release_text: str, plain: bool = False) -> Table:
    """The quote highlighted inside its paragraph, under the release's title, date, place and source.

    On a terminal the quote is bold and underlined; in a pipe, where styles vanish, it is
    set off with ``>>>`` and ``<<<`` instead.
    """
    first, last = paragraph_bounds(release_text, row.start, row.end)
    paragraph = Text(release_text[first:row.start])
    quoted = release_text[row.start:row.end]
    if plain:
        paragraph.append(f">>>{quoted}<<<")
    else:
        paragraph.append(quoted, style="bold underline yellow")
    paragraph.append(release_text[row.end:last])
    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    table.add_row("Quote", Text(f"#{row.quote_id}"))
    table.add_row("Speaker", Text(", ".join(p for p in (row.speaker or "unattributed", row.speaker_title) if p)))
    table.add_row("Release", Text(row.release_title or ""))
    table.add_row("Date", _date(row.release_date))
    table.add_row("Place", Text(row.release_location or ""))
    table.add_row("Agency", Text(row.agency or ""))
    table.add_row("Source", Text(row.url or row.source))
    table.add_row("", "")
    table.add_row("Text", paragraph)
    return table
