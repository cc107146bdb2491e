"""Each input format read into releases: title, date, dateline, agency and clean text."""

import json
from datetime import date

import pytest

from loaders.errors import LoadError
from loaders.files import SourceFile, decode_bytes, iter_sources, read_releases
from tests.conftest import EXAMPLES


def read_one(path, kind):
    (release,) = list(read_releases(SourceFile(str(path), kind)))
    return release


def test_plain_text_first_line_is_the_title():
    release = read_one(EXAMPLES / "hsi-el-salvador-ms13-coordination.txt", "text")
    assert release.title.startswith("HSI and local partners travel to El Salvador")
    assert release.location == "New York"
    assert release.text.startswith("NEW YORK — ICE Homeland Security Investigations")
    assert "\n\n" in release.text


def test_plain_text_saved_without_its_headline_keeps_the_first_paragraph(tmp_path):
    path = tmp_path / "no-title.txt"
    path.write_text('WASHINGTON — "We will secure the border," said Secretary Jane Roe.\nThe rest follows.\n')
    release = read_one(path, "text")
    assert release.title is None
    assert release.location == "Washington"
    assert release.text.startswith('WASHINGTON — "We will secure the border,"')


def test_release_header_lines_are_neither_title_nor_body(tmp_path):
    path = tmp_path / "ice-2006.txt"
    path.write_text("News Release\nMarch 3, 2006\nContact: ICE Public Affairs\n(202) 514-2648\n\n"
                    "ICE Arrests 100 in Worksite Enforcement Operation\n\n"
                    "WASHINGTON, D.C. - ICE arrested 100 workers today.\n\n# # #\n")
    release = read_one(path, "text")
    assert release.title == "ICE Arrests 100 in Worksite Enforcement Operation"
    assert release.published == date(2006, 3, 3)
    assert release.location == "Washington, D.C."
    assert release.text.startswith("WASHINGTON, D.C. - ICE arrested")


def test_scraped_page_drops_navigation_and_reads_the_date_line():
    release = read_one(EXAMPLES / "ice-mexico-city-anti-gang-conference-2014.txt", "text")
    assert release.title == "ICE participates in second annual international anti-gang conference and training in Mexico City"
    assert release.published == date(2014, 3, 11)
    assert release.extra == {"topic": "Transnational Gangs"}
    assert "Skip to main content" not in release.text
    assert not release.text.rstrip().endswith("Updated:")


def test_html_fragment_with_manifest(tmp_path):
    (tmp_path / "MANIFEST.tsv").write_text(
        "file\torigin\tagency\tdate\ttitle\nr1.html\tx; https://example.gov/r1\tDOJ\t2009-02-03\tA Title\n")
    (tmp_path / "r1.html").write_text(
        "<p>WASHINGTON<strong> - </strong>The Justice Department said today.</p>"
        "<p>&ldquo;We act,&rdquo; said Attorney General Jane Roe.</p><script>alert(1)</script>")
    release = read_one(tmp_path / "r1.html", "html")
    assert (release.title, release.published, release.agency, release.location) == \
        ("A Title", date(2009, 2, 3), "DOJ", "Washington")
    assert release.url == "https://example.gov/r1"
    assert release.text == "WASHINGTON - The Justice Department said today.\n\n“We act,” said Attorney General Jane Roe."


def test_full_html_page_uses_article_and_meta(tmp_path):
    page = tmp_path / "page.htm"
    page.write_text(
        "<html><head><title>Site | Release</title><meta property='og:title' content='Release Title'>"
        "<meta name='date' content='2020-05-06'></head><body><nav>Home News</nav>"
        "<article><h1>Release Title</h1><p>EL PASO, Texas — Agents met.</p></article>"
        "<footer>Contact us</footer></body></html>")
    release = read_one(page, "html")
    assert release.title == "Release Title"
    assert release.published == date(2020, 5, 6)
    assert release.location == "El Paso, Texas"
    assert release.text == "EL PASO, Texas — Agents met."


def test_jsonl_reads_each_line_and_reports_a_broken_one(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join([
        json.dumps({"title": "One", "text": "“Hi there friends,” said Jane Roe.", "date": "2021-01-02"}),
        "{broken",
        json.dumps({"title": "Two", "body": "<p>“Yes indeed,” said John Doe.</p>", "url": "https://x.gov/2"}),
    ]))
    items = list(read_releases(SourceFile(str(path), "jsonl")))
    assert [type(i).__name__ for i in items] == ["ParsedRelease", "LoadError", "ParsedRelease"]
    assert "line 2" in str(items[1])
    assert items[0].published == date(2021, 1, 2)
    assert items[0].source.endswith("r.jsonl#1")
    assert items[2].source == "https://x.gov/2"
    assert items[2].text == "“Yes indeed,” said John Doe."


def test_json_that_is_not_a_release(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"hello": "world"}))
    (item,) = list(read_releases(SourceFile(str(path), "json")))
    assert isinstance(item, LoadError)
    assert "no 'text' or 'body'" in str(item)


def test_folder_walk_skips_other_types(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nBody.")
    (tmp_path / "README.md").write_text("# readme")
    (tmp_path / "MANIFEST.tsv").write_text("file\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    kinds = {s.path.split("/")[-1]: s.kind for s in iter_sources([str(tmp_path), str(tmp_path / "gone.txt")])}
    assert kinds == {"a.txt": "text", "README.md": "skipped", "MANIFEST.tsv": "skipped", "b.html": "html",
                     "gone.txt": "missing"}


@pytest.mark.parametrize("data, expected", [
    ("“curly” in utf-8".encode("utf-8"), "“curly” in utf-8"),
    (b"\xef\xbb\xbfBOM", "BOM"),
    (b"\x93Windows\x94 quotes", "“Windows” quotes"),
    (b"caf\xe9", "café"),
])
def test_decode_bytes(data, expected):
    assert decode_bytes(data) == expected


def test_binary_is_refused():
    with pytest.raises(LoadError, match="binary"):
        decode_bytes(b"\x00\x01\x02PK\x03\x04")


def test_navigation_lines_are_found_without_lower_casing_long_lines():
    """text_format._navigation_line skips lower-casing a long line: that holds because no
    character lower-cases to nothing or to a colon."""
    import sys

    from loaders.text_format import _navigation_line

    lowered = [chr(code).lower() for code in range(sys.maxunicode + 1)]
    assert all(lowered) and not any(":" in low for code, low in enumerate(lowered) if chr(code) != ":")
    assert _navigation_line("  Skip to main content:: ") and _navigation_line("SKIP TO MAIN CONTENT")
    assert not _navigation_line("Skip to main content of the release, which is long enough to be body text")
