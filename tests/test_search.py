"""Full-text search: the query parser, the FTS index kept in step with writes, and the CLI."""

import json
from datetime import date

import pytest
from sqlalchemy import text

from db.queries import QuoteFilter, SearchTerm, fts5_query, iter_quotes, parse_search, tsquery
from db.store import save_release
from loaders.records import ExtractedQuote, ParsedRelease
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("query, expected", [
    ("bilateral", [SearchTerm(("bilateral",))]),
    ("Gang VIOLENCE", [SearchTerm(("gang",)), SearchTerm(("violence",))]),
    ('"strong partnership"', [SearchTerm(("strong", "partnership"))]),
    ("“strong partnership”", [SearchTerm(("strong", "partnership"))]),
    ('partner* "el salvador"', [SearchTerm(("partner",), prefix=True), SearchTerm(("el", "salvador"))]),
    ('"unclosed phrase', [SearchTerm(("unclosed", "phrase"))]),
    ("U.S.", [SearchTerm(("u", "s"))]),
    ('NEAR(a b) OR -c ^d :e', [SearchTerm(("near", "a")), SearchTerm(("b",)), SearchTerm(("or",)),
                               SearchTerm(("c",)), SearchTerm(("d",)), SearchTerm(("e",))]),
    ('"" * -- ()', []),
])
def test_parse_search(query, expected):
    assert parse_search(query) == expected


def test_queries_quote_every_term():
    terms = parse_search('partner* "el salvador" x')
    assert fts5_query(terms) == '"partner"* "el salvador" "x"'
    assert tsquery(terms) == "(partner:*) & (el <-> salvador) & (x)"


def _release(source: str, *quotes: str) -> tuple[ParsedRelease, list[ExtractedQuote]]:
    body = " ".join(f'"{q}," said Director Jane Roe.' for q in quotes)
    found, at = [], 0
    for q in quotes:
        at = body.index(q, at)
        found.append(ExtractedQuote(q, at, at + len(q), 0, "Jane Roe", "Director Jane Roe", "Director"))
    return ParsedRelease(source, body, "text", title=source), found


def _search(factory, query: str) -> list[str]:
    with factory() as session:
        return [row.quote for row in iter_quotes(session, QuoteFilter(search=query))]


def test_index_follows_inserts_updates_and_deletes(session_factory):
    with session_factory.begin() as session:
        save_release(session, *_release("a.txt", "We will protect the border today", "Crime fell sharply"), "t")
    assert _search(session_factory, "border") == ["We will protect the border today"]
    assert _search(session_factory, '"the border"') == ["We will protect the border today"]
    assert _search(session_factory, '"border the"') == []
    assert _search(session_factory, "cri*") == ["Crime fell sharply"]
    with session_factory.begin() as session:  # the file changed: its quotes are replaced
        save_release(session, *_release("a.txt", "Crime rose at the border"), "t")
    assert _search(session_factory, "border") == ["Crime rose at the border"]
    assert _search(session_factory, "protect") == []
    with session_factory.begin() as session:
        session.execute(text("DELETE FROM releases"))
    assert _search(session_factory, "crime") == []


@pytest.mark.parametrize("query", ['"', '"""', "AND", "NEAR(", "*", "-x", "a:b", "'; drop table quotes; --", "^"])
def test_odd_searches_never_crash(session_factory, query):
    with session_factory.begin() as session:
        save_release(session, *_release("a.txt", "Nothing odd here at all"), "t")
    assert isinstance(_search(session_factory, query), list)


def test_search_from_the_cli(run_cli):
    run_cli("load", EXAMPLES)
    assert [r["speaker"] for r in json.loads(run_cli("list", "--search", "BILATERAL", "--format", "json").stdout)] \
        == ["Derek N. Benner"]
    phrase = json.loads(run_cli("list", "--search", '"combat gangs"', "--format", "json").stdout)
    assert phrase and all("combat gangs" in r["quote"].lower() for r in phrase)
    assert run_cli("list", "--search", '"gangs combat"', "--format", "json").stdout.strip() == "[]"
    assert run_cli("export", "--search", "bilateral", "--format", "jsonl").stdout.count("\n") == 1


def test_speaker_filter_by_ids_or_subquery_agree(run_cli, session_factory, monkeypatch):
    from db import queries

    run_cli("load", EXAMPLES)

    def speakers(fragment: str) -> list[str | None]:
        with session_factory() as session:
            return [row.speaker for row in iter_quotes(session, QuoteFilter(speaker=fragment))]

    by_ids = speakers("e")  # several speakers match
    monkeypatch.setattr(queries, "MAX_SPEAKER_IDS", 1)
    assert speakers("e") == by_ids and len(set(by_ids)) > 1


@pytest.mark.parametrize("filters", [
    QuoteFilter(speaker="roe", limit=3), QuoteFilter(speaker="roe", limit=20), QuoteFilter(speaker="poe", limit=2),
    QuoteFilter(search="border", limit=4), QuoteFilter(search="rare", limit=1), QuoteFilter(search="border", limit=50),
    QuoteFilter(speaker="roe", search="border", since=date(2020, 1, 5), limit=2),
    QuoteFilter(search="border", agency="dhs", limit=2), QuoteFilter(speaker="roe", until=date(2020, 1, 3), limit=2),
])
def test_a_limited_query_looks_at_the_oldest_releases_first_and_gets_the_same_answer(session_factory, monkeypatch, filters):
    from datetime import timedelta

    from db import queries
    from db.store import store_releases

    items = []
    for day in (9, 3, 7, 1, 5, 2, 8, 4, 6, 10):  # stored out of date order; two releases per date
        for copy in range(2):
            speaker = "Jane Roe" if (day + copy) % 3 else "Ann Poe"
            words = ["We guard the border", "Crime fell", "A rare word" if day == 8 else "Border work goes on"]
            body = " ".join(f'"{q}," said {speaker}.' for q in words)
            found = [ExtractedQuote(q, body.index(q), body.index(q) + len(q), 0, speaker, speaker) for q in words]
            items.append((ParsedRelease(f"r{day}-{copy}.txt", body, "text", title=f"r{day}",
                                        published=date(2020, 1, 1) + timedelta(days=day - 1),
                                        agency="DHS" if copy else "DOJ"), found))
    store_releases(session_factory, items, "t")
    with session_factory() as session:
        whole = [(r.source, r.quote) for r in iter_quotes(session, QuoteFilter(
            filters.speaker, filters.search, filters.since, filters.until, filters.agency))][:filters.limit]
    monkeypatch.setattr(queries, "EARLY_RELEASES", 3)
    with session_factory() as session:
        assert [(r.source, r.quote) for r in iter_quotes(session, filters)] == whole
    assert whole


def test_id_ranges_are_runs_of_consecutive_ids():
    from db.queries import _id_ranges

    assert _id_ranges([7, 1, 3, 2, 9, 10]) == [(1, 3), (7, 7), (9, 10)]
    assert _id_ranges([]) == []


def _dated_archive(factory, releases: int = 12):
    """Releases stored out of date order, each with a common word, some a rarer one; ids interleave."""
    from datetime import timedelta

    from db.store import store_releases

    items = []
    for number in range(releases):
        day = (number * 5) % releases  # out of date order
        speaker = "Jane Roe" if number % 3 else "Ann Poe"
        words = [f"The border {number}", f"Crime fell {number}", "A rare word" if number % 4 == 1 else f"The end {number}"]
        body = " ".join(f'"{q}," said {speaker}.' for q in words)
        found = [ExtractedQuote(q, body.index(q), body.index(q) + len(q), 0, speaker, speaker) for q in words]
        items.append((ParsedRelease(f"r{number:02}.txt", body, "text", title=f"r{number}",
                                    published=date(2020, 1, 1) + timedelta(days=day) if number != 4 else None,
                                    agency="DHS" if number % 2 else "DOJ"), found))
    store_releases(factory, items, "t")
    # Replace one release's quotes so its ids are no longer consecutive, nor next to its neighbours'.
    with factory.begin() as session:
        save_release(session, items[2][0], items[2][1][:1] + [ExtractedQuote("The late one", 0, 3, 0, "Ann Poe", "Ann Poe")], "t")


@pytest.mark.parametrize("filters", [
    QuoteFilter(search="the", limit=2), QuoteFilter(search="the", limit=7), QuoteFilter(search="the", limit=40),
    QuoteFilter(search="rare", limit=2), QuoteFilter(search="rare", limit=5), QuoteFilter(search='"the border"', limit=3),
    QuoteFilter(search="the", speaker="poe", limit=3), QuoteFilter(search="the", since=date(2020, 1, 6), limit=4),
    QuoteFilter(search="the", agency="dhs", limit=5), QuoteFilter(search="nothing", limit=3),
])
@pytest.mark.parametrize("prefix, seconds", [(3, 10.0), (100, 10.0), (100, 0.0), (5, 0.0)])
def test_probing_the_oldest_releases_gives_the_whole_querys_first_rows(session_factory, monkeypatch, filters, prefix,
                                                                       seconds):
    """Whichever way the probe ends (found, all probed, too rare, too slow), the rows are the same."""
    from dataclasses import replace

    from db import queries

    _dated_archive(session_factory)
    with session_factory() as session:
        whole = [(r.source, r.quote) for r in iter_quotes(session, replace(filters, limit=None))][:filters.limit]
    monkeypatch.setattr(queries, "PROBE_FIRST", 1)
    monkeypatch.setattr(queries, "EARLY_RELEASES", prefix)
    monkeypatch.setattr(queries, "PROBE_SECONDS", seconds)
    monkeypatch.setattr(queries, "LISTED_MATCH_SECONDS", seconds)
    with session_factory() as session:
        assert [(r.source, r.quote) for r in iter_quotes(session, filters)] == whole
    assert whole or filters.search == "nothing"


def test_a_common_word_is_answered_from_the_oldest_releases(session_factory, monkeypatch):
    from db import queries

    _dated_archive(session_factory)
    monkeypatch.setattr(queries, "PROBE_FIRST", 2)
    answers = []
    probe = queries._oldest_matches
    monkeypatch.setattr(queries, "_oldest_matches", lambda *a: answers.append(probe(*a)) or answers[-1])
    with session_factory() as session:
        rows = list(iter_quotes(session, QuoteFilter(search="the", limit=2)))
    assert [r.release_date for r in rows] == [None, None]  # the undated release sorts first on SQLite
    assert answers[0][0] is not None and len(answers[0][0]) == 2


@pytest.mark.parametrize("query", ["the", "rare", '"the border"', "bord*", "nothing", "!!"])
def test_counting_a_search_alone_agrees_with_the_join(session_factory, query):
    from sqlalchemy import func, select

    from db import queries
    from db.models import Quote, Release
    from db.queries import count_quotes

    _dated_archive(session_factory)
    with session_factory() as session:
        joined = select(func.count(Quote.id)).select_from(Quote).join(Release, Quote.release_id == Release.id)
        expected = session.scalar(queries._filtered(joined, QuoteFilter(search=query), session))
        assert count_quotes(session, QuoteFilter(search=query)) == expected
        assert count_quotes(session, QuoteFilter(search=query, agency="dh")) <= expected
    assert query != "the" or expected == 21
