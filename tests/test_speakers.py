"""Speaker identity: one person across releases, surnames kept apart, merges and splits that stick."""

from __future__ import annotations

import pytest

from db import speakers as identity
from db.errors import NotFound
from db.models import Quote, Release, Speaker
from db.store import identity_key, replace_quotes, speaker_key
from loaders.extract import extract_quotes
from sqlalchemy import func, select

RELEASES = {
    "a.txt": 'Agency hosts a meeting\nMarch 3, 2017\n"We will keep working hard," said Acting EAD Derek N. Benner.\n'
             '"More to come," Benner said.\n',
    "b.txt": 'Second meeting\nJune 5, 2019\n"Partnership matters," said Deputy Director Derek Benner.\n',
    "c.txt": 'Third meeting\nJuly 1, 2020\n"Only a surname here," Benner said.\n',
    "d.txt": 'Fourth meeting\nMay 2, 2021\n"Another Benner entirely," said Sheriff John Benner.\n',
}


def write(folder, files):
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def speaker_of(session, fragment: str, source: str | None = None) -> set[str]:
    statement = (select(Speaker.name).join(Quote, Quote.speaker_id == Speaker.id)
                 .join(Release, Quote.release_id == Release.id).where(Quote.text.contains(fragment)))
    if source:
        statement = statement.where(Release.source.contains(source))
    return set(session.scalars(statement))


def ids_of(session, *fragments: str) -> set[int]:
    return {session.scalar(select(Quote.speaker_id).where(Quote.text.contains(f))) for f in fragments}


@pytest.fixture
def loaded(tmp_path, run_cli, session_factory):
    folder = tmp_path / "releases"
    folder.mkdir()
    write(folder, RELEASES)
    assert run_cli("load", folder).exit_code == 0
    return folder


@pytest.mark.parametrize("a, b", [("Derek N. Benner", "Derek Benner"), ("Mr. Derek Benner", "derek  benner"),
                                  ("José Álvarez", "Jose Alvarez")])
def test_name_forms_share_a_key(a, b):
    assert speaker_key(a) == speaker_key(b)


@pytest.mark.parametrize("a, b", [("Derek Benner", "John Benner"), ("Benner", "Derek Benner")])
def test_different_people_keep_different_keys(a, b):
    assert identity_key(a, "x.txt") != identity_key(b, "x.txt")


def test_a_bare_surname_is_scoped_to_its_release():
    assert identity_key("Benner", "a.txt") != identity_key("Benner", "b.txt")
    assert identity_key("Derek Benner", "a.txt") == identity_key("Derek Benner", "b.txt")


def test_one_person_across_releases_and_surnames_apart(loaded, session_factory):
    with session_factory() as session:
        assert len(ids_of(session, "keep working", "More to come", "Partnership")) == 1
        derek = ids_of(session, "keep working").pop()
        assert ids_of(session, "Only a surname").pop() != derek  # bare surname elsewhere: not merged by rule
        assert ids_of(session, "Another Benner").pop() != derek  # same surname, other person
        titles = set(session.scalars(select(Quote.title).where(Quote.speaker_id == derek)))
        assert titles == {"Acting EAD", "Deputy Director"}  # the title is kept per quote


def test_merge_survives_reload_and_reextraction(loaded, run_cli, session_factory):
    with session_factory.begin() as session:
        derek = identity.find_speaker(session, "Derek Benner")
        bare = identity.find_speakers(session, "Benner")
        lone = next(s for s in bare if s.key.startswith("benner@"))
        change = identity.merge(session, derek, lone)
        assert change.quotes_moved == 1
    with session_factory() as session:
        assert len(ids_of(session, "keep working", "Only a surname")) == 1
    # the same files again, then c.txt changed (replaced and re-extracted), then a re-extraction in place
    run_cli("load", loaded)
    (loaded / "c.txt").write_text('Third meeting\nJuly 1, 2020\n"Only a surname here, and more," Benner said.\n')
    assert "releases updated" in run_cli("load", loaded).stdout
    with session_factory.begin() as session:
        release = session.scalar(select(Release).where(Release.source.contains("c.txt")))
        replace_quotes(session, release.id, extract_quotes(release.text))
    with session_factory() as session:
        assert len(ids_of(session, "keep working", "Only a surname here, and more")) == 1
        assert ids_of(session, "Another Benner").pop() not in ids_of(session, "keep working")


def test_split_by_release_sticks_and_merge_undoes_it(loaded, run_cli, session_factory):
    with session_factory.begin() as session:
        derek = identity.find_speaker(session, "Derek Benner")
        change = identity.split(session, derek, ["b.txt"])
        assert change.quotes_moved == 1 and change.speaker_id != derek.id
    (loaded / "b.txt").write_text(RELEASES["b.txt"].replace("matters", "matters a lot"))
    run_cli("load", loaded)
    with session_factory() as session:
        assert ids_of(session, "Partnership") != ids_of(session, "keep working")
        assert ids_of(session, "keep working") == ids_of(session, "More to come")
    with session_factory.begin() as session:
        parts = identity.find_speakers(session, "Derek N. Benner")
        assert len(parts) == 1  # the key names the original; the split-off one is reached by #id
        split_off = session.get(Speaker, ids_of(session, "Partnership").pop())
        identity.merge(session, parts[0], split_off)
    run_cli("load", loaded)
    with session_factory() as session:
        assert len(ids_of(session, "keep working", "Partnership")) == 1


def test_split_refuses_what_would_not_split(loaded, session_factory):
    with session_factory() as session:
        derek = identity.find_speaker(session, "Derek Benner")
        with pytest.raises(NotFound, match="no quotes in a release"):
            identity.split(session, derek, ["nowhere"])
        with pytest.raises(NotFound, match="every release"):
            identity.split(session, derek, [".txt"])
        with pytest.raises(NotFound, match="already one speaker"):
            identity.merge(session, derek, derek)


def test_lookups_suggest_and_disambiguate(loaded, session_factory):
    with session_factory() as session:
        assert identity.find_speaker(session, "derek n benner").name == "Derek N. Benner"
        assert identity.find_speaker(session, f"#{identity.find_speaker(session, 'John Benner').id}").name == "John Benner"
        with pytest.raises(NotFound, match=r'no speaker matches "bener" — did you mean Benner\?'):
            identity.find_speaker(session, "bener")
        with pytest.raises(NotFound, match="matches 3 speakers"):
            identity.find_speaker(session, "benn")
        assert session.scalar(select(func.count(Speaker.id))) == 3


@pytest.mark.parametrize("typed, expected", [("bener", "Benner"), ("dogu", "Dogu"), ("laura dougu", "Laura Dogu")])
def test_suggestions(typed, expected):
    assert expected in identity.suggestions(typed, ["Derek N. Benner", "Laura Dogu", "Jean Manes"])


def test_no_suggestion_for_nonsense():
    assert identity.suggestions("zzzz", ["Derek N. Benner"]) == []
