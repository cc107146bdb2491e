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
from functools import lru_cache
from typing import Iterable, Iterator, Protocol

from sqlalchemy import bindparam, delete, func, select, update
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
    readable_title: str | None
    organization: str | None
    cue: str | None


SPEAKER_KEYS_CACHED = 16_384
"""Names whose :func:`speaker_key` is kept: bounded, so a long load's memory stays flat."""


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What saving one release did: ``new``, ``updated`` or ``unchanged``, and quotes written."""

    status: str
    quotes_added: int
    release_id: int


@lru_cache(maxsize=SPEAKER_KEYS_CACHED)
def speaker_key(name: str) -> str:
    """The identity key of a name: accents, case, punctuation, honorifics and initials dropped.

    ``Derek N. Benner``, ``Derek Benner`` and ``Mr. Derek Benner`` share ``derek benner``.
    Cached: a load asks for every quote's speaker, and an archive's speakers recur.
    """
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    words = re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", folded)
    kept = [w for w in words if w not in _HONORIFICS and len(w) > 1]
    return " ".join(kept or words)


@lru_cache(maxsize=1024)
def release_scope(source: str) -> str:
    """A short, stable tag for a release (its source), used to scope keys to that release.

    Cached for the few batches being stored: each of a release's speakers asks for it."""
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


def stored_readable_title(readable: str | None, title: str | None) -> str | None:
    """The readable title as stored: only where it differs from the title as written."""
    return readable if readable != title else None


def content_hash(release: ReleaseLike) -> str:
    """A hash of everything stored about a release, so a changed file is noticed."""
    digest = hashlib.sha256()
    for part in (release.text, release.title or "", str(release.published or ""), release.location or "",
                 release.agency or "", release.url or ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def stored_key(source: str, digest: str) -> bytes:
    """A 16-byte key for "release ``source`` with content hash ``digest``"."""
    return hashlib.blake2b(f"{source}\x00{digest}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


def stored_releases(session: Session) -> frozenset[bytes]:
    """The :func:`stored_key` of every stored release: 16 bytes each, so a reload can skip what it has."""
    rows = session.connection().execution_options(yield_per=10_000).execute(
        select(Release.source, Release.content_hash))
    return frozenset(stored_key(source, digest) for source, digest in rows)


def is_stored(stored: frozenset[bytes], release: ReleaseLike) -> bool:
    """Whether ``release`` is in ``stored`` (:func:`stored_releases`) with this very content:
    saving it again would change nothing, so it needs no extraction."""
    return stored_key(release.source, content_hash(release)) in stored


_RELEASES, _SPEAKERS, _QUOTES = Release.__table__, Speaker.__table__, Quote.__table__
# Statements built once: building and caching them anew per release cost more than running them.
_RELEASES_BY_SOURCES = select(_RELEASES.c.id, _RELEASES.c.source, _RELEASES.c.content_hash).where(
    _RELEASES.c.source.in_(bindparam("sources", expanding=True)))
_RELEASES_BY_HASH = select(_RELEASES.c.content_hash, func.min(_RELEASES.c.id)).where(
    _RELEASES.c.content_hash.in_(bindparam("digests", expanding=True))).group_by(_RELEASES.c.content_hash)
_UPDATE_RELEASE = update(_RELEASES).where(_RELEASES.c.id == bindparam("release_id"))
_DELETE_QUOTES = delete(_QUOTES).where(_QUOTES.c.release_id == bindparam("release_id"))
_DELETE_QUOTES_OF = delete(_QUOTES).where(_QUOTES.c.release_id.in_(bindparam("release_ids", expanding=True)))
_ALIASES = select(SpeakerAlias.key, SpeakerAlias.speaker_id).where(SpeakerAlias.key.in_(bindparam("keys", expanding=True)))
_SPEAKERS_BY_KEY = select(_SPEAKERS.c.id, _SPEAKERS.c.key, _SPEAKERS.c.name).where(
    _SPEAKERS.c.key.in_(bindparam("keys", expanding=True)))
_RENAME_SPEAKER = update(_SPEAKERS).where(_SPEAKERS.c.id == bindparam("speaker_id")).values(name=bindparam("new_name"))
# PostgreSQL and SQLite both know INSERT ... ON CONFLICT DO NOTHING; a concurrent writer's row wins.
# Releases go in as one multi-row INSERT per batch; RETURNING names the source, so rows need not come back in order.
_INSERT_RELEASES = {dialect: insert(_RELEASES).on_conflict_do_nothing(index_elements=["source"])
                    .returning(_RELEASES.c.id, _RELEASES.c.source)
                    for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))}
_INSERT_SPEAKER = {dialect: insert(_SPEAKERS).on_conflict_do_nothing(index_elements=["key"])
                   for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))}
# RETURNING makes SQLAlchemy send a batch's quotes as multi-row INSERTs ("insertmanyvalues"), not
# one execution per row. On SQLite that matters: FTS5 flushes its pending terms to a new index
# segment at every statement that fires its trigger, so one row per statement wrote one segment
# per quote and then merged them (~35 us a quote, most of the store's time).
_INSERT_QUOTES = _QUOTES.insert().returning(_QUOTES.c.id)


def _release_values(release: ReleaseLike, digest: str, extractor_version: str) -> dict:
    return {"content_hash": digest, "title": release.title, "published": release.published,
            "location": release.location, "agency": release.agency, "url": release.url,
            "format": release.format, "text": release.text, "extractor_version": extractor_version}


def save_release(session: Session, release: ReleaseLike, quotes: Iterable[QuoteLike],
                 extractor_version: str) -> SaveOutcome:
    """Store ``release`` and its quotes; the same content again changes nothing.

    A release already stored under the same source with other content is replaced
    (its quotes with it); the same content under another source counts as unchanged.
    Safe when several loaders write at once: a source another writer inserts first is
    found, not duplicated. One release of :func:`save_releases`.
    """
    return save_releases(session, [(release, quotes)], extractor_version)[0]


IN_CHUNK = 500
"""Values per ``IN (...)`` list and rows per multi-row insert: well under every driver's parameter limit."""


def save_releases(session: Session, items: Iterable[tuple[ReleaseLike, Iterable[QuoteLike]]],
                  extractor_version: str) -> list[SaveOutcome]:
    """:func:`save_release` for several releases at once, in a few statements for the lot.

    The outcome per release, in order, is what saving them one after another would give: a
    release repeating an earlier one's source or content in the same call is stored after it.
    Look-ups, release inserts, quote deletes, speaker look-ups and inserts, and quote inserts
    are each one statement (per :data:`IN_CHUNK` rows) for the whole call, not one per release.
    """
    items = [(release, list(quotes)) for release, quotes in items]
    outcomes: list[SaveOutcome] = []
    chunk: list[tuple[ReleaseLike, list[QuoteLike], str]] = []
    sources: set[str] = set()
    digests: set[str] = set()
    for release, quotes in items:
        digest = content_hash(release)
        if release.source in sources or digest in digests:  # depends on an earlier one: store those first
            outcomes += _save_chunk(session, chunk, extractor_version)
            chunk, sources, digests = [], set(), set()
        chunk.append((release, quotes, digest))
        sources.add(release.source)
        digests.add(digest)
    outcomes += _save_chunk(session, chunk, extractor_version)
    return outcomes


def _chunks(values: list, size: int = IN_CHUNK) -> Iterator[list]:
    for first in range(0, len(values), size):
        yield values[first:first + size]


def _save_chunk(session: Session, chunk: list[tuple[ReleaseLike, list[QuoteLike], str]],
                extractor_version: str) -> list[SaveOutcome]:
    """Save releases whose sources and contents are all distinct."""
    if not chunk:
        return []
    connection = session.connection()
    existing = _releases_by_source(connection, [release.source for release, _, _ in chunk])
    unseen = [digest for release, _, digest in chunk if release.source not in existing]
    duplicates: dict[str, int] = {}
    for part in _chunks(unseen):
        duplicates.update(connection.execute(_RELEASES_BY_HASH, {"digests": part}).all())
    fresh = [(release, digest) for release, _, digest in chunk
             if release.source not in existing and digest not in duplicates]
    inserted: dict[str, int] = {}
    insert = _INSERT_RELEASES[connection.dialect.name]
    for part in _chunks(fresh):
        rows = [{"source": release.source, **_release_values(release, digest, extractor_version)}
                for release, digest in part]
        inserted.update((row.source, row.id) for row in connection.execute(insert, rows))
    raced = [release.source for release, _ in fresh if release.source not in inserted]
    if raced:  # another writer stored these sources between our look-up and insert: they exist
        existing.update(_releases_by_source(connection, raced))
    outcomes: list[SaveOutcome] = []
    writes: list[tuple[int, str, list[QuoteLike]]] = []
    updated: list[dict] = []
    for release, quotes, digest in chunk:
        if release.source in inserted:
            release_id = inserted[release.source]
            outcomes.append(SaveOutcome("new", len(quotes), release_id))
        elif release.source not in existing:
            outcomes.append(SaveOutcome("unchanged", 0, duplicates[digest]))
            continue
        elif existing[release.source][1] == digest:
            outcomes.append(SaveOutcome("unchanged", 0, existing[release.source][0]))
            continue
        else:
            release_id = existing[release.source][0]
            updated.append({"release_id": release_id, **_release_values(release, digest, extractor_version)})
            outcomes.append(SaveOutcome("updated", len(quotes), release_id))
        writes.append((release_id, release.source, quotes))
    if updated:
        connection.execute(_UPDATE_RELEASE, updated)
        for part in _chunks([row["release_id"] for row in updated]):
            connection.execute(_DELETE_QUOTES_OF, {"release_ids": part})
    _write_quotes_of(session, writes)
    return outcomes


def _releases_by_source(connection, sources: list[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for part in _chunks(sources):
        found.update((row.source, (row.id, row.content_hash)) for row in connection.execute(_RELEASES_BY_SOURCES, {"sources": part}))
    return found


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
                return save_releases(session, items, extractor_version)
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
    """Insert ``quotes`` for a release that has none."""
    quotes = list(quotes)
    if source is None:
        source = session.connection().scalar(select(Release.source).where(Release.id == release_id)) or ""
    _write_quotes_of(session, [(release_id, source, quotes)])
    return len(quotes)


def _write_quotes_of(session: Session, writes: list[tuple[int, str, list[QuoteLike]]]) -> None:
    """Insert the quotes of several releases that have none: ``(release_id, source, quotes)`` each.

    Speaker keys follow :func:`identity_key` (a bare surname is scoped to its release), and a
    split that pinned a key to another speaker for a release wins over every rule there. One
    alias look-up, one speaker look-up and insert (:func:`speaker_ids_for`) and one multi-row insert
    of quotes for all of them.
    """
    connection = session.connection()
    per_release = [(release_id, quotes, *_quote_keys(quotes, source)) for release_id, source, quotes in writes]
    scoped = sorted({scoped_key(key, source) for (_, source, _), (_, _, _, names) in zip(writes, per_release)
                     for key in names if " " in key})
    splits: dict[str, int] = {}
    for part in _chunks(scoped):
        splits.update(connection.execute(_ALIASES, {"keys": part}).all())
    # Each key's name: the fullest form across the batch (the first of equal length), as
    # storing the releases one by one would leave it.
    wanted: dict[str, str] = {}
    pinned_per_release: list[dict[str, int]] = []
    for (_, source, _), (_, _, _, names) in zip(writes, per_release):
        pinned = {key: splits[scoped_key(key, source)] for key in names
                  if " " in key and scoped_key(key, source) in splits}
        pinned_per_release.append(pinned)
        for key, name in names.items():
            if key not in pinned and (key not in wanted or len(name) > len(wanted[key])):
                wanted[key] = name
    speakers = speaker_ids_for(session, wanted)
    rows = []
    for (release_id, quotes, keys, _), pinned in zip(per_release, pinned_per_release):
        rows += [{
            "release_id": release_id, "speaker_id": (pinned.get(key) or speakers[key]) if key else None,
            "text": q.quote, "speaker_as_written": q.speaker_as_written, "title": q.title,
            "readable_title": stored_readable_title(q.readable_title, q.title),
            "organization": q.organization, "cue": q.cue, "start": q.start, "end": q.end, "paragraph": q.paragraph,
        } for key, q in zip(keys, quotes)]
    if rows:
        connection.execute(_INSERT_QUOTES, rows)


def _quote_keys(quotes: list[QuoteLike], source: str) -> tuple[list[str | None], dict[str, str]]:
    """Each quote's :func:`identity_key` in release ``source``, and the name behind each key."""
    keys = [identity_key(q.speaker, source) if q.speaker else None for q in quotes]
    return keys, {key: q.speaker for key, q in zip(keys, quotes) if key}


def _speaker_keys(connection, quotes: list[QuoteLike], source: str
                  ) -> tuple[list[str | None], dict[str, str], dict[str, int]]:
    """Each quote's :func:`identity_key`, the name behind each key, and the keys a split pinned
    to a speaker for this release (those win over every rule)."""
    keys, names = _quote_keys(quotes, source)
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
    ids: dict[str, int] = {}
    for part in _chunks(keys):
        ids.update(connection.execute(_ALIASES, {"keys": part}).all())
    wanted = [key for key in keys if key not in ids]
    if not wanted:
        return ids
    found = _speakers_by_key(connection, wanted)
    missing = [key for key in wanted if key not in found]
    renamed = [key for key in wanted if key in found and len(names[key]) > len(found[key].name)]
    # Inserts, then renames (keep the fullest form seen), each in sorted key order, so two
    # concurrent writers take speaker rows in the same order.
    if missing:
        connection.execute(_INSERT_SPEAKER[connection.dialect.name], [{"name": names[key], "key": key} for key in missing])
        found.update(_speakers_by_key(connection, missing))
    if renamed:
        connection.execute(_RENAME_SPEAKER, [{"speaker_id": found[key].id, "new_name": names[key]} for key in renamed])
    ids.update({key: found[key].id for key in wanted})
    return ids


def _speakers_by_key(connection, keys: list[str]) -> dict:
    found = {}
    for part in _chunks(keys):
        found.update((row.key, row) for row in connection.execute(_SPEAKERS_BY_KEY, {"keys": part}))
    return found
