"""Release metadata read from text: publication date, dateline place, agency."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

from loaders.regex_trie import word_trie
from loaders.vocab import AGENCIES

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "March 11, 2014" possibly glued to what follows, as scraped pages print it.
DATE_IN_TEXT = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d")
# A line that starts with a date: "March 11, 2014Mexico City, MexicoTransnational Gangs".
DATE_LINE = re.compile(rf"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?({_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d)(.*)$")
ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# Two runs glued with no space, lower then upper case: "MexicoTransnational".
_GLUED_WORDS = re.compile(r"(?<=[a-z.)])(?=[A-Z][a-z])")
# "NEW YORK —", "WASHINGTON, D.C. -", "LOS ANGELES, Calif. –", "EL PASO, Texas—" at a paragraph start.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?)"
    r"(?:\s*\((?:AP|Reuters|[A-Z]+)\))?\s*(?:[—–]|--?)\s*"
)


def parse_date(value: str | None) -> date | None:
    """A date from an ISO string or a written one (``March 11, 2014``); ``None`` if unreadable."""
    if not value:
        return None
    value = value.strip()
    iso = ISO_DATE.search(value)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    try:
        parsed = date_parser.parse(value, fuzzy=True, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed.year > 1900 else None


def find_date(text: str) -> date | None:
    """The first written date in the text (the release date in a scraped page)."""
    match = DATE_IN_TEXT.search(text)
    return parse_date(match.group(0)) if match else None


def split_date_line(line: str) -> tuple[date, str | None, str | None] | None:
    """Read a scraped date/place/topic line; ``None`` when the line is not one."""
    match = DATE_LINE.match(line)
    if not match:
        return None
    when = parse_date(match.group(1))
    if when is None:
        return None
    rest = match.group(2).strip()
    if rest and not rest[0].isupper():
        return None
    parts = [p.strip() for p in _GLUED_WORDS.split(rest, maxsplit=1)] if rest else []
    place = parts[0] if parts else None
    topic = parts[1] if len(parts) > 1 else None
    return when, place or None, topic or None


def _title_case_place(place: str) -> str:
    words = []
    for word in place.split(" "):
        if "." in word or not word.isupper() or len(word) <= 1:
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def find_dateline(first_paragraph: str) -> tuple[str, int] | None:
    """The dateline place (title-cased) and where the paragraph's prose starts after it."""
    match = DATELINE.match(first_paragraph)
    if not match:
        return None
    place = match.group("place").strip().rstrip(",")
    if len(place.split()) > 6:
        return None
    return _title_case_place(place), match.end()


# One alternation of every agency form, longest first (as a prefix trie), so the earliest mention wins.
AGENCY_FORMS = {form: canonical for canonical, forms in AGENCIES for form in forms}
"""Each form an agency is named by -> its canonical name."""
_AGENCY_FORMS = AGENCY_FORMS
AGENCY_MENTION = re.compile(
    r"(?<![\w.])(" + word_trie(_AGENCY_FORMS) + r")(?!\w)"
)


def find_agency(*texts: str | None) -> str | None:
    """The canonical agency whose name or acronym appears first in the given texts."""
    for text in texts:
        match = AGENCY_MENTION.search(text) if text else None
        if match:
            return _AGENCY_FORMS[match.group(1)]
    return None
