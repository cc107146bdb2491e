"""Store-only speed: the dev releases, extracted once up front, stored as `quotes load` stores them.

    python bench/store_only.py [--repeat 4] [--batch 64]

Extraction is not timed. Each repeat stores every dev release under new sources, with a line of
its own after the text (new releases, since the same content under another source is a duplicate;
speakers shared with earlier repeats), then the first repeat's releases once more (all unchanged).
Prints releases per CPU-second (``time.process_time``) and per wall second for both.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from db.engine import open_database  # noqa: E402
from db.store import store_releases  # noqa: E402
from loaders.extract import EXTRACTOR_VERSION  # noqa: E402
from loaders.pipeline import process_paths  # noqa: E402

DEV = BENCH.parent.parent / "shared" / "corpus" / "dev"


def repeated(items, round_: int) -> list:
    """``items`` as round ``round_`` stores them: their own sources and a closing line of their own."""
    return [(dataclasses.replace(r, source=f"r{round_}/{r.source}", text=f"{r.text}\n\nRound {round_}."), q)
            for r, q in items]


def timed_store(factory, items, batch: int) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    for first in range(0, len(items), batch):
        store_releases(factory, items[first:first + batch], EXTRACTOR_VERSION)
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()
    items = [pair for result in process_paths([str(DEV)]) for pair in result.releases]
    quotes = sum(len(q) for _, q in items)
    with tempfile.TemporaryDirectory() as folder:
        engine, factory = open_database(args.db or str(Path(folder) / "store.db"))
        cpu = wall = 0.0
        for round_ in range(args.repeat):
            c, w = timed_store(factory, repeated(items, round_), args.batch)
            cpu, wall = cpu + c, wall + w
        stored = len(items) * args.repeat
        print(f"new: {stored} releases ({quotes * args.repeat} quotes): {stored / cpu:,.0f} rel/CPU-s, {stored / wall:,.0f} rel/s wall")
        again = repeated(items, 0)
        c, w = timed_store(factory, again, args.batch)
        print(f"unchanged: {len(again)} releases: {len(again) / c:,.0f} rel/CPU-s, {len(again) / w:,.0f} rel/s wall")
        engine.dispose()


if __name__ == "__main__":
    main()
