"""``quotes reextract``: stored release text is enough to re-run extraction after the extractor
improves; each release records its extractor version and the command reports what changed."""

from __future__ import annotations

import json
import re
import shutil

from sqlalchemy import delete, select, update

from db.models import Quote, Release
from db.reextract import reextract_release, releases_to_reextract
from loaders.extract import EXTRACTOR_VERSION, extract_quotes
from loaders.records import ExtractedQuote
from tests.conftest import EXAMPLES


def load_examples_then_delete_them(run_cli, tmp_path):
    copy = tmp_path / "examples"
    shutil.copytree(EXAMPLES, copy)
    assert run_cli("load", copy).exit_code == 0
    shutil.rmtree(copy)  # re-extraction must not need the files


def age_the_database(session_factory) -> dict[str, int]:
    """Pretend an older extractor wrote release 1: one quote missed, one misattributed, one invented."""
    with session_factory.begin() as session:
        session.execute(update(Release).values(extractor_version="0.0.9"))
        quotes = session.scalars(select(Quote).where(Quote.release_id == 1).order_by(Quote.start)).all()
        session.execute(delete(Quote).where(Quote.id == quotes[0].id))
        quotes[1].title = "Janitor"
        session.add(Quote(release_id=1, text="invented", start=0, end=8, paragraph=0))
    return {"new": 1, "changed": 1, "removed": 1}


def export(run_cli) -> list[tuple]:
    rows = json.loads(run_cli("export", "--format", "json").stdout)
    return sorted((r["source"], r["start"], r["end"], r["quote"], r["speaker"], r["speaker_title"]) for r in rows)


def test_reextract_restores_quotes_from_stored_text_and_reports_the_change(run_cli, tmp_path, session_factory):
    load_examples_then_delete_them(run_cli, tmp_path)
    good = export(run_cli)
    age_the_database(session_factory)
    assert export(run_cli) != good

    result = run_cli("reextract")
    assert result.exit_code == 0, result.output
    table_row = next(line for line in result.stdout.splitlines() if re.match(r"│\s+1 │", line))
    assert re.search(rf"0\.0\.9 → {re.escape(EXTRACTOR_VERSION)}\s*│\s*1\s*│\s*1\s*│\s*1\s*│", table_row), table_row
    assert not re.search(r"^│\s+2 │", result.stdout, re.M)  # release 2 did not change, so it is not listed
    assert (f"Re-extracted 2 releases (0.0.9 → {EXTRACTOR_VERSION}): 1 with different quotes; "
            "quotes 1 new, 1 changed, 1 removed, 5 unchanged.") in result.stdout
    assert export(run_cli) == good

    again = run_cli("reextract")
    assert again.exit_code == 0 and f"already at extractor version {EXTRACTOR_VERSION}" in again.stderr
    assert "Re-extracted 2 releases" in run_cli("reextract", "--all").stdout


def test_dry_run_reports_and_stores_nothing(run_cli, tmp_path, session_factory):
    load_examples_then_delete_them(run_cli, tmp_path)
    age_the_database(session_factory)
    aged = export(run_cli)
    result = run_cli("reextract", "--dry-run")
    assert "Would re-extract 2 releases" in result.stdout and "1 new, 1 changed, 1 removed" in result.stdout
    assert export(run_cli) == aged
    with session_factory() as session:
        assert len(releases_to_reextract(session, EXTRACTOR_VERSION)) == 2


def test_reextract_release_takes_any_extraction_function(session_factory, run_cli):
    run_cli("load", EXAMPLES)
    with session_factory.begin() as session:
        text = session.get(Release, 1).text
        stored = len(extract_quotes(text))
        first = extract_quotes(text)[0]
        moved = ExtractedQuote(first.quote, first.start, first.end, first.paragraph, "Someone Else", cue="said")
        change = reextract_release(session, 1, lambda _text, **_: [moved], "9.9")
    assert (change.new, change.changed, change.removed, change.unchanged) == (0, 1, stored - 1, 0)
    assert (change.old_version, change.new_version) == (EXTRACTOR_VERSION, "9.9")
    with session_factory() as session:
        assert session.get(Release, 1).extractor_version == "9.9"
        assert session.scalars(select(Quote.text).where(Quote.release_id == 1)).all() == [first.quote]
        assert releases_to_reextract(session, "9.9") == [2]


def test_reextract_reads_the_title_as_load_does(run_cli, tmp_path):
    """A full name given only in the title resolves the same way on load and on re-extraction."""
    (tmp_path / "r.txt").write_text('Director Jane Roe visits the border\n'
                                    '"We will keep the border safe for everyone in this county," Roe said.')
    run_cli("load", tmp_path)
    result = run_cli("reextract", "--all", "--dry-run")
    assert result.exit_code == 0
    assert "0 new, 0 changed, 0 removed, 1 unchanged" in result.stdout


def test_reextract_finds_a_bare_surname_speaker_where_load_stored_it(run_cli, tmp_path):
    """A bare surname is keyed to its release on load; re-extraction must look it up the same way."""
    (tmp_path / "r.txt").write_text('Border update\n'
                                    '"We will keep the border safe for everyone in this county," Roe said.')
    run_cli("load", tmp_path)
    result = run_cli("reextract", "--all", "--dry-run")
    assert "0 new, 0 changed, 0 removed, 1 unchanged" in result.stdout
