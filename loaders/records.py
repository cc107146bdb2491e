"""Small immutable records passed from the loaders to their callers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    """One quotation found in a release's stored text.

    ``start``/``end`` index the release text; for a quote on one paragraph
    ``text[start:end] == quote``. A quote running over paragraphs keeps the span of
    the whole run while ``quote`` joins its pieces with single spaces.
    """

    quote: str
    start: int
    end: int
    paragraph: int
    speaker: str | None = None
    speaker_as_written: str | None = None
    title: str | None = None
    organization: str | None = None
    cue: str | None = None
    readable_title: str | None = None  # ``title`` with the acronyms the release defines spelled out


@dataclass(frozen=True, slots=True)
class ParsedRelease:
    """A release read from a file: metadata plus the plain text quotes are found in."""

    source: str
    text: str
    format: str
    title: str | None = None
    published: date | None = None
    location: str | None = None
    agency: str | None = None
    url: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def fingerprint(release: ParsedRelease) -> str:
    """A hash of everything stored about a release (text and metadata), so that a changed file is
    noticed and an unchanged one need not be extracted again."""
    digest = hashlib.sha256()
    for part in (release.text, release.title or "", str(release.published or ""), release.location or "",
                 release.agency or "", release.url or ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()
