"""Rich renderables for the terminal, built from plain rows by pure functions.

Release text is untrusted: it only ever enters a renderable as ``Text`` (never as markup),
so ``[the agency]`` in a quote prints as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.table import Table
from rich.text import Text

from db.queries import QuoteRow, SpeakerSummary


def _date(value) -> str:
    return value.isoformat() if value else ""


def quotes_table(rows: Iterable[QuoteRow]) -> Table:
    """Speaker, title, quote, release and date, one row per quote."""
    table = Table(show_lines=True, expand=False)
    table.add_column("ID", justify="right", style="dim", no_wrap=True)
    table.add_column("Speaker", style="bold", max_width=24)
    table.add_column("Title", max_width=30)
    table.add_column("Quote", ratio=3, min_width=30)
    table.add_column("Release", ratio=1, max_width=40)
    table.add_column("Date", no_wrap=True)
    for row in rows:
        table.add_row(str(row.quote_id), Text(row.speaker or "—"), Text(row.speaker_title or ""),
                      Text(f"“{row.quote}”"), Text(row.release_title or row.source), _date(row.release_date))
    return table


def speakers_table(speakers: Iterable[SpeakerSummary]) -> Table:
    """Each speaker with titles, quote and release counts and first and last dates."""
    table = Table()
    table.add_column("Speaker", style="bold")
    table.add_column("Title(s)", max_width=50)
    table.add_column("Quotes", justify="right")
    table.add_column("Releases", justify="right")
    table.add_column("First", no_wrap=True)
    table.add_column("Last", no_wrap=True)
    for s in speakers:
        table.add_row(Text(s.name), Text("; ".join(s.titles[:3])), str(s.quotes), str(s.releases),
                      _date(s.first), _date(s.last))
    return table


def load_summary(counts: Mapping[str, int]) -> Table:
    """The closing table of a load: what was seen, stored, skipped and failed."""
    table = Table(title="Load summary", show_header=False)
    table.add_column("What")
    table.add_column("Count", justify="right")
    for label, value in counts.items():
        style = "red" if label.startswith("failed") and value else ""
        table.add_row(label, Text(str(value), style=style))
    return table


def quote_in_paragraph(row: QuoteRow, release_text: str) -> Table:
    """The quote highlighted inside its paragraph, under the release's title, date, place and source."""
    para_start = release_text.rfind("\n\n", 0, row.start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = release_text.find("\n\n", row.end)
    para_end = len(release_text) if para_end < 0 else para_end
    paragraph = Text(release_text[para_start:para_end].replace("\n\n", "\n\n"))
    paragraph.stylize("bold yellow", row.start - para_start, row.end - para_start)
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
