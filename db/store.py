"""Write releases and their quotes: idempotent, one release per call, caller owns the transaction.

The exception is :func:`store_release`, which frames one release's transaction itself because a
retry after a lost race has to restart that transaction.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Protocol

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from db.engine import is_locked, locked_error, write_transaction
from db.errors import RejectedRelease
from db.models import Quote, Release, Speaker, SpeakerAlias

_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "hon", "rev", "the", "honorable", "sir"})


class ReleaseLike(Protocol):
    """What the store reads of a parsed release (loaders.records.ParsedRelease fits)."""

    source: str
    text: str
    format: str
    title: str | None
    published: date | None
    location: str | None
    agency: str | None
    url: str | None


class QuoteLike(Protocol):
    """What the store reads of an extracted quote (loaders.records.ExtractedQuote fits)."""

    quote: str
    start: int
    end: int
    paragraph: int
    speaker: str | None
    speaker_as_written: str | None
    title: str | None
    organization: str | None
    cue: str | None


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What saving one release did: ``new``, ``updated`` or ``unchanged``, and quotes written."""

    status: str
    quotes_added: int
    release_id: int


def speaker_key(name: str) -> str:
    """The identity key of a name: accents, case, punctuation, honorifics and initials dropped.

    ``Derek N. Benner``, ``Derek Benner`` and ``Mr. Derek Benner`` share ``derek benner``.
    """
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    words = re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", folded)
    kept = [w for w in words if w not in _HONORIFICS and len(w) > 1]
    return " ".join(kept or words)


def release_scope(source: str) -> str:
    """A short, stable tag for a release (its source), used to scope keys to that release."""
    return hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def scoped_key(key: str, source: str) -> str:
    """``key`` pinned to one release: ``benner@1a2b3c4d5e6f``."""
    return f"{key}@{release_scope(source)}"


def identity_key(name: str, source: str) -> str:
    """The key a speaker name gets in release ``source``.

    A full name is the same person in every release. A bare surname (``Benner``, which the
    extractor could not resolve to a full name) is only known to be one person within its
    release, so its key is scoped to the release: two releases' ``Benner`` never merge by rule.
    """
    key = speaker_key(name)
    return key if " " in key else scoped_key(key, source)


def content_hash(release: ReleaseLike) -> str:
    """A hash of everything stored about a release, so a changed file is noticed."""
    digest = hashlib.sha256()
    for part in (release.text, release.title or "", str(release.published or ""), release.location or "",
                 release.agency or "", release.url or ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


_RELEASES, _SPEAKERS, _QUOTES = Release.__table__, Speaker.__table__, Quote.__table__
# Statements built once: building and caching them anew per release cost more than running them.
_RELEASE_BY_SOURCE = select(_RELEASES.c.id, _RELEASES.c.content_hash).where(_RELEASES.c.source == bindparam("source"))
_RELEASE_BY_HASH = select(_RELEASES.c.id).where(_RELEASES.c.content_hash == bindparam("digest")).limit(1)
_UPDATE_RELEASE = update(_RELEASES).where(_RELEASES.c.id == bindparam("release_id"))
_DELETE_QUOTES = delete(_QUOTES).where(_QUOTES.c.release_id == bindparam("release_id"))
_ALIASES = select(SpeakerAlias.key, SpeakerAlias.speaker_id).where(SpeakerAlias.key.in_(bindparam("keys", expanding=True)))
_SPEAKERS_BY_KEY = select(_SPEAKERS.c.id, _SPEAKERS.c.key, _SPEAKERS.c.name).where(
    _SPEAKERS.c.key.in_(bindparam("keys", expanding=True)))
_RENAME_SPEAKER = update(_SPEAKERS).where(_SPEAKERS.c.id == bindparam("speaker_id")).values(name=bindparam("new_name"))
# PostgreSQL and SQLite both know INSERT ... ON CONFLICT DO NOTHING; a concurrent writer's row wins.
_INSERT_RELEASE = {dialect: insert(_RELEASES).on_conflict_do_nothing(index_elements=["source"]).returning(_RELEASES.c.id)
                   for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))}
_INSERT_SPEAKER = {dialect: insert(_SPEAKERS).on_conflict_do_nothing(index_elements=["key"])
                   for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))}


def _release_values(release: ReleaseLike, digest: str, extractor_version: str) -> dict:
    return {"content_hash": digest, "title": release.title, "published": release.published,
            "location": release.location, "agency": release.agency, "url": release.url,
            "format": release.format, "text": release.text, "extractor_version": extractor_version}


def save_release(session: Session, release: ReleaseLike, quotes: Iterable[QuoteLike],
                 extractor_version: str) -> SaveOutcome:
    """Store ``release`` and its quotes; the same content again changes nothing.

    A release already stored under the same source with other content is replaced
    (its quotes with it); the same content under another source counts as unchanged.
    Core statements on the session's connection, not ORM units of work: a few round
    trips per release. Safe when several loaders write at once: a source another writer
    inserts first is found, not duplicated.
    """
    connection = session.connection()
    digest = content_hash(release)
    values = _release_values(release, digest, extractor_version)
    existing = connection.execute(_RELEASE_BY_SOURCE, {"source": release.source}).first()
    if existing is None:
        duplicate = connection.scalar(_RELEASE_BY_HASH, {"digest": digest})
        if duplicate is not None:
            return SaveOutcome("unchanged", 0, duplicate)
        release_id = connection.scalar(_INSERT_RELEASE[connection.dialect.name], {"source": release.source, **values})
        if release_id is not None:
            return SaveOutcome("new", _write_quotes(session, release_id, quotes, release.source), release_id)
        # Another writer stored this source between our look-up and insert: treat it as existing.
        existing = connection.execute(_RELEASE_BY_SOURCE, {"source": release.source}).one()
    if existing.content_hash == digest:
        return SaveOutcome("unchanged", 0, existing.id)
    connection.execute(_UPDATE_RELEASE, {"release_id": existing.id, **values})
    return SaveOutcome("updated", replace_quotes(session, existing.id, quotes), existing.id)


RACE_ATTEMPTS = 3
"""How often a release is retried when another writer stored the same source or speaker first."""


def store_release(factory: sessionmaker[Session], release: ReleaseLike, quotes: Iterable[QuoteLike],
                  extractor_version: str) -> SaveOutcome:
    """Save ``release`` and its quotes in one write transaction of their own: all or nothing.

    A process killed at any point leaves either the whole release or none of it, so running the
    same load again completes the archive. On SQLite the transaction takes the write lock when it
    begins, so concurrent loads wait their turn (busy timeout) instead of failing; a unique-key
    race with another writer (PostgreSQL) is retried, and then finds the other writer's row.
    Raises :class:`db.errors.DatabaseLocked` when the lock is held past the busy timeout and
    :class:`db.errors.RejectedRelease` when the database refuses this release's data.
    """
    quotes = list(quotes)
    for attempt in range(1, RACE_ATTEMPTS + 1):
        try:
            with write_transaction(factory) as session:
                return save_release(session, release, quotes, extractor_version)
        except IntegrityError:
            if attempt == RACE_ATTEMPTS:
                raise
        except (DataError, UnicodeError) as exc:  # e.g. NUL in PostgreSQL text, a lone surrogate in SQLite
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            raise RejectedRelease(f"the database refused it: {reason[0] if reason else type(exc).__name__}") from None
        except OperationalError as exc:
            if is_locked(exc):
                raise locked_error(factory.kw["bind"].url) from None
            raise
    raise AssertionError("unreachable")


def store_releases(factory: sessionmaker[Session], items: list[tuple[ReleaseLike, list[QuoteLike]]],
                   extractor_version: str) -> list[SaveOutcome | RejectedRelease]:
    """Save several releases in one write transaction: one commit instead of one per release.

    The batch commits all or nothing, so each release is still stored whole or not at all. If
    the database refuses anything in it (bad data, or a race with another writer), the whole
    batch is rolled back and its releases are stored one per transaction by :func:`store_release`,
    so one refused release costs only itself. Returns, per release in order, its outcome or the
    :class:`RejectedRelease` it raised.

    Only on SQLite, where a write transaction holds the whole database's write lock from its start,
    so concurrent loads cannot deadlock. PostgreSQL locks rows, and two loads' batches taking
    speaker rows in different orders deadlock; there every release keeps its own transaction.
    """
    items = [(release, list(quotes)) for release, quotes in items]
    if len(items) > 1 and factory.kw["bind"].dialect.name == "sqlite":
        try:
            with write_transaction(factory) as session:
                return [save_release(session, release, quotes, extractor_version) for release, quotes in items]
        except (IntegrityError, DataError, UnicodeError):
            pass  # rolled back: fall back to one release per transaction below
        except OperationalError as exc:
            if is_locked(exc):
                raise locked_error(factory.kw["bind"].url) from None
            raise
    outcomes: list[SaveOutcome | RejectedRelease] = []
    for release, quotes in items:
        try:
            outcomes.append(store_release(factory, release, quotes, extractor_version))
        except RejectedRelease as exc:
            outcomes.append(exc)
    return outcomes


def replace_quotes(session: Session, release_id: int, quotes: Iterable[QuoteLike]) -> int:
    """Write ``quotes`` as the quotes of release ``release_id`` (existing ones removed)."""
    session.connection().execute(_DELETE_QUOTES, {"release_id": release_id})
    return _write_quotes(session, release_id, quotes)


def _write_quotes(session: Session, release_id: int, quotes: Iterable[QuoteLike], source: str | None = None) -> int:
    """Insert ``quotes`` for a release that has none, in one executemany.

    Speaker keys follow :func:`identity_key` (a bare surname is scoped to its release), and a
    split that pinned a key to another speaker for this release wins over every rule.
    """
    quotes = list(quotes)
    connection = session.connection()
    if source is None:
        source = connection.scalar(select(Release.source).where(Release.id == release_id)) or ""
    keys, names, pinned = _speaker_keys(connection, quotes, source)
    speakers = speaker_ids_for(session, {key: name for key, name in names.items() if key not in pinned})
    speakers.update(pinned)
    rows = [{
        "release_id": release_id, "speaker_id": speakers[key] if key else None,
        "text": q.quote, "speaker_as_written": q.speaker_as_written, "title": q.title,
        "organization": q.organization, "cue": q.cue, "start": q.start, "end": q.end, "paragraph": q.paragraph,
    } for key, q in zip(keys, quotes)]
    if rows:
        session.connection().execute(_QUOTES.insert(), rows)
    return len(rows)


def _speaker_keys(connection, quotes: list[QuoteLike], source: str
                  ) -> tuple[list[str | None], dict[str, str], dict[str, int]]:
    """Each quote's :func:`identity_key`, the name behind each key, and the keys a split pinned
    to a speaker for this release (those win over every rule)."""
    keys = [identity_key(q.speaker, source) if q.speaker else None for q in quotes]
    names = {key: q.speaker for key, q in zip(keys, quotes) if key}
    scoped = {scoped_key(key, source): key for key in names if " " in key}
    pinned = ({scoped[key]: speaker_id for key, speaker_id in connection.execute(_ALIASES, {"keys": sorted(scoped)})}
              if scoped else {})
    return keys, names, pinned


def known_speaker_ids(session: Session, quotes: list[QuoteLike], source: str) -> list[int | str | None]:
    """The speaker id the store would give each quote of release ``source``, creating none.

    A speaker not yet stored comes back as ``"new speaker KEY"``, unequal to every stored id.
    """
    connection = session.connection()
    keys, names, ids = _speaker_keys(connection, quotes, source)
    wanted = sorted(key for key in names if key not in ids)
    if wanted:
        ids.update(dict(connection.execute(_ALIASES, {"keys": wanted}).all()))
        remaining = [key for key in wanted if key not in ids]
        if remaining:
            ids.update({row.key: row.id for row in connection.execute(_SPEAKERS_BY_KEY, {"keys": remaining})})
    return [ids.get(key, f"new speaker {key}") if key else None for key in keys]


def speaker_ids_for(session: Session, names: dict[str, str]) -> dict[str, int]:
    """Speaker ids for ``{key: name}``, creating missing speakers; merges (aliases) win.

    A few statements however many names. Keys are written in sorted order so two
    concurrent writers lock speaker rows in the same order and cannot deadlock; a key
    another writer inserts first is picked up, not duplicated.
    """
    if not names:
        return {}
    connection = session.connection()
    keys = sorted(names)
    ids = {key: speaker_id for key, speaker_id in connection.execute(_ALIASES, {"keys": keys})}
    wanted = [key for key in keys if key not in ids]
    if not wanted:
        return ids
    found = {row.key: row for row in connection.execute(_SPEAKERS_BY_KEY, {"keys": wanted})}
    missing = [key for key in wanted if key not in found]
    renamed = {key for key in wanted if key in found and len(names[key]) > len(found[key].name)}
    insert = _INSERT_SPEAKER[connection.dialect.name]
    # Inserts and renames both lock speaker rows, and all must go in sorted key order: one
    # batch of inserts when nothing is renamed (the usual case), else key by key.
    if not renamed:
        if missing:
            connection.execute(insert, [{"name": names[key], "key": key} for key in missing])
    else:
        for key in wanted:
            if key not in found:
                connection.execute(insert, [{"name": names[key], "key": key}])
            elif key in renamed:  # keep the fullest form seen
                connection.execute(_RENAME_SPEAKER, {"speaker_id": found[key].id, "new_name": names[key]})
    if missing:
        found.update({row.key: row for row in connection.execute(_SPEAKERS_BY_KEY, {"keys": missing})})
    ids.update({key: found[key].id for key in wanted})
    return ids

