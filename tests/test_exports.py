"""Every export format parses with a standard reader, carries the same fields, and streams."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from datetime import date
from html.parser import HTMLParser

import bibtexparser
import jsonschema
import pytest

from db.queries import QuoteRow
from exports import EXPORT_FIELDS, FORMATS, STYLES, citation, write_rows
from exports.bibtex import entry_key, latex_escape
from exports.csl import csl_item
from tests.conftest import EXAMPLES, SHARED

CSL_SCHEMA = SHARED / "eval" / "csl-data.json"
NASTY = 'He said {braces}, 100% & $5 #1 _x_ ~ ^ \\ "quotes" <script>alert(1)</script> | pipe, =SUM(A1)'


def row(**changes) -> QuoteRow:
    values = dict(quote_id=7, quote="We remain committed to working with El Salvador.", speaker="Derek N. Benner",
                  speaker_title="Acting EAD for HSI", organization="Homeland Security Investigations", cue="said",
                  release_title="HSI and partners travel to El Salvador", release_date=date(2017, 3, 3),
                  release_location="New York", agency="U.S. Immigration and Customs Enforcement",
                  source="releases/hsi.txt", url="https://www.ice.gov/news/releases/hsi", start=120, end=170,
                  paragraph=2)
    values.update(changes)
    return QuoteRow(**values)


ROWS = [row(), row(quote_id=8, quote=NASTY, start=300, speaker="Jane Roe", release_date=None, url=None, agency=None,
                   release_location=None, speaker_title=None), row(quote_id=9, quote="Line one\nline two", start=400)]


def export(fmt: str, rows=ROWS, style: str = "chicago") -> str:
    out = io.StringIO()
    assert write_rows(iter(rows), out, fmt, style) == len(rows)
    return out.getvalue()


def csl_validator():
    """The CSL-JSON schema's validator; the test is skipped where ../shared is not beside the checkout."""
    if not CSL_SCHEMA.exists():
        pytest.skip("the CSL-JSON schema (../shared/eval/csl-data.json) is not beside the checkout")
    schema = json.loads(CSL_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def test_csv_parses_and_defuses_formulas():
    rows = list(csv.DictReader(io.StringIO(export("csv"))))
    assert list(rows[0]) == list(EXPORT_FIELDS) and len(rows) == 3
    assert rows[1]["quote"] == NASTY and rows[2]["quote"] == "Line one\nline two"
    assert rows[0]["citation"].startswith("Derek N. Benner, Acting EAD for HSI, quoted in")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formats_carry_the_same_fields(fmt):
    text = export(fmt)
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert [list(r) for r in records] == [list(EXPORT_FIELDS)] * 3
    assert records[0]["release_date"] == "2017-03-03" and records[1]["quote"] == NASTY


def test_empty_exports_still_parse():
    for fmt in ("json", "csl-json"):
        assert json.loads(export(fmt, [])) == []
    assert bibtexparser.parse_string(export("bibtex", [])).entries == []


def test_bibtex_parses_with_stable_keys_and_all_fields():
    library = bibtexparser.parse_string(export("bibtex"))
    assert not library.failed_blocks and len(library.entries) == 3
    first, nasty = library.entries[0], library.entries[1]
    assert first.entry_type == "misc" and first.key == entry_key(ROWS[0]) == "benner2017-" + first.key[-8:]
    assert first.key == entry_key(row(quote_id=999))  # the id may change on reload; the key does not
    assert len({e.key for e in library.entries}) == 3
    assert first["year"] == "2017" and first["url"].startswith("https://") and first["howpublished"] == "Press release"
    absent = {"release_date", "speaker_title", "agency", "release_location"}  # empty values are left out
    assert set(EXPORT_FIELDS) - absent <= set(nasty.fields_dict) and not absent & set(nasty.fields_dict)
    assert nasty["quote"] == latex_escape(NASTY) and "\\{braces\\}" in nasty["quote"]


@pytest.mark.parametrize("text, escaped", [("a{b}c", "a\\{b\\}c"), ("100%", "100\\%"), ("x\\y", "x\\textbackslash{}y"),
                                           ("plain", "plain"), ("two\nlines", "two lines")])
def test_latex_escape(text, escaped):
    assert latex_escape(text) == escaped


def test_csl_json_validates_against_the_schema():
    items = json.loads(export("csl-json"))
    csl_validator().validate(items)
    first = items[0]
    assert first["type"] in ("document", "speech") and first["genre"] == "Press release"
    assert first["publisher"] == "U.S. Immigration and Customs Enforcement"
    assert first["issued"] == {"date-parts": [[2017, 3, 3]]} and first["URL"].startswith("https://")
    assert "We remain committed" in first["note"] and list(first["custom"]) == list(EXPORT_FIELDS)
    assert "issued" not in items[1] and "publisher" not in items[1]


def test_csl_schema_rejects_what_it_should():
    bad = csl_item(ROWS[0]) | {"type": "press-release"}
    with pytest.raises(jsonschema.ValidationError):
        csl_validator().validate([bad])


def test_markdown_keeps_one_row_per_quote():
    lines = export("markdown").splitlines()
    assert len(lines) == 5 and all(line.count(" | ") == len(EXPORT_FIELDS) - 1 for line in lines[2:])
    assert "&lt;script>" in lines[3] and "\\| pipe" in lines[3]


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.scripts += tag == "script"


def test_html_parses_escapes_and_needs_no_network():
    page = export("html")
    parser = _Cells()
    parser.feed(page)
    assert parser.tags.count("tr") == 4 and parser.scripts == 1  # header + 3 rows; only our own script
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not any(tag in parser.tags for tag in ("link", "img", "iframe", "object"))
    assert ' src=' not in page and "@import" not in page


def test_html_links_only_web_urls():
    page = export("html", [row(url="javascript:alert(1)"), row(quote_id=2, start=1)])
    assert 'href="javascript' not in page and 'href="https://www.ice.gov/news/releases/hsi"' in page


@pytest.mark.parametrize("style", sorted(STYLES))
def test_citation_styles(style):
    text = citation(ROWS[0], style)
    assert "HSI and partners travel to El Salvador" in text and "Derek N. Benner" in text
    assert citation(ROWS[1], style)  # no date, agency or URL: still a citation


def test_chicago_and_apa_forms():
    assert citation(ROWS[0], "chicago") == (
        'Derek N. Benner, Acting EAD for HSI, quoted in "HSI and partners travel to El Salvador," press release, '
        "U.S. Immigration and Customs Enforcement, New York, March 3, 2017, https://www.ice.gov/news/releases/hsi.")
    assert citation(ROWS[0], "apa") == (
        "U.S. Immigration and Customs Enforcement. (2017, March 3). HSI and partners travel to El Salvador "
        "[Press release]. New York. https://www.ice.gov/news/releases/hsi (Quoting Derek N. Benner, Acting EAD for HSI.)")
    assert "n.d." in citation(ROWS[1], "chicago") and "(n.d.)" in citation(ROWS[1], "apa")


def test_style_reaches_every_format():
    assert "[Press release]" in export("csv", style="apa") and "[Press release]" in export("csl-json", style="apa")


class _Sink(io.TextIOBase):
    def __init__(self):
        self.size = 0

    def write(self, text):
        self.size += len(text)
        return len(text)


def _many(n: int):
    for i in range(n):
        yield row(quote_id=i, start=i, quote=f"Quote number {i} " + "words " * 30)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_writers_stream_without_holding_rows(fmt):
    tracemalloc.start()
    try:
        written = write_rows(_many(20_000), _Sink(), fmt)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == 20_000
    assert peak < 2_000_000, f"{fmt} peaked at {peak} bytes: rows are being held"


def test_examples_export_in_every_format(run_cli, tmp_path):
    assert run_cli("load", EXAMPLES).exit_code == 0
    for fmt in FORMATS:
        target = tmp_path / f"out.{fmt}"
        result = run_cli("export", "--format", fmt, "--output", target)
        assert result.exit_code == 0 and "Wrote 7 quotes" in result.stderr
    assert len(bibtexparser.parse_string((tmp_path / "out.bibtex").read_text()).entries) == 7
    csl_validator().validate(json.loads((tmp_path / "out.csl-json").read_text()))
    assert (tmp_path / "out.html").read_text().count("<tr id=") == 7


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=80), st.text(max_size=40))
def test_any_text_keeps_bibtex_and_csv_parseable(quote, speaker):
    rows = [row(quote=quote, speaker=speaker or None, release_title=speaker or None)]
    library = bibtexparser.parse_string(export("bibtex", rows))
    assert not library.failed_blocks and len(library.entries) == 1
    assert len(list(csv.DictReader(io.StringIO(export("csv", rows))))) == 1
    csl_validator().validate(json.loads(export("csl-json", rows)))


@pytest.mark.parametrize("width", [50, 80, 110, 140, 220])
def test_plain_speaker_table_fits_and_keeps_dates_whole(width):
    from rich.console import Console

    from db.queries import SpeakerLine
    from exports.terminal import speakers_table

    lines = [SpeakerLine(3, "Waldemar Rodriguez", "HSI Deputy Assistant Director", "Homeland Security Investigations",
                         2, 1, date(2014, 3, 11), date(2019, 6, 5))]
    console = Console(width=width, record=True, no_color=True)
    console.print(speakers_table(lines, width, plain=True))
    text = console.export_text()
    assert all(len(line) <= width for line in text.splitlines())
    assert "2014-03-11" in text and "2019-06-05" in text and "Waldemar Rodriguez" in text
    assert {"Homeland", "Security", "Investigations", "Director"} <= set(text.replace(",", " ").split())
