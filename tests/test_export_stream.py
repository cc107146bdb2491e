"""A whole-archive listing merges a quote stream with a release stream: same rows as the join."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from db import queries
from db.queries import QuoteFilter, QuoteRow, iter_quotes
from db.store import store_releases
from loaders.records import ExtractedQuote, ParsedRelease
from tests.test_export_fast_paths import reference_csv

SPEAKERS = ["Jane Roe", "Ann Poe", None, 'Dana "DJ" Jones', "=Formula Name"]


def _archive(factory) -> None:
    """Releases stored out of date order: two share a date, one has none, one has no quotes."""
    items = []
    days = [9, 3, 7, None, 3, 1, 8, 5]
    for number, day in enumerate(days):
        speaker = SPEAKERS[number % len(SPEAKERS)]
        words = [f"Quote {number} one, with a comma", f'Quote {number} "two"', f"Quote {number} three"]
        if number == 6:
            words = []
        body = " ".join(f'"{q}" said someone.' for q in words) or "No quotes here."
        found = [ExtractedQuote(q, body.index(q), body.index(q) + len(q), 0, speaker, speaker,
                                title="Acting EAD" if number % 2 else None,
                                readable_title="Acting Executive Associate Director" if number % 4 == 1 else None,
                                cue="said")
                 for q in words]
        items.append((ParsedRelease(f"r{number}.txt", body, "text", title=f"Release {number}" if number != 2 else None,
                                    published=date(2020, 1, day) if day else None, location="WASHINGTON",
                                    agency="DHS" if number % 2 else "DOJ",
                                    url=f"https://example.gov/{number}" if number % 3 else None), found))
    store_releases(factory, items, "t")


def _joined(session, filters: QuoteFilter) -> list[QuoteRow]:
    """The rows as the single join query returns them (the query every other listing uses)."""
    statement = queries._filtered(queries._base_rows(), filters, session).order_by(*queries._ORDER)
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    return [QuoteRow._make(row) for row in session.execute(statement)]


@pytest.mark.parametrize("filters", [
    QuoteFilter(), QuoteFilter(since=date(2020, 1, 4)), QuoteFilter(until=date(2020, 1, 7)),
    QuoteFilter(agency="dhs"), QuoteFilter(limit=4), QuoteFilter(since=date(2020, 1, 2), agency="doj", limit=5),
])
def test_merged_streams_give_the_joined_rows(session_factory, monkeypatch, filters):
    _archive(session_factory)
    monkeypatch.setattr(queries, "EARLY_LIMIT", 0)  # a limit of 4 takes the merged path too
    monkeypatch.setattr(queries, "STREAM_BATCH", 2)  # several batches, a release split across two
    monkeypatch.setattr(queries, "SPEAKER_NAMES", 2)  # the speaker names are looked up afresh
    with session_factory() as session:
        joined = _joined(session, filters)
        merged = list(iter_quotes(session, filters))
    assert merged == joined and joined
    assert {row.speaker for row in merged} - {None}  # names really were resolved
    if filters == QuoteFilter():
        assert len(merged) == 21 and merged[0].release_date is None  # SQLite sorts undated releases first


def test_quotes_of_a_release_share_its_values(session_factory):
    _archive(session_factory)
    with session_factory() as session:
        rows = list(iter_quotes(session))
    first, second = rows[0], rows[1]
    assert first.source == second.source and first.source is second.source and first.release_title is second.release_title


def test_export_of_the_archive_is_what_csv_writer_writes(session_factory, run_cli, db_path, tmp_path):
    _archive(session_factory)
    with session_factory() as session:
        joined = _joined(session, QuoteFilter())
    for style in ("chicago", "apa"):
        target = tmp_path / f"{style}.csv"
        assert run_cli("export", "--style", style, "--output", target).exit_code == 0
        written = target.read_bytes().decode("utf-8")
        assert written == reference_csv(joined, style)
        cells = list(csv.reader(io.StringIO(written)))
        assert len(cells) == 22 and any(row[2] == "'=Formula Name" for row in cells)


def test_a_reader_stopping_early_leaves_the_session_usable(session_factory):
    from sqlalchemy import func, select

    from db.models import Quote

    _archive(session_factory)
    with session_factory() as session:
        rows = iter_quotes(session)
        assert next(rows).release_date is None
        rows.close()
        assert session.scalar(select(func.count(Quote.id))) == 21
