"""Writers for the citations table, one row at a time so a million rows never sit in memory.

Every format uses the same field names (``EXPORT_FIELDS``). CSV cells that a spreadsheet
would run as a formula are defused; Markdown cells have their pipes escaped.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import IO, Any

from db.queries import QuoteRow
from exports.citation import citation

EXPORT_FIELDS: tuple[str, ...] = (
    "quote_id", "quote", "speaker", "speaker_title", "cue", "release_title", "release_date",
    "release_location", "agency", "source", "start", "end", "paragraph", "citation",
)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def record(row: QuoteRow) -> dict[str, Any]:
    """The export fields of a row, in order, with the citation line."""
    values = {name: getattr(row, name) for name in EXPORT_FIELDS if name != "citation"}
    values["citation"] = citation(row)
    return values


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def safe_csv_cell(value: Any) -> str:
    """A CSV cell that no spreadsheet will evaluate: formula-like text gets a leading quote."""
    text = "" if value is None else _json_value(value) if isinstance(value, date) else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def write_csv(rows: Iterable[QuoteRow], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    count = 0
    for row in rows:
        writer.writerow([safe_csv_cell(v) for v in record(row).values()])
        count += 1
    return count


def write_jsonl(rows: Iterable[QuoteRow], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps({k: _json_value(v) for k, v in record(row).items()}, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_json(rows: Iterable[QuoteRow], out: IO[str]) -> int:
    """A JSON array, written element by element."""
    out.write("[")
    count = 0
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps({k: _json_value(v) for k, v in record(row).items()}, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _markdown_cell(value: Any) -> str:
    text = "" if value is None else str(_json_value(value))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def write_markdown(rows: Iterable[QuoteRow], out: IO[str]) -> int:
    out.write("| " + " | ".join(EXPORT_FIELDS) + " |\n")
    out.write("|" + "---|" * len(EXPORT_FIELDS) + "\n")
    count = 0
    for row in rows:
        out.write("| " + " | ".join(_markdown_cell(v) for v in record(row).values()) + " |\n")
        count += 1
    return count


FORMATS: dict[str, Callable[[Iterable[QuoteRow], IO[str]], int]] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
    "json": write_json,
    "markdown": write_markdown,
}


def write_rows(rows: Iterable[QuoteRow], out: IO[str], fmt: str) -> int:
    """Write ``rows`` to ``out`` in format ``fmt``; returns how many rows were written."""
    return FORMATS[fmt](rows, out)
