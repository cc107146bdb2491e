"""The same migrations, loads and queries against a real PostgreSQL server, when one answers."""

import json
import os
import subprocess
import sys
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from db.models import Base
from tests.conftest import EXAMPLES, ROOT

PG_URL = os.environ.get("QUOTES_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _server_answers() -> bool:
    try:
        import psycopg  # noqa: F401
        engine = create_engine(PG_URL, connect_args={"connect_timeout": 2})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:
        return False


pytestmark = pytest.mark.skipif(not _server_answers(), reason=f"no PostgreSQL server answers at {PG_URL}")


@pytest.fixture
def pg_url():
    """A fresh schema on the test server, dropped afterwards, as a URL the CLI accepts."""
    schema = f"pq_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def test_load_list_and_reload_on_postgres(run_cli, pg_url):
    first = run_cli("--db", pg_url, "load", EXAMPLES)
    assert first.exit_code == 0, first.output
    rows = json.loads(run_cli("--db", pg_url, "list", "--format", "json").stdout)
    assert len(rows) == 7
    assert {r["speaker"] for r in rows} == {"Derek N. Benner", "Jean Manes", "Waldemar Rodriguez", "Laura Dogu"}
    run_cli("--db", pg_url, "load", EXAMPLES)
    assert len(json.loads(run_cli("--db", pg_url, "list", "--format", "json").stdout)) == 7
    assert "current:" in run_cli("--db", pg_url, "db", "current").stdout


def test_whole_listing_merges_to_the_joined_rows_on_postgres(run_cli, pg_url, monkeypatch):
    from db import queries
    from db.engine import open_database
    from db.queries import QuoteFilter, iter_quotes
    from tests.test_export_stream import _joined

    run_cli("--db", pg_url, "load", EXAMPLES)
    monkeypatch.setattr(queries, "STREAM_BATCH", 3)
    engine, factory = open_database(pg_url)
    with factory() as session:
        merged = list(iter_quotes(session))
        assert merged == _joined(session, QuoteFilter()) and len(merged) == 7
    engine.dispose()


@pytest.mark.parametrize("filters", [
    dict(speaker="poe", limit=2), dict(speaker="poe", limit=6), dict(speaker="roe", limit=30),
    dict(search="rare", limit=2), dict(search="the", limit=5), dict(search='"the border"', speaker="roe", limit=3),
])
def test_growing_windows_of_oldest_releases_give_the_whole_querys_first_rows_on_postgres(pg_url, monkeypatch, filters):
    """Each window of oldest releases tried (EARLY_WINDOWS for a speaker, EARLY_RELEASES for a text
    search) is a prefix of the sort order: the rows are the whole query's first ones, whichever
    window holds them."""
    from db import queries
    from db.engine import open_database
    from db.queries import QuoteFilter, iter_quotes
    from tests.test_search import _dated_archive

    engine, factory = open_database(pg_url)
    _dated_archive(factory)
    with factory() as session:
        whole = [(r.source, r.quote) for r in iter_quotes(session, QuoteFilter(**{**filters, "limit": None}))]
    monkeypatch.setattr(queries, "EARLY_WINDOWS", {"postgresql": (2, 5)})  # (a text search: EARLY_RELEASES alone)
    monkeypatch.setattr(queries, "EARLY_RELEASES", 5)
    with factory() as session:
        assert [(r.source, r.quote) for r in iter_quotes(session, QuoteFilter(**filters))] == whole[:filters["limit"]]
    assert whole
    engine.dispose()


def _engine(url: str):
    from db import engine as database

    return database.make_engine(database.resolve_url(url))


def test_migrations_down_and_up_on_postgres(pg_url):
    from db import engine as database

    engine = _engine(pg_url)
    database.upgrade(engine)
    assert database.current_revision(engine) == database.head_revision()
    indexes = {ix["name"] for ix in inspect(engine).get_indexes("quotes")}
    assert "ix_quotes_text_search" in indexes
    database.downgrade(engine, "0001")
    assert "ix_quotes_text_search" not in {ix["name"] for ix in inspect(engine).get_indexes("quotes")}
    assert "text_search" not in {column["name"] for column in inspect(engine).get_columns("quotes")}
    database.downgrade(engine, "base")
    assert "quotes" not in inspect(engine).get_table_names()
    database.upgrade(engine)
    assert database.current_revision(engine) == database.head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": database.schema_object_included})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_full_text_search_on_postgres(run_cli, pg_url):
    run_cli("--db", pg_url, "load", EXAMPLES)

    def speakers(query: str) -> set[str]:
        result = run_cli("--db", pg_url, "list", "--search", query, "--format", "json")
        assert result.exit_code == 0, result.output
        return {row["speaker"] for row in json.loads(result.stdout)}

    assert speakers("BILATERAL") == {"Derek N. Benner"}
    assert speakers('"combat gangs"') == {"Waldemar Rodriguez", "Laura Dogu"}
    assert speakers('"gangs combat"') == set()
    assert speakers("bilat*") == {"Derek N. Benner"}
    for odd in ('"', "!", "a:b & | <->", "'); drop table quotes; --", "NEAR(x y)"):
        assert isinstance(speakers(odd), set)


def _copies(folder, count: int):
    """``count`` distinct releases sharing the examples' speakers: the worst case for races."""
    folder.mkdir()
    sources = sorted(EXAMPLES.glob("*.txt"))
    for index in range(count):
        original = sources[index % len(sources)].read_text(encoding="utf-8")
        (folder / f"r{index:03}.txt").write_text(f"{original}\n\nRelease number {index}.\n", encoding="utf-8")
    return folder


def test_concurrent_loads_with_workers_on_postgres(pg_url, tmp_path):
    folder = _copies(tmp_path / "releases", 40)
    command = [sys.executable, "-c", "import cli; cli.main()", "--db", pg_url, "load", str(folder), "--workers", "2"]
    loads = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for load in loads:
        stdout, stderr = load.communicate(timeout=300)
        assert load.returncode == 0, stderr
    engine = _engine(pg_url)
    with engine.connect() as connection:
        assert connection.scalar(text("select count(*) from releases")) == 40
        assert connection.scalar(text("select count(*) from quotes")) == 20 * 7
        assert connection.scalar(text("select count(*) from speakers")) == 4
        assert connection.scalar(text("select count(*) from (select source from releases group by source "
                                      "having count(*) > 1) as twice")) == 0
    engine.dispose()
