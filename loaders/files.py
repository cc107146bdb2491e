"""Find release files under the paths a user gives and read each into releases.

Walking, decoding and format dispatch live here so every caller (the CLI, the
benchmark, the tests) treats a folder the same way: readable types are read, other
files are skipped and counted, and every failure is a :class:`LoadError` with a reason.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from loaders.errors import LoadError
from loaders.html_format import parse_html
from loaders.json_format import parse_json_document, parse_jsonl
from loaders.records import ParsedRelease
from loaders.text_format import parse_text

READABLE_SUFFIXES: dict[str, str] = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
                                     ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MANIFEST_NAME = "MANIFEST.tsv"
MAX_FILE_BYTES = 50 * 1024 * 1024
"""A release file larger than this is refused rather than read into memory."""
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A path found under the user's arguments and what the loader will do with it."""

    path: str
    kind: str  # "text" | "html" | "json" | "jsonl" | "skipped" | "missing" | "loop"


def iter_sources(paths: Iterable[str]) -> Iterator[SourceFile]:
    """Every file under ``paths`` (folders recursively, sorted), each with its kind."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, {_real(path)})
        elif path.exists():
            yield SourceFile(str(path), _kind(path))
        else:
            yield SourceFile(str(path), "missing")


def _walk(folder: Path, seen: set[str]) -> Iterator[SourceFile]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        yield SourceFile(str(folder), "missing")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            real = _real(path)
            if real in seen:
                yield SourceFile(str(path), "loop")
                continue
            yield from _walk(path, seen | {real})
        elif entry.name == MANIFEST_NAME or entry.name.startswith("."):
            yield SourceFile(str(path), "skipped")
        else:
            yield SourceFile(str(path), _kind(path))


def _real(path: Path) -> str:
    return os.path.realpath(path)


def _kind(path: Path) -> str:
    return READABLE_SUFFIXES.get(path.suffix.lower(), "skipped")


def read_releases(source: SourceFile) -> Iterator[ParsedRelease | LoadError]:
    """The releases in one readable file; per-record problems come back as ``LoadError`` items.

    Raises :class:`LoadError` when the file as a whole cannot be read.
    """
    raw = decode_bytes(read_bytes(source.path))
    manifest = manifest_entry(source.path)
    if source.kind == "text":
        yield parse_text(raw, source.path, manifest=manifest)
    elif source.kind == "html":
        yield parse_html(raw, source.path, manifest=manifest)
    elif source.kind == "json":
        yield from parse_json_document(raw, source.path)
    elif source.kind == "jsonl":
        yield from parse_jsonl(raw, source.path)
    else:
        raise LoadError(f"not a release file type ({Path(source.path).suffix or 'no suffix'})")


def read_bytes(path: str) -> bytes:
    """The file's bytes, refusing missing, unreadable, huge and empty files with a reason."""
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise LoadError(f"file is too large ({size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 10**6} MB)")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise LoadError("file not found (was it moved or deleted?)") from None
    except IsADirectoryError:
        raise LoadError("is a directory") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as exc:
        raise LoadError(f"cannot read file ({exc.strerror or exc})") from None
    if not data.strip():
        raise LoadError("empty file")
    return data


def decode_bytes(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252; binary is refused.

    Windows-1252 is the usual encoding of older saved pages; its 0x93/0x94 are curly
    quotes, which Latin-1 would turn into control characters.
    """
    sample = data[:8192]
    if b"\x00" in sample or sum(sample.count(b) for b in _CONTROL_BYTES) > len(sample) // 20:
        raise LoadError("binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


@lru_cache(maxsize=256)
def _manifest(folder: str) -> dict[str, dict[str, str]]:
    path = os.path.join(folder, MANIFEST_NAME)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
    entries = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if name:
            entry = {key: (value or "").strip() for key, value in row.items() if key}
            origin = entry.get("origin", "")
            if "http" in origin and not entry.get("url"):
                entry["url"] = origin[origin.index("http"):].split()[0]
            entries[name] = entry
    return entries


def manifest_entry(path: str) -> dict[str, str] | None:
    """Metadata for ``path`` from a ``MANIFEST.tsv`` beside it (title, date, agency, url), if any."""
    folder, name = os.path.split(path)
    return _manifest(folder or ".").get(name)
