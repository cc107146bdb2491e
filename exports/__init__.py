"""Turn quote rows into citation tables: CSV, JSON, JSON Lines, Markdown. Streaming, no database."""

from exports.citation import citation
from exports.writers import EXPORT_FIELDS, FORMATS, write_rows

__all__ = ["EXPORT_FIELDS", "FORMATS", "citation", "write_rows"]
