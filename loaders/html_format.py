"""HTML releases: whole agency pages or body fragments, parsed with lxml.

lxml is a C parser that recovers from truncated and malformed markup, which saved
pages often are, and is fast enough for archive-scale loads.
"""

from __future__ import annotations

from lxml import etree, html as lxml_html

from loaders.errors import LoadError
from loaders.metadata import find_agency, find_dateline, find_date, parse_date
from loaders.normalize import join_paragraphs
from loaders.records import ParsedRelease

# Elements that end a paragraph of reading text.
BLOCK_TAGS: frozenset[str] = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "section", "article", "table", "tr", "td", "th", "pre", "hr", "dd", "dt", "dl", "figure",
     "figcaption", "main", "address", "center"}
)
# Elements whose content is never release text.
DROPPED_TAGS: tuple[str, ...] = ("script", "style", "noscript", "nav", "header", "footer", "aside",
                                 "form", "template", "iframe", "svg", "button", "select")
# Where a full page keeps its release text, most specific first.
MAIN_CONTENT_XPATHS: tuple[str, ...] = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' field--name-body ')]",
    "//*[@itemprop='articleBody']",
    "//article",
    "//main",
    "//*[@id='content' or @id='main-content' or @role='main']",
)
DATE_META_NAMES: tuple[str, ...] = ("article:published_time", "date", "dc.date", "dcterms.date",
                                    "pubdate", "publish-date", "og:published_time")
_BREAK = "\x00"


def parse_html(raw: str, source: str, *, manifest: dict[str, str] | None = None) -> ParsedRelease:
    """Read an HTML page or fragment; ``manifest`` fields fill in what the page lacks."""
    try:
        root = lxml_html.document_fromstring(raw)
    except (etree.ParserError, ValueError) as exc:
        raise LoadError(f"unreadable HTML ({exc})") from None
    meta = manifest or {}
    title = meta.get("title") or _page_title(root)
    published = parse_date(meta.get("date")) or _page_date(root)
    for element in root.xpath("|".join(f"//{tag}" for tag in DROPPED_TAGS)):
        element.drop_tree()
    container = _main_container(root)
    paragraphs = html_paragraphs(container)
    if len(paragraphs) > 1 and title and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]
    text = join_paragraphs(paragraphs)
    if not text:
        raise LoadError("no text found in HTML")
    first_paragraph = text.split("\n\n", 1)[0]
    dateline = find_dateline(first_paragraph)
    return ParsedRelease(
        source=source,
        text=text,
        format="html",
        title=title,
        published=published or find_date(first_paragraph[:200]),
        location=dateline[0] if dateline else None,
        agency=meta.get("agency") or find_agency(title, first_paragraph),
        url=meta.get("url") or _canonical_url(root),
    )


def html_paragraphs(element) -> list[str]:
    """The reading text of an element, one string per block, whitespace collapsed."""
    pieces: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                pieces.append(_BREAK)
            if node.text and tag:
                pieces.append(node.text)
        else:
            if tag in BLOCK_TAGS:
                pieces.append(_BREAK)
            if node.tail and node is not element:
                pieces.append(node.tail)
    return [" ".join(block.split()) for block in "".join(pieces).split(_BREAK) if block.strip()]


def _main_container(root):
    for xpath in MAIN_CONTENT_XPATHS:
        found = root.xpath(xpath)
        if found:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def _page_title(root) -> str | None:
    for xpath in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        found = root.xpath(xpath)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            value = " ".join(value.split())
            if value:
                return value
    return None


def _page_date(root):
    for name in DATE_META_NAMES:
        found = root.xpath(f"//meta[@property='{name}' or @name='{name}']/@content")
        if found and parse_date(found[0]):
            return parse_date(found[0])
    found = root.xpath("//time/@datetime")
    return parse_date(found[0]) if found else None


def _canonical_url(root) -> str | None:
    found = root.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    return found[0] if found else None
