"""A load killed at any point leaves no half release, and running it again completes it.

Also: the same content again adds nothing; changed content at the same source replaces
that release's quotes and is counted as updated.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loaders.extract import extract_quotes
from tests.conftest import ROOT

RELEASES = 600
"""Enough that a load is still running when the test interrupts it, however fast loading gets."""


def release_text(i: int) -> str:
    word = "".join(string.ascii_lowercase[int(c)] for c in str(i)).title()
    return (f"Release {i}\nWASHINGTON — The agency announced case {word}.\n\n"
            f'"We will finish the {word} case this year," said Director Jane {word}.\n\n'
            '"It matters to every family here," she said.\n\n'
            '"Nobody is above the law," said Deputy Chief Al Kim.\n')


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for i in range(RELEASES):
        (folder / f"r{i:04d}.txt").write_text(release_text(i), encoding="utf-8")
    return folder


def start_load(db: Path, *paths: Path, workers: int = 1) -> subprocess.Popen:
    """``quotes load`` in its own process group, so a signal can reach it and its workers as Ctrl-C does.

    SIGINT is set back to its default in the child: a suite started in the background by a
    non-interactive shell (``.ci/run &``) inherits SIGINT ignored, and the load would finish."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
    return subprocess.Popen([sys.executable, "-m", "cli", "--db", str(db), "load", "--workers", str(workers),
                             *map(str, paths)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def stored_releases(db: Path) -> int:
    try:
        with sqlite3.connect(db) as connection:
            return connection.execute("SELECT count(*) FROM releases").fetchone()[0]
    except sqlite3.OperationalError:  # not migrated yet
        return 0


def wait_for_some_releases(process: subprocess.Popen, db: Path, at_least: int = 20) -> None:
    deadline = time.monotonic() + 60
    while stored_releases(db) < at_least:
        assert process.poll() is None, "the load finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def assert_no_half_release(db: Path) -> int:
    """Every stored release has exactly the quotes a fresh extraction of its stored text finds."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        releases = connection.execute("SELECT id, text FROM releases").fetchall()
        stored = dict(connection.execute("SELECT release_id, count(*) FROM quotes GROUP BY release_id").fetchall())
    for release_id, text in releases:
        assert stored.get(release_id, 0) == len(extract_quotes(text)) == 3, release_id
    return len(releases)


def summary(stdout: str, label: str) -> int:
    return int(re.search(rf"{re.escape(label)}\s*│\s*(\d+)", stdout).group(1))


# With --workers, Ctrl-C also reaches the pool's worker processes; they ignore it (process_paths
# gives the pool a SIGINT-ignoring initializer), so no worker prints a KeyboardInterrupt traceback.


@pytest.mark.parametrize("sig, workers", [(signal.SIGKILL, 1), (signal.SIGINT, 1),
                                          (signal.SIGINT, 2)],
                         ids=["kill-9", "ctrl-c", "ctrl-c-with-workers"])
def test_an_interrupted_load_leaves_whole_releases_and_a_rerun_completes_it(archive, tmp_path, sig, workers):
    db = tmp_path / "q.db"
    process = start_load(db, archive, workers=workers)
    wait_for_some_releases(process, db)
    os.killpg(process.pid, sig)  # the whole group, as a terminal's Ctrl-C reaches workers too
    stdout, stderr = process.communicate(timeout=60)
    assert "Traceback" not in stderr
    if sig == signal.SIGINT:
        assert process.returncode == 130
        assert "interrupted: every release counted above is stored whole; run the same load again" in stderr
    else:
        assert process.returncode == -signal.SIGKILL
    partial = assert_no_half_release(db)
    assert 0 < partial < RELEASES

    rerun = start_load(db, archive)
    stdout, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, stderr
    assert summary(stdout, "releases new") == RELEASES - partial
    assert summary(stdout, "releases unchanged") == partial
    assert assert_no_half_release(db) == RELEASES


def test_same_content_adds_nothing_and_changed_content_is_updated(run_cli, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.txt").write_text(release_text(i), encoding="utf-8")
    first = run_cli("load", folder)
    assert summary(first.stdout, "releases new") == 3 and summary(first.stdout, "quotes added") == 9
    before = json.loads(run_cli("export", "--format", "json").stdout)

    again = run_cli("load", folder)
    assert summary(again.stdout, "releases unchanged") == 3 and summary(again.stdout, "quotes added") == 0
    assert json.loads(run_cli("export", "--format", "json").stdout) == before

    changed = release_text(1).replace('"Nobody is above the law," said Deputy Chief Al Kim.',
                                      '"The law applies to all," said Deputy Chief Bo Diaz.')
    (folder / "r1.txt").write_text(changed, encoding="utf-8")
    updated = run_cli("load", folder)
    assert summary(updated.stdout, "releases updated") == 1 and summary(updated.stdout, "releases unchanged") == 2
    assert summary(updated.stdout, "releases new") == 0
    rows = json.loads(run_cli("export", "--format", "json").stdout)
    assert len(rows) == 9
    r1 = [(r["quote"], r["speaker"]) for r in rows if r["source"].endswith("r1.txt")]
    assert ("The law applies to all,", "Bo Diaz") in r1 and ("Nobody is above the law,", "Al Kim") not in r1


def test_migrations_run_in_one_transaction_with_foreign_keys_off(tmp_path, monkeypatch):
    """env.py switches foreign keys off for batch rebuilds; inside a transaction that pragma does
    nothing, so the engine must switch them off before the migration's transaction begins."""
    from alembic.runtime.environment import EnvironmentContext

    import db.engine as engine_module

    seen = []
    real_run = EnvironmentContext.run_migrations

    def spying_run(self, **kwargs):
        connection = self.get_bind()
        seen.append((connection.in_transaction(), connection.exec_driver_sql("PRAGMA foreign_keys").scalar()))
        return real_run(self, **kwargs)

    monkeypatch.setattr(EnvironmentContext, "run_migrations", spying_run)
    engine, _ = engine_module.open_database(str(tmp_path / "m.db"))
    try:
        assert seen == [(True, 0)]
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
