"""The fast CSV and JSON writers produce exactly what the per-row ``record`` dict would."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from exports import EXPORT_FIELDS, STYLES, write_rows
from exports.records import json_record, record
from exports.writers import safe_csv_cell
from tests.test_exports import ROWS, row

TRICKY = ROWS + [
    row(quote_id=10, quote="=HYPERLINK(1)", speaker="+Plus", speaker_title="-minus", cue="@said",
        release_title="\tTabbed", release_location="\rCR", agency="=A", source="-src.txt"),
    row(quote_id=11, quote="", speaker=None, speaker_title="", cue=None, release_title=None, source="-lead.txt",
        release_date=date(2020, 12, 31)),
    row(quote_id=12, speaker="Ana", release_title="- dash title", start=0, end=0, paragraph=0),
    row(quote_id=13, quote='He said "no", then left,\nand\r\nreturned', speaker="Roe, Jr.", speaker_title='"Acting"',
        cue=" said", release_title="Line\rbreak", release_location=" ", agency="a;b", source="x,y.txt",
        start=-1),
    row(quote_id=14, quote='"', speaker=",", speaker_title="\n", release_title="=\"a,b\"", agency="", source="ümlaut.txt"),
]


def reference_csv(rows, style):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    for r in rows:
        writer.writerow([safe_csv_cell(v) for v in record(r, style).values()])
    return out.getvalue()


@pytest.mark.parametrize("style", list(STYLES))
def test_csv_matches_the_record_dict_cell_by_cell(style):
    out = io.StringIO()
    assert write_rows(TRICKY, out, "csv", style) == len(TRICKY)
    assert out.getvalue() == reference_csv(TRICKY, style)
    cells = list(csv.reader(io.StringIO(out.getvalue())))
    assert cells[4][1] == "'=HYPERLINK(1)" and cells[4][2] == "'+Plus" and cells[4][3] == "'-minus"


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_matches_the_record_dict(fmt, style):
    out = io.StringIO()
    write_rows(TRICKY, out, fmt, style)
    text = out.getvalue()
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert records == [json_record(r, style) for r in TRICKY]
    assert [list(r) for r in records] == [list(EXPORT_FIELDS)] * len(TRICKY)
    if fmt == "jsonl":
        assert text.splitlines()[0] == json.dumps(json_record(TRICKY[0], style), ensure_ascii=False)
