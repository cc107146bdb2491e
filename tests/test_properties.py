"""Properties over generated input (hypothesis): reading and extraction never crash, stored
offsets point at the quote in the stored text, and loading twice equals loading once."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st
from sqlalchemy import select

from db.engine import open_database
from db.models import Quote, Release, Speaker
from db.store import store_release
from loaders.errors import LoadError
from loaders.extract import EXTRACTOR_VERSION, extract_quotes
from loaders.files import decode
from loaders.html_format import parse_html
from loaders.json_format import parse_json_document, parse_jsonl
from loaders.records import ParsedRelease
from loaders.text_format import parse_text

# Pieces press releases are made of, so generated text often holds quotes and attributions.
FRAGMENTS = ['"', "“", "”", "'", "‘", "’", "«", "»", "``", "''", " said ", " says ", ", according to ",
             "Director ", "Secretary ", "Jane Roe", "J. Doe", "Mr. Smith", " he ", " she ", "—", " - ", "\n",
             "\n\n", ".", ",", ":", ";", "?", "!", "(", ")", "[", "]", " We will ", " act now", "U.S. ",
             "HSI ", "\t", "\r\n", "\u00a0", "…", "  "]
release_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map("".join)
any_text = st.one_of(st.text(), release_like)
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@settings(max_examples=500, deadline=None)
@given(any_text)
def test_extraction_never_raises(text):
    for quote in extract_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)


@pytest.fixture(scope="module")
def migrated_template(tmp_path_factory) -> Path:
    """One migrated SQLite file; each example copies it instead of migrating again."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine, _ = open_database(str(path))
    engine.dispose()
    return path


def fresh_database(template: Path, folder: str):
    path = Path(folder) / "q.db"
    shutil.copy(template, path)
    return open_database(str(path), migrate=False)


def dump(factory) -> tuple:
    """Everything a load stores, without ids or timestamps."""
    with factory() as session:
        releases = session.execute(select(Release.source, Release.content_hash, Release.text,
                                          Release.extractor_version).order_by(Release.source)).all()
        quotes = session.execute(
            select(Release.source, Quote.text, Quote.start, Quote.end, Quote.paragraph, Speaker.name)
            .join(Release, Release.id == Quote.release_id).outerjoin(Speaker, Speaker.id == Quote.speaker_id)
            .order_by(Release.source, Quote.start, Quote.end)).all()
    return [tuple(r) for r in releases], [tuple(q) for q in quotes]


# Extraction broke ``text[start:end] == quote`` in two ways:
# 1. fixed: an unclosed quote mark followed by a space kept its start while the quote was stripped
#    (found by hypothesis: ``'"\n\n“\r0:0\'0:0'``); one-paragraph spans are now trimmed too;
# 2. a quote continued over paragraphs (no closing mark, new paragraph opens with one): the span
#    covers the run, the quote joins the pieces with spaces (documented in loaders/records.py).
@settings(max_examples=300, deadline=None)
@example("Title\n\"\n\n“\r0:0'0:0")
@given(release_like.map(lambda body: "Title\n" + body))
def test_every_quote_offset_points_at_the_quote(raw):
    text = parse_text(raw, "r.txt").text
    for quote in extract_quotes(text):
        if "\n" not in text[quote.start:quote.end]:  # one paragraph; (2) is the xfail below
            assert text[quote.start:quote.end] == quote.quote


# The strict xfail turns into a failure as soon as multi-paragraph offsets change, telling
# whoever changes them to drop the marker.
@pytest.mark.xfail(strict=True, reason="multi-paragraph quotes keep the run's span and a joined quote")
def test_multi_paragraph_quote_offsets_join_pieces():
    text = parse_text('Title\nDirector Jane Roe said: "We will act now against every gang.\n\n'
                      '"And we will keep going until the job is done," she said.', "r.txt").text
    for quote in extract_quotes(text):
        assert text[quote.start:quote.end] == quote.quote


@PROPERTY_SETTINGS
@given(st.lists(release_like, min_size=1, max_size=4))
def test_storage_keeps_the_text_and_offsets_extraction_gave(migrated_template, bodies):
    """The stored text is the text extraction ran on, and stored quotes keep their offsets, so
    whatever holds for ``extract_quotes`` holds in the database."""
    with tempfile.TemporaryDirectory() as folder:
        engine, factory = fresh_database(migrated_template, folder)
        try:
            expected = {}
            for number, body in enumerate(bodies):
                release = parse_text(f"Title {number}\n{body}", f"r{number}.txt")
                quotes = extract_quotes(release.text)
                if store_release(factory, release, quotes, EXTRACTOR_VERSION).status == "new":
                    expected[release.source] = (release.text, sorted((q.quote, q.start, q.end) for q in quotes))
            with factory() as session:
                for row in session.scalars(select(Release)):
                    stored = sorted((q.text, q.start, q.end) for q in row.quotes)
                    assert (row.text, stored) == expected[row.source]
        finally:
            engine.dispose()


@PROPERTY_SETTINGS
@given(st.lists(release_like, min_size=1, max_size=4))
def test_loading_twice_equals_loading_once(migrated_template, bodies):
    releases = [parse_text(f"Title {n}\n{body}", f"r{n % 3}.txt") for n, body in enumerate(bodies)]
    with tempfile.TemporaryDirectory() as folder:
        engine, factory = fresh_database(migrated_template, folder)
        try:
            for release in releases:
                store_release(factory, release, extract_quotes(release.text), EXTRACTOR_VERSION)
            once = dump(factory)
            outcomes = [store_release(factory, release, extract_quotes(release.text), EXTRACTOR_VERSION)
                        for release in releases[-3:]]  # the last version of each source again
            assert dump(factory) == once
            assert {outcome.status for outcome in outcomes} == {"unchanged"}
        finally:
            engine.dispose()


HTML_PIECES = ["<p>", "</p>", "<div>", "<br>", "<script>", "<!--", "-->", "<html>", "<body>", "<h1>", "&amp;",
               "&#0;", "&#xD800;", "<![CDATA[", "<?xml version='1.0' encoding='utf-8'?>", "<meta charset='x'>",
               "<title>", "<article>", '"', "“", " said "]
html_like = st.lists(st.one_of(st.sampled_from(HTML_PIECES), st.text(max_size=8)), max_size=40).map("".join)
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["text", "body", "title", "date", "url", "releases", "agency"]), inner, max_size=4),
).map(json.dumps)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), html_like, json_like)
def test_reading_any_input_fails_only_with_a_load_error(data, html, document):
    """Whatever a file holds, the loaders either read it or say why (LoadError), never crash."""
    steps = [lambda: decode(data), lambda: parse_html(html, "x.html"),
             lambda: list(parse_json_document(document, "x.json")), lambda: list(parse_jsonl(document, "x.jsonl"))]
    for step in steps:
        try:
            result = step()
        except LoadError:
            continue
        for item in result if isinstance(result, list) else []:
            if isinstance(item, ParsedRelease):
                extract_quotes(item.text)
