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

from sqlalchemy import delete, select
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


def save_release(session: Session, release: ReleaseLike, quotes: Iterable[QuoteLike],
                 extractor_version: str) -> SaveOutcome:
    """Store ``release`` and its quotes; the same content again changes nothing.

    A release already stored under the same source with other content is replaced
    (its quotes with it); the same content under another source counts as unchanged.
    """
    digest = content_hash(release)
    existing = session.scalar(select(Release).where(Release.source == release.source))
    if existing is not None and existing.content_hash == digest:
        return SaveOutcome("unchanged", 0, existing.id)
    if existing is None:
        duplicate = session.scalar(select(Release.id).where(Release.content_hash == digest).limit(1))
        if duplicate is not None:
            return SaveOutcome("unchanged", 0, duplicate)
        row = Release(source=release.source)
        session.add(row)
        status = "new"
    else:
        row = existing
        session.execute(delete(Quote).where(Quote.release_id == row.id))
        status = "updated"
    row.content_hash = digest
    row.title = release.title
    row.published = release.published
    row.location = release.location
    row.agency = release.agency
    row.url = release.url
    row.format = release.format
    row.text = release.text
    row.extractor_version = extractor_version
    session.flush()
    added = replace_quotes(session, row.id, quotes)
    return SaveOutcome(status, added, row.id)


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


def replace_quotes(session: Session, release_id: int, quotes: Iterable[QuoteLike]) -> int:
    """Write ``quotes`` as the quotes of release ``release_id`` (existing ones removed)."""
    session.execute(delete(Quote).where(Quote.release_id == release_id))
    rows = []
    speakers: dict[str, int] = {}
    source = session.scalar(select(Release.source).where(Release.id == release_id)) or ""
    for quote in quotes:
        speaker_id = None
        if quote.speaker:
            key = identity_key(quote.speaker, source)
            if key not in speakers:
                pinned = _alias(session, scoped_key(key, source)) if " " in key else None
                speakers[key] = pinned or speaker_id_for(session, quote.speaker, key)
            speaker_id = speakers[key]
        rows.append({
            "release_id": release_id, "speaker_id": speaker_id, "text": quote.quote,
            "speaker_as_written": quote.speaker_as_written, "title": quote.title,
            "organization": quote.organization, "cue": quote.cue, "start": quote.start,
            "end": quote.end, "paragraph": quote.paragraph,
        })
    if rows:
        session.execute(Quote.__table__.insert(), rows)
    return len(rows)


def speaker_id_for(session: Session, name: str, key: str | None = None) -> int:
    """The id of the speaker ``name`` stands for, creating one; merges (aliases) win.

    Safe under concurrent writers: the insert ignores a key another writer just added.
    """
    key = key or speaker_key(name)
    alias = _alias(session, key)
    if alias is not None:
        return alias
    found = session.execute(select(Speaker.id, Speaker.name).where(Speaker.key == key)).first()
    if found is not None:
        if len(name) > len(found.name):
            session.get(Speaker, found.id).name = name  # keep the fullest form seen
        return found.id
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(Speaker).values(name=name, key=key).on_conflict_do_nothing(index_elements=["key"]))
    return session.scalar(select(Speaker.id).where(Speaker.key == key))


def _alias(session: Session, key: str) -> int | None:
    """The speaker a merge or split pinned ``key`` to, if any."""
    return session.scalar(select(SpeakerAlias.speaker_id).where(SpeakerAlias.key == key))
