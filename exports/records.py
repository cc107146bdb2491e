"""One quote row as the citations table's record: the same field names in every format."""

from __future__ import annotations

from datetime import date
from typing import Any

from db.queries import QuoteRow
from exports.citation import citation

EXPORT_FIELDS: tuple[str, ...] = (
    "quote_id", "quote", "speaker", "speaker_title", "cue", "release_title", "release_date",
    "release_location", "agency", "source", "start", "end", "paragraph", "citation",
)


def record(row: QuoteRow, style: str = "chicago") -> dict[str, Any]:
    """The export fields of a row, in order, with the citation line in ``style``."""
    values = {name: getattr(row, name) for name in EXPORT_FIELDS if name != "citation"}
    values["citation"] = citation(row, style)
    return values


def json_value(value: Any) -> Any:
    """Dates as ISO strings; everything else as is."""
    return value.isoformat() if isinstance(value, date) else value


def json_record(row: QuoteRow, style: str = "chicago") -> dict[str, Any]:
    return {name: json_value(value) for name, value in record(row, style).items()}
