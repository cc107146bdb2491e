"""Who is who: find a speaker by what a user types, merge two speakers, split one apart.

Rules (``store.identity_key``) make ``Derek N. Benner`` and ``Derek Benner`` one speaker and
keep a bare ``Benner`` to its own release. What rules can't settle, a person settles here, and
the decision is stored as aliases (key -> speaker id) that ``store`` consults before any rule,
so it survives reloading the same files, changed files and re-extraction:

- ``merge(keep, other)``: every quote of ``other`` moves to ``keep``; ``other``'s key and
  aliases now point at ``keep``; ``other`` is deleted.
- ``split(speaker, releases)``: the quotes of ``speaker`` in those releases move to a new
  speaker, and each key that led to ``speaker`` is pinned, *scoped to each of those
  releases*, to the new one. Other releases are untouched. Merging the two again undoes it.

Callers own the session; nothing here commits.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from db.errors import NotFound
from db.models import Quote, Release, Speaker, SpeakerAlias
from db.store import release_scope, scoped_key, speaker_key

SUGGESTIONS = 3


@dataclass(frozen=True, slots=True)
class IdentityChange:
    """What a merge or split did: the speaker kept or created, and quotes moved."""

    speaker_id: int
    name: str
    quotes_moved: int
    aliases: int


def speaker_names(session: Session) -> list[str]:
    """Every speaker's name (for suggestions)."""
    return list(session.scalars(select(Speaker.name).order_by(Speaker.name)))


def suggestions(text: str, names: list[str], n: int = SUGGESTIONS) -> list[str]:
    """Names or name words close to ``text``: ``bener`` -> ``Benner``; pure, for tests."""
    candidates: dict[str, str] = {}
    for name in names:
        candidates.setdefault(name.lower(), name)
        for word in name.replace(",", " ").split():
            if len(word) > 2 and not word.endswith("."):
                candidates.setdefault(word.lower(), word)
    close = difflib.get_close_matches(text.lower().strip(), list(candidates), n=n, cutoff=0.6)
    kept: list[str] = []
    for match in close:  # "Benner" makes "John Benner" redundant
        if not any(k in match.split() or match in k.split() for k in kept):
            kept.append(match)
    return [candidates[c] for c in kept]


def no_match_message(session: Session, text: str) -> str:
    """``no speaker matches "bener" — did you mean Benner?`` (or how to see every speaker)."""
    close = suggestions(text, speaker_names(session))
    if close:
        return f'no speaker matches "{text}" — did you mean {" or ".join(close)}?'
    return f'no speaker matches "{text}" — run `quotes speakers` to see every speaker'


def find_speakers(session: Session, text: str) -> list[Speaker]:
    """Speakers ``text`` names: ``#12`` or ``12`` (an id), a name or alias key, else any part of a name."""
    stripped = text.strip().lstrip("#")
    if stripped.isdigit():
        found = session.get(Speaker, int(stripped))
        return [found] if found else []
    key = speaker_key(text)
    exact = session.scalar(select(Speaker).where(Speaker.key == key))
    if exact is not None:
        return [exact]
    alias = session.scalar(select(SpeakerAlias.speaker_id).where(SpeakerAlias.key == key))
    if alias is not None:
        return [session.get(Speaker, alias)]
    pattern = func.lower(Speaker.name).contains(text.lower().strip(), autoescape=True)
    return list(session.scalars(select(Speaker).where(pattern).order_by(Speaker.name)))


def find_speaker(session: Session, text: str) -> Speaker:
    """The one speaker ``text`` names; ``NotFound`` says what to type instead."""
    found = find_speakers(session, text)
    if not found:
        raise NotFound(no_match_message(session, text))
    if len(found) > 1:
        listed = ", ".join(f"{s.name} (#{s.id})" for s in found[:6])
        more = f" and {len(found) - 6} more" if len(found) > 6 else ""
        raise NotFound(f'"{text}" matches {len(found)} speakers: {listed}{more} — use a full name or #id')
    return found[0]


def alias_keys(session: Session, speaker_id: int) -> list[str]:
    """The alias keys pointing at a speaker (merged names and release pins)."""
    return list(session.scalars(select(SpeakerAlias.key).where(SpeakerAlias.speaker_id == speaker_id)
                                .order_by(SpeakerAlias.key)))


def merge(session: Session, keep: Speaker, other: Speaker) -> IdentityChange:
    """Make ``other`` the same person as ``keep``, now and in every later load."""
    if keep.id == other.id:
        raise NotFound(f"{keep.name} and {other.name} are already one speaker (#{keep.id})")
    moved = session.execute(update(Quote).where(Quote.speaker_id == other.id).values(speaker_id=keep.id)).rowcount
    session.execute(update(SpeakerAlias).where(SpeakerAlias.speaker_id == other.id).values(speaker_id=keep.id))
    other_key = other.key
    session.execute(delete(Speaker).where(Speaker.id == other.id))
    session.expunge(other)
    if session.scalar(select(SpeakerAlias.id).where(SpeakerAlias.key == other_key)) is None:
        session.add(SpeakerAlias(key=other_key, speaker_id=keep.id))
    session.flush()
    return IdentityChange(keep.id, keep.name, moved or 0, len(alias_keys(session, keep.id)))


def releases_matching(session: Session, speaker_id: int, fragments: list[str]) -> list[tuple[int, str]]:
    """(id, source) of the speaker's releases whose source or title contains any fragment."""
    conditions = [func.lower(column).contains(f.lower(), autoescape=True)
                  for f in fragments for column in (Release.source, Release.title)]
    statement = (select(Release.id, Release.source).join(Quote, Quote.release_id == Release.id)
                 .where(Quote.speaker_id == speaker_id, or_(*conditions)).distinct().order_by(Release.source))
    return [(row[0], row[1]) for row in session.execute(statement)]


def split(session: Session, speaker: Speaker, fragments: list[str], new_name: str | None = None) -> IdentityChange:
    """Move ``speaker``'s quotes in the releases ``fragments`` name to a new speaker, pinned there."""
    releases = releases_matching(session, speaker.id, fragments)
    if not releases:
        raise NotFound(f"{speaker.name} has no quotes in a release matching {', '.join(map(repr, fragments))}"
                       f" — `quotes speakers show \"{speaker.name}\"` lists their releases")
    total = session.scalar(select(func.count(func.distinct(Quote.release_id))).where(Quote.speaker_id == speaker.id))
    if len(releases) >= (total or 0):
        raise NotFound(f"that is every release of {speaker.name}; name fewer releases to split off")
    base = speaker.key.split("@")[0]
    created = Speaker(name=new_name or speaker.name, key=_free_key(session, scoped_key(base, releases[0][1])))
    session.add(created)
    session.flush()
    scopes = {release_scope(source) for _, source in releases}
    keys = [speaker.key, *alias_keys(session, speaker.id)]
    pins = 0
    for key in keys:
        if "@" in key:  # already scoped to one release: repoint it if that release moves
            if key.split("@")[1] in scopes and key != speaker.key:
                session.execute(update(SpeakerAlias).where(SpeakerAlias.key == key).values(speaker_id=created.id))
                pins += 1
            continue
        for _, source in releases:
            pin = scoped_key(key, source)
            session.execute(delete(SpeakerAlias).where(SpeakerAlias.key == pin))
            session.add(SpeakerAlias(key=pin, speaker_id=created.id))
            pins += 1
    moved = session.execute(update(Quote).where(Quote.speaker_id == speaker.id,
                                                Quote.release_id.in_([rid for rid, _ in releases]))
                            .values(speaker_id=created.id)).rowcount
    session.flush()
    return IdentityChange(created.id, created.name, moved or 0, pins)


def _free_key(session: Session, key: str) -> str:
    candidate, n = key, 1
    while session.scalar(select(Speaker.id).where(Speaker.key == candidate)) is not None:
        n += 1
        candidate = f"{key}.{n}"
    return candidate
