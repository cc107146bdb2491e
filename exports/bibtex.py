"""BibTeX: one ``@misc`` entry per quote, with a key that stays the same across reloads.

The key is the speaker's surname, the year and a short hash of the release source, the quote's
offset and its text, so re-exporting never renumbers entries a paper already cites. Values
are brace-delimited and LaTeX-escaped, so no quote can unbalance an entry.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import IO, Any

from db.queries import QuoteRow
from exports.records import record

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
    "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
_SPECIAL = re.compile(r"[\\{}&%$#_~^]")


def latex_escape(value: Any) -> str:
    """``value`` as text safe inside a braced BibTeX field (newlines folded to spaces)."""
    text = " ".join(str(value).split())
    return _SPECIAL.sub(lambda m: _LATEX_SPECIALS[m.group()], text)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()


def entry_key(row: QuoteRow) -> str:
    """``benner2017-1a2b3c4d``: surname, year and a hash of where the quote is and what it says."""
    words = (row.speaker or "").split()
    surname = (_ascii(words[-1]) if words else "") or "anon"
    year = str(row.release_date.year) if row.release_date else "nd"
    digest = hashlib.sha1(f"{row.source}\x00{row.start}\x00{row.quote}".encode("utf-8", "surrogatepass"))
    return f"{surname}{year}-{digest.hexdigest()[:8]}"


def entry_fields(row: QuoteRow, style: str) -> dict[str, Any]:
    """Standard BibTeX fields first, then every export field under its own name."""
    fields: dict[str, Any] = {"title": row.release_title or row.source, "howpublished": "Press release"}
    if row.agency:
        fields["author"] = "{" + latex_escape(row.agency) + "}"  # a corporate author, kept whole
        fields["organization"] = row.agency
    if row.release_location:
        fields["address"] = row.release_location
    if row.release_date:
        fields.update(year=row.release_date.year, month=MONTH_MACROS[row.release_date.month - 1],
                      date=row.release_date.isoformat())
    if row.url:
        fields["url"] = row.url
    speaker = ", ".join(p for p in (row.speaker or "Unattributed", row.readable_title or row.speaker_title) if p)
    fields["note"] = f"{speaker}: ``{row.quote}''"
    fields.update({name: value for name, value in record(row, style).items() if value is not None})
    return fields


def format_entry(row: QuoteRow, style: str = "chicago") -> str:
    lines = [f"@misc{{{entry_key(row)},"]
    for name, value in entry_fields(row, style).items():
        text = value if name == "author" else latex_escape(value)
        if name == "month":
            lines.append(f"  {name} = {text},")
        else:
            lines.append(f"  {name} = {{{text}}},")
    lines.append("}\n")
    return "\n".join(lines)


def write_bibtex(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    count = 0
    for row in rows:
        out.write(("\n" if count else "") + format_entry(row, style))
        count += 1
    return count
