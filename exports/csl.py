"""CSL-JSON: one item per quote, for Zotero, pandoc-citeproc and any CSL processor.

CSL has no press-release type, so an item is a ``document`` with ``genre`` "Press release",
the agency as ``publisher`` (and corporate ``author``), ``issued``, ``URL`` and ``title``.
The quote and its speaker go in ``note``; every export field rides along in ``custom`` under
its usual name. Items validate against the CSL data schema (see tests/test_exports.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from db.queries import QuoteRow
from exports.bibtex import entry_key
from exports.records import json_record
from exports.writers import write_json_array

CSL_TYPE = "document"
GENRE = "Press release"


def csl_item(row: QuoteRow, style: str = "chicago") -> dict[str, Any]:
    """The CSL-JSON item of one quote; its ``id`` is the BibTeX key, stable across reloads."""
    item: dict[str, Any] = {"id": entry_key(row), "type": CSL_TYPE, "genre": GENRE,
                            "title": row.release_title or row.source}
    if row.agency:
        item["publisher"] = row.agency
        item["author"] = [{"literal": row.agency}]
    if row.release_location:
        item["publisher-place"] = row.release_location
    if row.release_date:
        item["issued"] = {"date-parts": [[row.release_date.year, row.release_date.month, row.release_date.day]]}
    if row.url:
        item["URL"] = row.url
    speaker = ", ".join(p for p in (row.speaker or "Unattributed", row.readable_title or row.speaker_title) if p)
    item["note"] = f"“{row.quote}” — {speaker}"
    item["custom"] = json_record(row, style)
    return item


def write_csl_json(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    """A JSON array of CSL items, written one item at a time."""
    return write_json_array((json.dumps(csl_item(row, style), ensure_ascii=False) for row in rows), out)
