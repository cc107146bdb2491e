"""Benchmark extraction, loading and queries at archive scale; prints rich tables.

    python bench/run.py                                  # 1k and 10k releases (about 10 minutes on 2 cores)
    python bench/run.py --sizes 1000 10000 100000 --quotes 1000000   # the full set in BENCHMARKS.md

Every archive is synthetic (``synth.py``), written to a temporary folder and deleted after.
Each measurement runs in its own process, whose peak RSS comes from ``os.wait4``: the
largest resident size of that process or any worker process it waited for.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.table import Table

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
QUOTES_CLI = [sys.executable, "-c", "import cli; cli.main()"]
QUERY_RUNS = 5

console = Console(width=max(Console().width, 130))  # full tables even when piped to a file


def run_child(command: list[str]) -> tuple[float, float, int, str]:
    """Run ``command`` from the repository root: wall seconds, CPU seconds, peak RSS in MiB, stdout.

    CPU seconds (user + system, the child and its workers) give a per-core rate that holds
    even when other work shares the machine; wall seconds are what a user waits.
    """
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as output, tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=errors, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):  # 1: some files failed, reported, the rest loaded
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read()[-2000:]}")
        output.seek(0)
        return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, output.read()


def archive_rows(sizes: list[int], workers: list[int], work: Path) -> Table:
    from synth import build_archive, load_templates

    templates = load_templates(DEV)
    table = Table(title=f"Extraction and load into SQLite ({os.cpu_count()} cores)")
    for name in ("releases", "MB", "extract rel/s", "per CPU-s", "MB/CPU-s", "read+parse rel/s", "RSS"):
        table.add_column(name, justify="right")
    for count in workers:
        table.add_column(f"load {count}w rel/s", justify="right")
        table.add_column("per CPU-s", justify="right")
        table.add_column("RSS", justify="right")
    for size in sizes:
        folder = work / f"archive{size}"
        megabytes = build_archive(templates, folder, size) / 1e6
        console.print(f"[dim]built {size} releases ({megabytes:.0f} MB); extracting...[/]")
        _, _, rss, output = run_child([sys.executable, str(BENCH / "extract_only.py"), str(folder)])
        found = json.loads(output)
        cells = [f"{size:,}", f"{megabytes:.0f}", f"{found['releases'] / found['extract_seconds']:,.0f}",
                 f"{found['releases'] / found['extract_cpu_seconds']:,.0f}",
                 f"{found['text_bytes'] / 1e6 / found['extract_cpu_seconds']:.2f}",
                 f"{found['releases'] / found['read_seconds']:,.0f}", f"{rss} MiB"]
        for count in workers:
            console.print(f"[dim]loading {size} with {count} worker(s)...[/]")
            db = work / f"load{size}_{count}.db"
            seconds, cpu, rss, _ = run_child(QUOTES_CLI + ["--db", str(db), "load", str(folder), "--workers", str(count)])
            cells += [f"{size / seconds:,.0f}", f"{size / cpu:,.0f}", f"{rss} MiB"]
            for leftover in work.glob(f"{db.name}*"):
                leftover.unlink()
        table.add_row(*cells)
        subprocess.run(["rm", "-rf", str(folder)], check=True)
    return table


def _median_ms(factory, filters) -> tuple[int, float]:
    from db.queries import iter_quotes

    timings, rows = [], 0
    for _ in range(QUERY_RUNS + 1):  # the first run warms the cache and is dropped
        with factory() as session:
            started = time.perf_counter()
            rows = sum(1 for _ in iter_quotes(session, filters))
            timings.append(time.perf_counter() - started)
    return rows, statistics.median(timings[1:]) * 1000


def query_rows(quotes: int, work: Path, db: str, backend: str) -> Table:
    """Build about ``quotes`` quotes into the empty database ``db`` and time list and export on it."""
    from sqlalchemy import func, select

    from db.engine import open_database
    from db.models import Quote, Speaker
    from db.queries import QuoteFilter
    from million import build

    console.print(f"[dim]building a database of {quotes:,} quotes ({backend})...[/]")
    build(db, quotes, str(DEV))
    engine, factory = open_database(db)
    if engine.dialect.name == "postgresql":  # autovacuum would within a minute of a real load; do it now
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")
    with factory() as session:
        by_count = session.execute(select(Speaker.name, func.count(Quote.id)).join(Quote)
                                   .group_by(Speaker.id).order_by(func.count(Quote.id).desc())).all()
    engine.dispose()
    typical, busiest = by_count[len(by_count) // 2][0], by_count[0][0]
    cases = [
        ("list --speaker (a typical speaker, full name)", QuoteFilter(speaker=typical), ["--speaker", typical]),
        ("list --speaker (the busiest speaker)", QuoteFilter(speaker=busiest), ["--speaker", busiest]),
        ("list --speaker kowalski --limit 50 (many speakers)", QuoteFilter(speaker="kowalski", limit=50), None),
        ("list --search bilateral", QuoteFilter(search="bilateral"), ["--search", "bilateral"]),
        ('list --search \'"law enforcement"\' --limit 50', QuoteFilter(search='"law enforcement"', limit=50), None),
        ("list --search the --limit 50 (matches every quote)", QuoteFilter(search="the", limit=50), None),
    ]
    engine, factory = open_database(db)
    table = Table(title=f"Queries at {quotes:,} quotes ({backend}, median of {QUERY_RUNS} warm runs)")
    for name in ("query", "rows", "query ms", "whole CLI ms"):
        table.add_column(name, justify="right" if name != "query" else "left")
    for label, filters, cli_args in cases:
        rows, ms = _median_ms(factory, filters)
        wall = "" if cli_args is None else \
            f"{run_child(QUOTES_CLI + ['--db', db, 'list', '--format', 'jsonl'] + cli_args)[0] * 1000:,.0f}"
        table.add_row(label, f"{rows:,}", f"{ms:,.1f}", wall)
    engine.dispose()
    seconds, _, rss, _ = run_child(QUOTES_CLI + ["--db", db, "export", "--output", str(work / "export.csv")])
    table.add_row(f"export --format csv ({quotes:,} rows, peak RSS {rss} MiB)", f"{quotes:,}", "", f"{seconds * 1000:,.0f}")
    return table


@contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    """A fresh schema on the PostgreSQL server at ``url``, dropped afterwards, as a URL the CLI accepts."""
    from sqlalchemy import create_engine, make_url, text

    schema = f"quotes_bench_{os.getpid()}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000], help="archive sizes in releases")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts for load")
    parser.add_argument("--quotes", type=int, default=0,
                        help="also build a database of this many quotes and time list/export on it (1000000)")
    parser.add_argument("--postgres", metavar="URL",
                        help="with --quotes, also time the queries on this PostgreSQL server, in a throwaway schema "
                             "(postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    args = parser.parse_args()
    if not DEV.is_dir():
        raise SystemExit(f"the dev corpus is not at {DEV}")
    sys.path.insert(0, str(BENCH))
    console.print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as folder:
        if args.sizes:
            console.print(archive_rows(args.sizes, args.workers, Path(folder)))
        if args.quotes:
            console.print(query_rows(args.quotes, Path(folder), str(Path(folder) / "million.db"), "SQLite"))
        if args.quotes and args.postgres:
            with postgres_schema(args.postgres) as url:
                console.print(query_rows(args.quotes, Path(folder), url, "PostgreSQL"))


if __name__ == "__main__":
    main()
