"""Plain-text releases: first line the title, the rest the body, as saved from a web page.

Scraped pages carry navigation lines ("Skip to main content"), a glued date/place/topic
line (``March 11, 2014Mexico City, MexicoTransnational Gangs``) and a trailing
``Updated:`` stamp; these are read for metadata or dropped, never kept as body text.
"""

from __future__ import annotations

import re

from loaders.metadata import find_agency, find_dateline, parse_date, split_date_line
from loaders.normalize import clean_text, normalize_newlines, normalize_unicode_once
from loaders.records import ParsedRelease

# Lines that are page furniture, not release text (compared lower-cased, stripped).
NAVIGATION_LINES: frozenset[str] = frozenset(
    {"skip to main content", "skip to content", "skip navigation", "main menu", "menu", "search",
     "share", "print", "email", "facebook", "twitter", "linkedin", "back to top", "press releases",
     "news releases", "official website of the department of homeland security",
     "an official website of the united states government", "here's how you know", "breadcrumb",
     "home", "news", "newsroom"}
)
# Header lines of a release that are neither its title nor its body (compared lower-cased, stripped).
HEADER_LINES: frozenset[str] = frozenset(
    {"news release", "press release", "for immediate release", "media advisory", "press statement",
     "statement", "news", "immediate release"}
)
# A contact or reference line in a release header: "Contact: ICE Public Affairs", "(202) 514-2648",
# "Release Number: 06-123".
HEADER_FIELD = re.compile(
    r"^(?:(?:media\s+)?contacts?|release\s+(?:number|no\.?|#)|phone|tel\.?|fax|e-?mail)\s*:.*$"
    r"|^\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}$", re.I)
_HEADER_REGION = 12
"""Lines at the top of a file read for release-header lines."""
_DATELINE_PARAGRAPHS = 3
"""Paragraphs searched for the dateline (a contact line may come first)."""
# A page-footer stamp: "Updated:", "Updated: 03/11/2014", "Last Reviewed: July 3, 2019".
FOOTER_STAMP = re.compile(r"^(?:Updated|Last (?:Reviewed|Modified|Updated)|Page last reviewed)\s*:.*$", re.I)
_HEADER_LINES_SCANNED = 6


_LONGEST_NAVIGATION_LINE = max(map(len, NAVIGATION_LINES))


def _navigation_line(line: str) -> bool:
    """A line of page furniture (``Skip to main content``), compared stripped, lower-cased and
    without trailing colons. Lower-casing never shortens a string, so a line longer than the
    longest such line without its colons is none of them, and is not lower-cased (most lines)."""
    stripped = line.strip()
    if len(stripped) > _LONGEST_NAVIGATION_LINE and len(stripped.rstrip(":")) > _LONGEST_NAVIGATION_LINE:
        return False
    return stripped.lower().rstrip(":") in NAVIGATION_LINES


def _header_line(line: str) -> bool:
    """A release-header line that is neither title nor body: ``News Release``, ``Contact: …``."""
    return line.lower().rstrip(":") in HEADER_LINES or bool(HEADER_FIELD.match(line))


LONGEST_TITLE = 300
"""Characters a title line may hold; a longer first line is body text (a file saved without
its headline)."""


def _reads_as_body(line: str) -> bool:
    """A first line that opens the release body rather than titling it: a dateline
    (``WASHINGTON — …``) or a paragraph's length."""
    return len(line) > LONGEST_TITLE or find_dateline(line) is not None


def parse_text(raw: str, source: str, *, manifest: dict[str, str] | None = None) -> ParsedRelease:
    """Read a plain-text release; ``manifest`` fields fill in what the text lacks."""
    normalized, settled = normalize_unicode_once(raw)
    lines = normalize_newlines(normalized).split("\n")
    lines = [line for index, line in enumerate(lines) if not _navigation_line(line)
             and not (index < _HEADER_REGION and _header_line(line.strip()))]
    while lines and (not lines[-1].strip() or FOOTER_STAMP.match(lines[-1].strip())):
        lines.pop()

    published = place = topic = None
    for index, line in enumerate(lines[:_HEADER_LINES_SCANNED]):
        found = split_date_line(line.strip())
        if found:
            published, place, topic = found
            del lines[index]
            break

    while lines and not lines[0].strip():
        lines.pop(0)
    has_title = bool(lines) and not _reads_as_body(lines[0].strip())
    title = lines[0].strip() if has_title else None
    body = clean_text("\n".join(lines[1:] if has_title else lines), settled=settled)  # whole lines, as it needs
    first_paragraph = body.split("\n\n", 1)[0]
    dateline = next(filter(None, map(find_dateline, body.split("\n\n", _DATELINE_PARAGRAPHS)[:_DATELINE_PARAGRAPHS])), None)
    meta = manifest or {}
    return ParsedRelease(
        source=source,
        text=body,
        format="text",
        title=meta.get("title") or title,
        published=published or parse_date(meta.get("date")),
        location=dateline[0] if dateline else place,
        agency=meta.get("agency") or find_agency(title, first_paragraph),
        url=meta.get("url"),
        extra={"topic": topic} if topic else {},
    )

