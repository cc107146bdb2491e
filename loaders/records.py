"""Small immutable records passed from the loaders to their callers."""

from __future__ import annotations

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
