"""Read and extract many files, optionally in worker processes: the load job minus storage.

The caller (the CLI) stores each :class:`FileResult` as it arrives, so the archive is
streamed: with workers, at most ``workers * IN_FLIGHT_PER_WORKER`` batches of
``BATCH_FILES`` files are read, extracted or waiting to be stored at any moment, however
large the archive.
"""

from __future__ import annotations

import signal
from collections import deque
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from dataclasses import dataclass, field
from traceback import format_exc

from loaders.errors import LoadError, LoadWarning
from loaders.extract import extract_quotes
from loaders.files import SourceFile, iter_sources, read_releases
from loaders.records import ExtractedQuote, ParsedRelease

BATCH_FILES = 16
"""Files sent to a worker in one task: enough to amortise pickling, small enough to stay flat."""
IN_FLIGHT_PER_WORKER = 4
"""Batches queued per worker so workers never wait on the consumer, nor run far ahead of it."""
UNREADABLE_KINDS = {"missing": "no such file or folder", "loop": "folder link loops back on itself"}


@dataclass(slots=True)
class FileResult:
    """What one file gave: its releases with their quotes, per-record errors, or why it failed."""

    path: str
    kind: str
    releases: list[tuple[ParsedRelease, list[ExtractedQuote]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    traceback: str | None = None
    """The traceback of an unexpected error (a bug, not bad input), for ``--debug``."""
    unchanged: int = 0
    """Releases read but not extracted because the caller's ``skip`` said they are already stored."""

    @property
    def skipped(self) -> bool:
        return self.kind == "skipped"


Skip = Callable[[ParsedRelease], bool]
"""Says a release needs no extraction (e.g. the caller stored this very content already)."""
_worker_skip: Skip | None = None


def process_file(source: SourceFile, skip: Skip | None = None) -> FileResult:
    """Read one file and extract quotes from every release in it; never raises for bad input.

    A release ``skip`` returns true for is counted in ``unchanged`` instead of extracted.
    """
    result = FileResult(source.path, source.kind)
    if source.kind in UNREADABLE_KINDS:
        result.errors.append(UNREADABLE_KINDS[source.kind])
        return result
    if source.kind == "skipped":
        return result
    try:
        for item in read_releases(source):
            if isinstance(item, LoadWarning):
                result.warnings.append(str(item))
            elif isinstance(item, LoadError):
                result.errors.append(str(item))
            elif skip is not None and skip(item):
                result.unchanged += 1
            else:
                result.releases.append((item, extract_quotes(item.text, title=item.title)))
    except LoadError as exc:
        result.errors.append(str(exc))
    except RecursionError:
        result.errors.append("document nests too deeply to read")
    except Exception as exc:  # a bug must cost this file, not the whole load; --debug shows it
        first_line = (str(exc).strip().splitlines() or [""])[0]
        result.errors.append(f"internal error ({type(exc).__name__}: {first_line}); please report it")
        result.traceback = format_exc()
    return result


def process_batch(sources: list[SourceFile]) -> list[FileResult]:
    """:func:`process_file` over a batch: the unit of work a worker process receives."""
    return [process_file(source, _worker_skip) for source in sources]


def _start_worker(skip: Skip | None) -> None:
    # Workers ignore Ctrl-C: the terminal sends it to the whole process group, and only the parent
    # should handle it (it stops, reports, and shuts the pool down) instead of each worker printing a traceback.
    global _worker_skip
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_skip = skip


@contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C back while the pool is handed work, and deliver it just after.

    A KeyboardInterrupt raised inside ``ProcessPoolExecutor.submit`` can leave the pool half
    updated, and ``shutdown`` then waits for ever. The threads and workers ``submit`` starts
    inherit the mask, so later Ctrl-Cs reach the main thread, between calls, as they should.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks, keep the old behaviour
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def process_paths(paths: Iterable[str], workers: int = 1, skip: Skip | None = None) -> Iterator[FileResult]:
    """Results for every file under ``paths``, in order; ``workers`` > 1 uses that many processes.

    Files are discovered lazily and submitted in batches with a bounded queue, so memory
    does not grow with the archive; results come back in the order the files were found.
    ``skip`` (see :func:`process_file`) goes to each worker once, when it starts.
    """
    sources = iter_sources(paths)
    if workers <= 1:
        for source in sources:
            yield process_file(source, skip)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(skip,))
    pending: deque[Future[list[FileResult]]] = deque()
    try:
        while batch := list(islice(sources, BATCH_FILES)):
            with _sigint_deferred():
                pending.append(pool.submit(process_batch, batch))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
