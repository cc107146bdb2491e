"""Writers for the citations table, one row at a time so a million rows never sit in memory.

Every format uses the same field names (``EXPORT_FIELDS``) where it has fields. CSV cells that
a spreadsheet would run as a formula are defused; Markdown cells have their pipes escaped.
Each writer takes ``(rows, out, style)`` and returns how many rows it wrote.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import IO, Any

from db.queries import QuoteRow
from exports.bibtex import write_bibtex
from exports.citation import STYLES
from exports.csl import write_csl_json
from exports.html import write_html
from exports.records import EXPORT_FIELDS, json_record, json_value, record

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

__all__ = ["EXPORT_FIELDS", "FORMATS", "STYLES", "record", "safe_csv_cell", "write_rows"]


def safe_csv_cell(value: Any) -> str:
    """A CSV cell that no spreadsheet will evaluate: formula-like text gets a leading quote."""
    text = "" if value is None else json_value(value) if isinstance(value, date) else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def write_csv(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    count = 0
    for row in rows:
        writer.writerow([safe_csv_cell(v) for v in record(row, style).values()])
        count += 1
    return count


def write_jsonl(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(json_record(row, style), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_json(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    """A JSON array, written element by element."""
    out.write("[")
    count = 0
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(json_record(row, style), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _markdown_cell(value: Any) -> str:
    text = "" if value is None else str(json_value(value))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def write_markdown(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    out.write("| " + " | ".join(EXPORT_FIELDS) + " |\n")
    out.write("|" + "---|" * len(EXPORT_FIELDS) + "\n")
    count = 0
    for row in rows:
        out.write("| " + " | ".join(_markdown_cell(v) for v in record(row, style).values()) + " |\n")
        count += 1
    return count


FORMATS: dict[str, Callable[[Iterable[QuoteRow], IO[str], str], int]] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
    "json": write_json,
    "markdown": write_markdown,
    "bibtex": write_bibtex,
    "csl-json": write_csl_json,
    "html": write_html,
}


def write_rows(rows: Iterable[QuoteRow], out: IO[str], fmt: str, style: str = "chicago") -> int:
    """Write ``rows`` to ``out`` in format ``fmt`` with citations in ``style``; returns the row count."""
    return FORMATS[fmt](rows, out, style)
