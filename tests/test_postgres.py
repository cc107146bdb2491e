"""The same migrations, loads and queries against a real PostgreSQL server, when one answers."""

import json
import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import EXAMPLES

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
