"""Find release files under the paths a user gives and read each into releases.

Walking, decoding and format dispatch live here so every caller (the CLI, the
benchmark, the tests) treats a folder the same way: readable types are read, other
files are skipped and counted, and every failure is a :class:`LoadError` with a reason.
Repairs that keep a release loadable (stray non-UTF-8 bytes, characters no database can
store) come back as :class:`LoadWarning` items, so they are reported rather than silent.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from loaders.errors import LoadError, LoadWarning
from loaders.html_format import parse_html
from loaders.json_format import parse_json_document, parse_jsonl
from loaders.records import ParsedRelease
from loaders.text_format import parse_text

READABLE_SUFFIXES: dict[str, str] = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
                                     ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MANIFEST_NAME = "MANIFEST.tsv"
MAX_FILE_BYTES = 50_000_000
"""A release file larger than this is refused rather than read into memory (no release is near it)."""
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


def read_releases(source: SourceFile) -> Iterator[ParsedRelease | LoadError | LoadWarning]:
    """The releases in one readable file; per-record problems come back as ``LoadError`` items,
    repairs (bytes that were not valid UTF-8) as a ``LoadWarning`` item before the releases.

    Raises :class:`LoadError` when the file as a whole cannot be read.
    """
    decoded = decode(read_bytes(source.path))
    if decoded.repairs:
        yield LoadWarning(decoded.repairs)
    raw, manifest = decoded.text, manifest_entry(source.path)
    if source.kind == "text":
        items: Iterable[ParsedRelease | LoadError] = [parse_text(raw, source.path, manifest=manifest)]
    elif source.kind == "html":
        items = [parse_html(raw, source.path, manifest=manifest)]
    elif source.kind == "json":
        items = parse_json_document(raw, source.path)
    elif source.kind == "jsonl":
        items = parse_jsonl(raw, source.path)
    else:
        raise LoadError(f"not a release file type ({Path(source.path).suffix or 'no suffix'})")
    for item in items:
        if isinstance(item, ParsedRelease):
            where = "" if item.source == source.path else f"{item.source}: "
            item, replaced = storable(item)
            if replaced:
                yield LoadWarning(f"{where}{replaced} NUL or lone surrogate character(s) replaced with U+FFFD")
            if not any(ch.isalnum() for ch in item.text):
                item = LoadError(f"{where}no readable text")
        yield item


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""Characters no database text column takes: NUL (PostgreSQL) and lone surrogates (UTF-8).
JSON escapes (``\\u0000``, ``\\ud800``) let them into a release's fields."""


def storable(release: ParsedRelease) -> tuple[ParsedRelease, int]:
    """``release`` with unstorable characters in its text fields replaced, and how many there were."""
    changes, count = {}, 0
    for name in ("source", "text", "title", "location", "agency", "url"):
        value = getattr(release, name)
        if isinstance(value, str) and not _storable_as_is(value):
            cleaned, found = _UNSTORABLE.subn("\ufffd", value)
            if found:
                changes[name], count = cleaned, count + found
    return (replace(release, **changes) if changes else release), count


def _storable_as_is(value: str) -> bool:
    """True when ``value`` holds no NUL and no lone surrogate (ASCII has none; otherwise strict
    UTF-8 encoding, which refuses every surrogate, is a much quicker test than the pattern)."""
    if "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_bytes(path: str) -> bytes:
    """The file's bytes, refusing missing, unreadable, huge and empty files with a reason."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise LoadError("not a regular file")
        _check_size(info.st_size)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        _check_size(len(data))  # it grew since stat
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


def _check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise LoadError(f"file is too large ({size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, the encoding it was read as, and what had to be repaired (or ``None``)."""

    text: str
    encoding: str
    repairs: str | None = None


def decode_bytes(data: bytes) -> str:
    """Text from bytes (see :func:`decode`)."""
    return decode(data).text


def decode(data: bytes) -> Decoded:
    """Text from bytes, choosing one encoding per file; binary is refused.

    UTF-8 (with or without BOM, or UTF-16 with a BOM) when it decodes. Otherwise the file is
    either Windows-1252 -- the usual encoding of older saved pages, whose 0x93/0x94 are curly
    quotes that Latin-1 would turn into control characters -- or UTF-8 with a few stray bytes
    (a paste from a word processor). Valid multi-byte UTF-8 sequences outnumbering the bad
    bytes means the latter: the file stays UTF-8, only the stray bytes are read as
    Windows-1252, and ``repairs`` says where, so one bad byte never turns a whole file into
    mojibake and is never silent.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise LoadError("invalid UTF-16 text") from None
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # one pass, not one per byte value
    if b"\x00" in sample or controls > len(sample) // 20:
        raise LoadError("binary data, not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    sequences = _UTF8_MULTIBYTE.findall(data)
    bad = _invalid_utf8_bytes(data, sequences)
    if len(sequences) > bad:
        text = data.decode("utf-8-sig", errors=_CP1252_FALLBACK)
        line = data.count(b"\n", 0, first_bad) + 1
        return Decoded(text, "utf-8", f"{bad} byte(s) of invalid UTF-8 (first on line {line}) read as Windows-1252")
    return Decoded(data.decode("cp1252", errors=_CP1252_FALLBACK), "cp1252")


# A well-formed multi-byte UTF-8 sequence (lead byte and its continuation bytes).
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_FALLBACK = "press-quotes-cp1252-fallback"


def _invalid_utf8_bytes(data: bytes, sequences: list[bytes]) -> int:
    """Non-ASCII bytes that are not part of a well-formed UTF-8 sequence."""
    non_ascii = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    return non_ascii - sum(len(seq) for seq in sequences)


def _bytes_as_cp1252(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: each undecodable byte as Windows-1252, else Latin-1 (never fails)."""
    chunk = exc.object[exc.start:exc.end]
    return "".join(_one_byte(bytes([b])) for b in chunk), exc.end


def _one_byte(byte: bytes) -> str:
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


codecs.register_error(_CP1252_FALLBACK, _bytes_as_cp1252)


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
