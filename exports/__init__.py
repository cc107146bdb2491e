"""Turn quote rows into citation tables: CSV, JSON, JSON Lines, Markdown, BibTeX, CSL-JSON, HTML.

Streaming, no database: every writer takes an iterable of ``QuoteRow`` and a text stream.
"""

from exports.citation import STYLES, citation
from exports.writers import EXPORT_FIELDS, FORMATS, write_rows

__all__ = ["EXPORT_FIELDS", "FORMATS", "STYLES", "citation", "write_rows"]
