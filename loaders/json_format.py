"""JSON and JSON Lines releases: one release per object.

An object needs ``text`` or ``body`` (plain text or HTML); ``title``, ``date``, ``url``,
``agency`` and ``location`` are read when present. A broken line in a JSONL file is
reported with its line number while the other lines load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from loaders.errors import LoadError
from loaders.html_format import parse_html
from loaders.metadata import find_agency, find_dateline, parse_date
from loaders.normalize import clean_text
from loaders.records import ParsedRelease

TEXT_KEYS: tuple[str, ...] = ("text", "body", "content", "full_text")
DATE_KEYS: tuple[str, ...] = ("date", "published", "date_published", "release_date", "datePublished")
URL_KEYS: tuple[str, ...] = ("url", "link", "source_url")
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|span|a|strong|em|h[1-6]|li|ul|table)\b[^>]*>", re.I)


def parse_json_document(raw: str, source: str) -> Iterator[ParsedRelease | LoadError]:
    """Releases from a ``.json`` file: an object, a list of objects, or ``{"releases": [...]}``."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LoadError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("releases"), list):
        data = data["releases"]
    items = data if isinstance(data, list) else [data]
    if not items:
        raise LoadError("JSON holds no releases")
    for index, item in enumerate(items, start=1):
        where = source if len(items) == 1 else f"{source}#{index}"
        yield _release_or_error(item, where, f"item {index}")


def parse_jsonl(raw: str, source: str) -> Iterator[ParsedRelease | LoadError]:
    """Releases from a ``.jsonl`` file, one per non-blank line."""
    seen_any = False
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        seen_any = True
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(f"line {number}: invalid JSON ({exc.msg})")
            continue
        yield _release_or_error(item, f"{source}#{number}", f"line {number}")
    if not seen_any:
        raise LoadError("empty file")


def _release_or_error(item: Any, source: str, where: str) -> ParsedRelease | LoadError:
    try:
        return release_from_object(item, source)
    except LoadError as exc:
        return LoadError(f"{where}: {exc}")


def release_from_object(item: Any, source: str) -> ParsedRelease:
    """One release from a decoded JSON object."""
    if not isinstance(item, dict):
        raise LoadError(f"not a release: expected an object, got {type(item).__name__}")
    body = _first_string(item, TEXT_KEYS)
    if not body or not body.strip():
        raise LoadError("not a release: no 'text' or 'body' field")
    url = _first_string(item, URL_KEYS)
    release_source = url or source
    title = _first_string(item, ("title", "headline"))
    published = parse_date(_first_string(item, DATE_KEYS))
    agency = _first_string(item, ("agency", "publisher", "component"))
    if _LOOKS_LIKE_HTML.search(body):
        parsed = parse_html(body, release_source, manifest={"title": title or "", "agency": agency or ""})
        text, location = parsed.text, parsed.location
    else:
        text = clean_text(body)
        dateline = find_dateline(text.split("\n\n", 1)[0])
        location = dateline[0] if dateline else None
    if not text:
        raise LoadError("not a release: its text is empty")
    return ParsedRelease(
        source=release_source,
        text=text,
        format="json",
        title=title,
        published=published,
        location=_first_string(item, ("location", "dateline")) or location,
        agency=agency or find_agency(title, text.split("\n\n", 1)[0]),
        url=url,
    )


def _first_string(item: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
