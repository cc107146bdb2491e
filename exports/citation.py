"""The one-line citation of a quote: who said it, in which release, when and where."""

from __future__ import annotations

from db.queries import QuoteRow


def citation(row: QuoteRow) -> str:
    """``Name, Title, quoted in "Release title," press release, Agency, Place, Month D, YYYY.``"""
    who = ", ".join(part for part in (row.speaker or "Unattributed", row.speaker_title) if part)
    parts = [f"{who}, quoted in"]
    title = (row.release_title or row.source).rstrip(".")
    where = [p for p in (row.agency, row.release_location) if p]
    tail = ", ".join(["press release", *where])
    if row.release_date:
        tail += f", {row.release_date.strftime('%B')} {row.release_date.day}, {row.release_date.year}"
    return f'{parts[0]} "{title}," {tail}.'
