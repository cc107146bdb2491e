"""Writers for the citations table, one row at a time so a million rows never sit in memory.

Every format uses the same field names (``EXPORT_FIELDS``) where it has fields. CSV cells that
a spreadsheet would run as a formula are defused; Markdown cells have their pipes escaped.
Each writer takes ``(rows, out, style)`` and returns how many rows it wrote.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import IO, Any

from db.queries import QuoteRow
from exports.citation import STYLES, chicago, chicago_release
from exports.records import EXPORT_FIELDS, json_value, record

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_START = frozenset(FORMULA_PREFIXES)

__all__ = ["EXPORT_FIELDS", "FORMATS", "STYLES", "record", "safe_csv_cell", "write_rows"]


def safe_csv_cell(value: Any) -> str:
    """A CSV cell that no spreadsheet will evaluate: formula-like text gets a leading quote."""
    text = "" if value is None else json_value(value) if isinstance(value, date) else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


@lru_cache(maxsize=8192)
def _iso_date(value: date) -> str:
    return value.isoformat()


def _csv_text(value: str | None) -> str:
    """A text column as the csv module would write it (excel dialect) after :func:`safe_csv_cell`."""
    if value is None:
        return ""
    if value[:1] in _FORMULA_START:
        value = "'" + value
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


_csv_repeated = lru_cache(maxsize=65536)(_csv_text)
""":func:`_csv_text` for the columns whose values repeat (speaker, title, cue): a cache hit is cheaper."""


def _csv_int(value: int | None) -> str:
    """An integer column as the csv module would write it after :func:`safe_csv_cell`."""
    if value is None:
        return ""
    return str(value) if value >= 0 else "'" + str(value)


@lru_cache(maxsize=4096)
def _csv_release_cells(title: str | None, published: date | None, location: str | None, agency: str | None,
                       source: str) -> str:
    """The release's five adjacent cells, joined: made once per release, not once per quote."""
    text = _csv_text
    return ",".join((text(title), _iso_date(published) if published is not None else "", text(location),
                     text(agency), text(source)))


def _csv_line(row: QuoteRow, cite: Callable[[QuoteRow], str]) -> str:
    """What ``csv.writer().writerow`` writes for the row's cells through :func:`safe_csv_cell`.

    The C writer looks at every character one by one (~17 us a row here); joining cells that
    need no quotes, and quoting those that do as it would, is several times cheaper. The output
    is pinned against ``csv.writer`` in tests/test_export_fast_paths.py.
    """
    text = _csv_text
    start, end, paragraph = row.start, row.end, row.paragraph
    numbers = f"{start},{end},{paragraph}" if start >= 0 and end >= 0 and paragraph >= 0 else \
        f"{_csv_int(start)},{_csv_int(end)},{_csv_int(paragraph)}"
    repeated = _csv_repeated
    return ",".join((_csv_int(row.quote_id), text(row.quote), repeated(row.speaker), repeated(row.speaker_title),
                     repeated(row.cue), _csv_release_cells(row.release_title, row.release_date, row.release_location,
                                                       row.agency, row.source),
                     numbers, text(cite(row)))) + "\r\n"


CSV_CHUNK_ROWS = 512
"""CSV lines joined into one write: fewer calls into the output stream."""


def _json_values(row: QuoteRow, cite: Callable[[QuoteRow], str]) -> tuple:
    """The values of ``json_record(row)``, in ``EXPORT_FIELDS`` order."""
    published = row.release_date
    return (row.quote_id, row.quote, row.speaker, row.speaker_title, row.cue, row.release_title,
            _iso_date(published) if published is not None else None, row.release_location, row.agency,
            row.source, row.start, row.end, row.paragraph, cite(row))


DEFUSED_OPENING = "\"'"
"""How a quoted CSV cell that a spreadsheet would run as a formula opens."""


def _chicago_csv_lines(rows: Iterable[QuoteRow]) -> Iterator[str]:
    """:func:`_csv_line` with chicago citations, for rows that come release by release.

    The release's cells and the release part of the citation are made when the release changes
    (a tuple comparison, which for rows of one release from ``iter_quotes`` compares the same
    objects). The rest is inlined: this loop runs once per exported quote. The citation cell is
    always quoted, since :func:`exports.citation.chicago_release` always holds a double quote,
    and it begins with the speaker part, whose first character decides the formula defusing.
    """
    repeated, formula = _csv_repeated, _FORMULA_START
    release, release_cells, tail = None, "", ""
    for row in rows:
        (quote_id, quote, speaker, speaker_title, _, cue, release_title, published, location, agency, source, url,
         start, end, paragraph, readable_title) = row
        cells = row[6:12]
        if cells != release:
            release = cells
            release_cells = _csv_release_cells(release_title, published, location, agency, source)
            tail = chicago_release(release_title, source, agency, location, published, url).replace('"', '""')
        if quote_id < 0 or start < 0 or end < 0 or paragraph < 0 or quote is None or quote[:1] in formula:
            yield _csv_line(row, chicago)
            continue
        if '"' in quote:
            quote = '"' + quote.replace('"', '""') + '"'
        elif "," in quote or "\n" in quote or "\r" in quote:
            quote = '"' + quote + '"'
        title = readable_title or speaker_title  # exports.citation.speaker_part, inlined
        part = f"{speaker or 'Unattributed'}, {title}" if title else speaker or "Unattributed"
        if '"' in part:
            part = part.replace('"', '""')
        opening = DEFUSED_OPENING if part[:1] in formula else '"'
        yield (f"{quote_id},{quote},{repeated(speaker)},{repeated(speaker_title)},{repeated(cue)},{release_cells},"
               f"{start},{end},{paragraph},{opening}{part}{tail}\"\r\n")


def write_csv(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    """CSV (excel dialect, as ``csv.writer`` writes it) with formula-like cells defused."""
    csv.writer(out).writerow(EXPORT_FIELDS)
    cite, line, write = STYLES[style], _csv_line, out.write
    made = _chicago_csv_lines(rows) if cite is chicago else (line(row, cite) for row in rows)
    count = 0
    lines: list[str] = []
    for text in made:
        lines.append(text)
        if len(lines) == CSV_CHUNK_ROWS:
            write("".join(lines))
            count += len(lines)
            lines.clear()
    if lines:
        write("".join(lines))
        count += len(lines)
    return count


_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _json_lines(rows: Iterable[QuoteRow], style: str) -> Iterator[str]:
    cite, values, fields = STYLES[style], _json_values, EXPORT_FIELDS
    for row in rows:
        yield _dumps(dict(zip(fields, values(row, cite))))


def write_jsonl(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    count = 0
    write = out.write
    for line in _json_lines(rows, style):
        write(line)
        write("\n")
        count += 1
    return count


def write_json_array(items: Iterable[str], out: IO[str]) -> int:
    """A JSON array of already-encoded items, one per line, written as they come."""
    out.write("[")
    count = 0
    for item in items:
        out.write(",\n  " if count else "\n  ")
        out.write(item)
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_json(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    """A JSON array of the export fields, written element by element."""
    return write_json_array(_json_lines(rows, style), out)


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


def write_bibtex(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    from exports.bibtex import write_bibtex as write  # imported on use: keeps `quotes` start-up short

    return write(rows, out, style)


def write_csl_json(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    from exports.csl import write_csl_json as write

    return write(rows, out, style)


def write_html(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    from exports.html import write_html as write

    return write(rows, out, style)


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
