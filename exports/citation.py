"""The one-line citation of a quote, in a named style: who said it, in which release, when and where.

``chicago`` (default) leads with the speaker, as a note citing a quotation does; ``apa`` leads
with the agency as the press release's author, the year in parentheses and ``[Press release]``.
Plain text: the release title is not italicised, so every format can carry it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache

from db.queries import QuoteRow

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@lru_cache(maxsize=8192)
def _long_date(value: date) -> str:
    """``Month D, YYYY``; cached, since a release's many quotes share its date."""
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"


@lru_cache(maxsize=8192)
def _apa_date(value: date) -> str:
    return f"{value.year}, {MONTHS[value.month - 1]} {value.day}"


def _title(row: QuoteRow) -> str:
    return (row.release_title or row.source).strip().rstrip(".")


def _speaker(row: QuoteRow) -> str:
    return speaker_part(row.speaker, row.speaker_title, row.readable_title)


def speaker_part(speaker: str | None, speaker_title: str | None, readable_title: str | None) -> str:
    """``Name, Title``, or the name alone when there is no title; the title with the acronyms
    its release defines spelled out, as a reader of the citation needs it."""
    name, title = speaker or "Unattributed", readable_title or speaker_title
    return f"{name}, {title}" if title else name


def chicago(row: QuoteRow) -> str:
    """``Name, Title, quoted in "Release," press release, Agency, Place, Month D, YYYY, URL.``"""
    return _speaker(row) + chicago_release(row.release_title, row.source, row.agency, row.release_location,
                                            row.release_date, row.url)


@lru_cache(maxsize=4096)
def chicago_release(title: str | None, source: str, agency: str | None, location: str | None,
                     published: date | None, url: str | None) -> str:
    """What follows the speaker in a ``chicago`` citation: made once per release, not once per quote.

    It always holds a double quote (around the release title), which CSV writers rely on.
    """
    tail = ", ".join(["press release", *[p for p in (agency, location) if p],
                      _long_date(published) if published else "n.d."])
    text = f', quoted in "{(title or source).strip().rstrip(".")}," {tail}' + (f", {url}" if url else "")
    return text if text.endswith(".") else text + "."


def apa(row: QuoteRow) -> str:
    """``Agency. (YYYY, Month D). Release [Press release]. URL`` then who is quoted."""
    when = _apa_date(row.release_date) if row.release_date else "n.d."
    head = f"{row.agency.rstrip('.')}. ({when}). {_title(row)} [Press release]." if row.agency else \
        f"{_title(row)} [Press release]. ({when})."
    place = f" {row.release_location}." if row.release_location else ""
    url = f" {row.url}" if row.url else ""
    return f"{head}{place}{url} (Quoting {_speaker(row)}.)"


STYLES: dict[str, Callable[[QuoteRow], str]] = {"chicago": chicago, "apa": apa}


def citation(row: QuoteRow, style: str = "chicago") -> str:
    """The citation of ``row`` in ``style`` (one of ``STYLES``)."""
    return STYLES[style](row)
