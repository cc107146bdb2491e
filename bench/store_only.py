"""Benchmark the store alone: extracted dev releases written into a new SQLite file.

    python bench/store_only.py [--copies 4] [--batch 64]

Releases are read and extracted first (not timed), each copy under its own source name
and with its own text, so every copy is a new release; then they are stored in batches
as ``quotes load`` stores them. Prints releases and quotes per CPU-second of the store.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
import time
from pathlib import Path

from db.engine import open_database
from db.store import store_releases
from loaders.extract import EXTRACTOR_VERSION, extract_quotes
from loaders.files import iter_sources, read_releases

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    releases = [release for source in iter_sources([str(DEV)]) if source.kind != "skipped"
                for release in read_releases(source)]
    items = []
    for copy in range(args.copies):
        for release in releases:
            copied = dataclasses.replace(release, source=f"{release.source}#{copy}", text=f"{release.text}\n\n[{copy}]")
            items.append((copied, extract_quotes(copied.text, title=copied.title)))
    with tempfile.TemporaryDirectory() as folder:
        _, factory = open_database(f"sqlite:///{folder}/store.db")
        started, started_cpu = time.perf_counter(), time.process_time()
        for at in range(0, len(items), args.batch):
            store_releases(factory, items[at:at + args.batch], EXTRACTOR_VERSION)
        wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    quotes = sum(len(found) for _, found in items)
    print(json.dumps({"releases": len(items), "quotes": quotes, "cpu_seconds": round(cpu, 3),
                      "wall_seconds": round(wall, 3), "releases_per_cpu_second": round(len(items) / cpu),
                      "quotes_per_cpu_second": round(quotes / cpu)}))


if __name__ == "__main__":
    main()
