"""Shared fixtures: every test gets its own SQLite file; no test touches a real database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_database(tmp_path, monkeypatch) -> Path:
    """Point QUOTES_DB at a file in the test's temporary folder."""
    path = tmp_path / "quotes.db"
    monkeypatch.setenv("QUOTES_DB", str(path))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    return path


@pytest.fixture
def db_path(isolated_database) -> Path:
    return isolated_database


@pytest.fixture
def session_factory(db_path):
    """A session factory over a migrated temporary SQLite file."""
    from db.engine import open_database

    engine, factory = open_database(str(db_path))
    yield factory
    engine.dispose()


@pytest.fixture
def run_cli():
    """Run the real ``quotes`` entry point; returns the Result (stdout and stderr apart)."""
    from cli import app

    runner = CliRunner()

    def invoke(*args: str, **kwargs):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return invoke


def pytest_report_header(config):
    return f"QUOTES_TEST_PG_URL={os.environ.get('QUOTES_TEST_PG_URL', '(default 127.0.0.1:5432/test)')}"
