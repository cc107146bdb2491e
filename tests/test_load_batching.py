"""`load` stores several releases per write transaction, without giving up whole-or-nothing releases."""

from __future__ import annotations

from sqlalchemy import event, func, select

from db.errors import RejectedRelease
from db.models import Quote, Release, Speaker
from db.store import store_releases
from loaders.records import ExtractedQuote, ParsedRelease


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


def _quote(speaker: str) -> ExtractedQuote:
    return ExtractedQuote("We will act.", 1, 13, 0, speaker=speaker, speaker_as_written=speaker)


def test_a_batch_gives_what_storing_one_by_one_gives(session_factory):
    """Inside one batch: a repeated source is stored after the first, a repeated content is unchanged."""
    items = [(ParsedRelease("a.txt", "first text", "text"), [_quote("Joe Roe")]),
             (ParsedRelease("a.txt", "second text", "text"), [_quote("Joe Roe"), _quote("Ann Poe")]),
             (ParsedRelease("b.txt", "second text", "text"), [_quote("Ann Poe")]),
             (ParsedRelease("c.txt", "third text", "text"), [_quote("Mr. Joseph Q. Roe-Smith")])]
    outcomes = store_releases(session_factory, items, "1")
    assert [(o.status, o.quotes_added) for o in outcomes] == [("new", 1), ("updated", 2), ("unchanged", 0), ("new", 1)]
    assert outcomes[1].release_id == outcomes[0].release_id == outcomes[2].release_id
    with session_factory() as session:
        stored = session.execute(select(Release.source, Speaker.name).join(Quote, Quote.release_id == Release.id)
                                 .join(Speaker).order_by(Release.source, Speaker.name)).all()
    assert stored == [("a.txt", "Ann Poe"), ("a.txt", "Joe Roe"), ("c.txt", "Mr. Joseph Q. Roe-Smith")]


def test_a_speaker_keeps_the_fullest_name_a_batch_gives(session_factory):
    items = [(ParsedRelease(f"r{i}.txt", f"release {i}", "text"), [_quote(name)])
             for i, name in enumerate(["Derek Benner", "Mr. Derek N. Benner", "Derek N. Benner"])]
    assert [o.status for o in store_releases(session_factory, items, "1")] == ["new"] * 3
    with session_factory() as session:
        assert session.execute(select(Speaker.name, func.count(Quote.id)).join(Quote).group_by(Speaker.id)).all() \
            == [("Mr. Derek N. Benner", 3)]


def _said(text: str, speaker: str | None, start: int = 0) -> ExtractedQuote:
    return ExtractedQuote(text, start, start + len(text), 0, speaker, speaker, None, None, "said")


def test_a_batch_stores_each_release_as_one_at_a_time_would(session_factory):
    """Repeats inside a batch, a changed release and shared speakers: the same outcomes and rows
    as storing the releases one per call."""
    from db.models import Quote, Speaker

    first = [(ParsedRelease("a.txt", "Alpha text.", "text"), [_said("We act,", "Jane Roe")]),
             (ParsedRelease("b.txt", "Beta text.", "text"), [_said("We act too,", "Jane Roe"), _said("No,", "Roe")])]
    assert [o.status for o in store_releases(session_factory, first, "1")] == ["new", "new"]
    second = [(ParsedRelease("a.txt", "Alpha text, changed.", "text"), [_said("We changed,", "Jane Q. Roe")]),
              (ParsedRelease("c.txt", "Gamma text.", "text"), [_said("Same words,", "Bob Poe")]),
              (ParsedRelease("copy-of-c.txt", "Gamma text.", "text"), [_said("Same words,", "Bob Poe")]),
              (ParsedRelease("b.txt", "Beta text.", "text"), [])]
    outcomes = store_releases(session_factory, second, "1")
    assert [o.status for o in outcomes] == ["updated", "new", "unchanged", "unchanged"]
    assert outcomes[2].release_id == outcomes[1].release_id  # the repeat points at its first copy
    with session_factory() as session:
        rows = session.execute(select(Release.source, Quote.text, Speaker.name).join(Quote.release)
                               .outerjoin(Quote.speaker).order_by(Release.source, Quote.text)).all()
    assert [tuple(r) for r in rows] == [("a.txt", "We changed,", "Jane Q. Roe"), ("b.txt", "No,", "Roe"),
                                        ("b.txt", "We act too,", "Jane Q. Roe"), ("c.txt", "Same words,", "Bob Poe")]


def test_a_split_pins_its_release_only_within_a_batch(session_factory):
    from db.models import Quote, Speaker
    from db.speakers import find_speaker, split

    items = [(ParsedRelease("a.txt", "Alpha.", "text"), [_said("We act,", "Jane Roe")]),
             (ParsedRelease("b.txt", "Beta.", "text"), [_said("We act too,", "Jane Roe")])]
    store_releases(session_factory, items, "1")
    with session_factory.begin() as session:
        split(session, find_speaker(session, "Jane Roe"), ["b.txt"], "Jane Roe (b)")
    changed = [(ParsedRelease(r.source, r.text + " Changed.", "text"), q) for r, q in items]
    assert [o.status for o in store_releases(session_factory, changed, "1")] == ["updated", "updated"]
    with session_factory() as session:
        rows = session.execute(select(Release.source, Speaker.name).join(Quote.release).join(Quote.speaker)
                               .order_by(Release.source)).all()
    assert [tuple(r) for r in rows] == [("a.txt", "Jane Roe"), ("b.txt", "Jane Roe (b)")]
