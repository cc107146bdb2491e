"""Read press releases and extract their quotations: pure text processing, no database.

The public surface is small:

* :func:`loaders.files.iter_sources` walks paths and says which files can be read;
* :func:`loaders.files.read_releases` turns one file into :class:`ParsedRelease` records;
* :func:`loaders.extract.extract_quotes` finds quotes and speakers in a release's text.
"""

from loaders.extract import EXTRACTOR_VERSION, extract_quotes
from loaders.records import ExtractedQuote, ParsedRelease

__all__ = ["EXTRACTOR_VERSION", "ExtractedQuote", "ParsedRelease", "extract_quotes"]
