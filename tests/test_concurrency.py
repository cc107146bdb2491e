"""Two ``quotes load`` processes on one SQLite file (or PostgreSQL schema) both finish and lose
nothing; a lock held too long is one clear line on stderr, not a traceback."""

from __future__ import annotations

import re
import sqlite3
import time

import pytest

from tests.test_atomic import assert_no_half_release, release_text, start_load, summary
from tests.test_postgres import _server_answers, pg_url  # noqa: F401  (the fixture, reused)


def write_releases(folder, numbers) -> None:
    folder.mkdir()
    for i in numbers:
        (folder / f"r{i:04d}.txt").write_text(release_text(i), encoding="utf-8")


def test_two_loads_on_one_new_sqlite_file_both_finish_and_lose_nothing(tmp_path):
    only_a, shared, only_b = tmp_path / "a", tmp_path / "shared", tmp_path / "b"
    write_releases(only_a, range(0, 60))
    write_releases(shared, range(60, 120))
    write_releases(only_b, range(120, 180))
    db = tmp_path / "q.db"  # new: both processes also race to create the schema
    first, second = start_load(db, only_a, shared), start_load(db, shared, only_b)
    (out_a, err_a), (out_b, err_b) = first.communicate(timeout=120), second.communicate(timeout=120)
    assert (first.returncode, second.returncode, err_a + err_b) == (0, 0, "")
    assert summary(out_a, "releases new") + summary(out_b, "releases new") == 180
    assert summary(out_a, "releases unchanged") + summary(out_b, "releases unchanged") == 60
    assert summary(out_a, "quotes added") + summary(out_b, "quotes added") == 540
    assert assert_no_half_release(db) == 180


@pytest.mark.parametrize("state", ["loaded", "new"])
def test_a_database_locked_too_long_is_one_clear_line(run_cli, tmp_path, monkeypatch, state):
    db = tmp_path / "q.db"
    write_releases(tmp_path / "archive", [1])
    if state == "loaded":
        assert run_cli("--db", db, "load", tmp_path / "archive").exit_code == 0
        (tmp_path / "archive" / "r0002.txt").write_text(release_text(2), encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setenv("QUOTES_BUSY_TIMEOUT", "0.3")
    started = time.monotonic()
    try:
        result = run_cli("--db", db, "load", tmp_path / "archive")
    finally:
        holder.rollback()
        holder.close()
    assert time.monotonic() - started < 10
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert re.fullmatch(
        rf"error: database sqlite:///{re.escape(str(db))} is locked: another program kept writing to it for over "
        r"0\.3 s; try again when it finishes, or set QUOTES_BUSY_TIMEOUT to wait longer\n", result.stderr)
    monkeypatch.delenv("QUOTES_BUSY_TIMEOUT")
    assert run_cli("--db", db, "load", tmp_path / "archive").exit_code == 0  # and it loads once free


def test_busy_timeout_must_be_a_number(run_cli, monkeypatch):
    monkeypatch.setenv("QUOTES_BUSY_TIMEOUT", "soon")
    result = run_cli("stats")
    assert result.exit_code == 1
    assert result.stderr == "error: QUOTES_BUSY_TIMEOUT must be a number of seconds, not 'soon'\n"



@pytest.mark.skipif(not _server_answers(), reason="no PostgreSQL server answers")
def test_two_loads_on_one_new_postgres_schema_both_finish_and_lose_nothing(tmp_path, pg_url):  # noqa: F811
    from sqlalchemy import create_engine, text

    only_a, shared, only_b = tmp_path / "a", tmp_path / "shared", tmp_path / "b"
    write_releases(only_a, range(0, 30))
    write_releases(shared, range(30, 70))
    write_releases(only_b, range(70, 100))
    first, second = start_load(pg_url, only_a, shared), start_load(pg_url, shared, only_b)
    (out_a, err_a), (out_b, err_b) = first.communicate(timeout=120), second.communicate(timeout=120)
    assert (first.returncode, second.returncode, err_a + err_b) == (0, 0, "")
    assert summary(out_a, "releases new") + summary(out_b, "releases new") == 100
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM releases")).scalar() == 100
        assert connection.execute(text("SELECT count(*) FROM quotes")).scalar() == 300
    engine.dispose()
