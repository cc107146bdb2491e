"""A database of about a million quotes for the query benchmarks, bulk-inserted with SQLAlchemy core.

Extracting a million quotes would take the better part of an hour at today's extraction
speed, and queries do not care how rows arrived: so quotes found in the dev releases are
dealt out to synthetic releases (``QUOTES_PER_RELEASE`` each, dates spread over 2009-2025)
and synthetic speakers (a long-tailed spread: a few speakers quoted thousands of times,
most a few dozen). Release text is its quotes joined, so offsets still index it.
The database is made by the migrations, so the full-text index and its triggers are real.
"""

from __future__ import annotations

import hashlib
import random
import string
from datetime import date, timedelta
from itertools import accumulate

from sqlalchemy import insert

from db.engine import open_database
from db.models import Quote, Release, Speaker
from db.store import speaker_key
from loaders.extract import extract_quotes
from loaders.files import iter_sources, read_releases
from synth import FIRST_NAMES, LAST_NAMES

QUOTES_PER_RELEASE = 10
SPEAKERS = 20_000
AGENCIES = ("Department of Justice", "White House", "ICE", "DHS", "FBI", "DEA", "State Department")
BATCH = 20_000


def dev_quotes(dev: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, title, cue) of every quote extraction finds in the dev releases."""
    found = []
    for source in iter_sources([dev]):
        if source.kind in ("text", "html"):
            for release in read_releases(source):
                found += [(q.quote, q.title, q.cue) for q in extract_quotes(release.text)]
    return found


def speaker_names(count: int, rng: random.Random) -> list[str]:
    """``count`` names with distinct identity keys: first, initial, a double-barrelled surname."""
    names: list[str] = []
    keys: set[str] = set()
    while len(names) < count:
        name = (f"{rng.choice(FIRST_NAMES)} {rng.choice(string.ascii_uppercase)}. "
                f"{rng.choice(LAST_NAMES)}-{rng.choice(LAST_NAMES)}")
        if speaker_key(name) not in keys:
            keys.add(speaker_key(name))
            names.append(name)
    return names


def build(db: str, quotes: int, dev: str, seed: int = 7) -> list[str]:
    """Fill the database at ``db`` with about ``quotes`` quotes; returns the speaker names."""
    rng = random.Random(seed)
    pool = dev_quotes(dev)
    names = speaker_names(SPEAKERS, rng)
    weights = list(accumulate(1 / (rank + 10) for rank in range(SPEAKERS)))
    engine, _ = open_database(db)
    with engine.begin() as connection:
        connection.execute(insert(Speaker), [{"id": i + 1, "name": n, "key": speaker_key(n)} for i, n in enumerate(names)])
        releases, rows = [], []
        for number in range(quotes // QUOTES_PER_RELEASE):
            chosen = rng.sample(pool, QUOTES_PER_RELEASE)
            text, offsets = "", []
            for quote, _, _ in chosen:
                offsets.append(len(text) + 1)
                text += f'"{quote}" '
            releases.append({"id": number + 1, "source": f"synthetic/r{number:07}.txt", "text": text,
                             "content_hash": hashlib.sha256(f"{number}:{text}".encode()).hexdigest(),
                             "title": f"Synthetic release {number}", "format": "text", "extractor_version": "bench",
                             "published": date(2009, 1, 1) + timedelta(days=rng.randrange(6200)),
                             "agency": rng.choice(AGENCIES), "location": "WASHINGTON"})
            speakers = rng.choices(range(1, SPEAKERS + 1), cum_weights=weights, k=QUOTES_PER_RELEASE)
            for paragraph, ((quote, title, cue), start, speaker) in enumerate(zip(chosen, offsets, speakers)):
                rows.append({"release_id": number + 1, "speaker_id": speaker, "text": quote, "title": title,
                             "speaker_as_written": names[speaker - 1], "organization": None, "cue": cue,
                             "start": start, "end": start + len(quote), "paragraph": paragraph})
            if len(rows) >= BATCH:
                connection.execute(insert(Release), releases)
                connection.execute(insert(Quote), rows)
                releases, rows = [], []
        if rows:
            connection.execute(insert(Release), releases)
            connection.execute(insert(Quote), rows)
    engine.dispose()
    return names
