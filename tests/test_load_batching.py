"""`load` stores several releases per write transaction, without giving up whole-or-nothing releases."""

from __future__ import annotations

from sqlalchemy import event, func, select

from db.errors import RejectedRelease
from db.models import Release
from db.store import store_releases
from loaders.records import ParsedRelease


def _commits(factory) -> list[int]:
    commits: list[int] = []
    event.listen(factory.kw["bind"], "commit", lambda connection: commits.append(1))
    return commits


def _sources(factory) -> list[str]:
    with factory() as session:
        return sorted(session.scalars(select(Release.source)))


def test_a_batch_of_releases_is_one_transaction(session_factory):
    commits = _commits(session_factory)
    items = [(ParsedRelease(f"r{i}.txt", f"Release number {i}.", "text"), []) for i in range(5)]
    outcomes = store_releases(session_factory, items, "1")
    assert [o.status for o in outcomes] == ["new"] * 5
    assert len(commits) == 1
    assert _sources(session_factory) == [f"r{i}.txt" for i in range(5)]
    assert [o.status for o in store_releases(session_factory, items, "1")] == ["unchanged"] * 5


def test_a_refused_release_costs_only_itself(session_factory):
    items = [(ParsedRelease("a.txt", "fine a", "json"), []),
             (ParsedRelease("bad.txt", "a lone \ud800 surrogate", "json"), []),
             (ParsedRelease("b.txt", "fine b", "json"), [])]
    outcomes = store_releases(session_factory, items, "1")
    assert outcomes[0].status == "new" and outcomes[2].status == "new"
    assert isinstance(outcomes[1], RejectedRelease) and "refused" in str(outcomes[1])
    assert _sources(session_factory) == ["a.txt", "b.txt"]


def test_load_commits_once_for_a_small_folder(tmp_path, run_cli, monkeypatch):
    import cli
    from db import engine as database

    monkeypatch.setattr(cli, "STORE_BATCH_SECONDS", 3600.0)  # only the size bound, whatever the machine's speed
    folder = tmp_path / "releases"
    folder.mkdir()
    for i in range(6):
        (folder / f"r{i}.txt").write_text(f"Title {i}\n\nRelease {i} body, with nothing quoted.\n", encoding="utf-8")
    commits: list[int] = []
    real_open = database.open_database

    def counting_open(*args, **kwargs):
        engine, factory = real_open(*args, **kwargs)
        event.listen(engine, "commit", lambda connection: commits.append(1))
        return engine, factory

    monkeypatch.setattr(database, "open_database", counting_open)
    result = run_cli("load", folder)
    assert result.exit_code == 0, result.stderr
    assert "releases new" in result.stdout and len(commits) == 1
    engine, factory = real_open(None)
    with factory() as session:
        assert session.scalar(select(func.count(Release.id))) == 6
    engine.dispose()
