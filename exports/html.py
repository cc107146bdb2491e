"""One self-contained, searchable HTML page of the citations table: no network, no outside assets.

Release text is untrusted. Every value is HTML-escaped; a link is made only of an http(s) URL;
and a Content-Security-Policy allows only this page's own style and script (by hash), so even
a quote that slipped past escaping could not run a script or fetch anything.
The page is written row by row, so a million quotes never sit in memory.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from html import escape
from typing import IO

from db.queries import QuoteRow
from exports.citation import citation

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:12px 20px;display:flex;
gap:16px;align-items:center;flex-wrap:wrap}
h1{font-size:18px;margin:0}
input[type=search]{flex:1;min-width:200px;font:inherit;padding:6px 10px;border:1px solid #bbb;border-radius:6px}
#count{color:#666;white-space:nowrap}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;vertical-align:top;padding:8px 12px;border-bottom:1px solid #eee}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#666;background:#f4f4f4}
td.who{width:16%}td.when{white-space:nowrap}
.title{color:#555;font-size:13px}
blockquote{margin:0;max-width:60ch}
.cite{font-size:13px;color:#333;max-width:45ch;user-select:all}
tr[hidden],#none[hidden]{display:none}
#none{padding:20px;color:#666}
""".strip()

SCRIPT = """
(function () {
  var input = document.getElementById("q");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#quotes tbody tr"));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var count = document.getElementById("count"), none = document.getElementById("none");
  function apply() {
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0;
    rows.forEach(function (row, i) {
      var hit = terms.every(function (term) { return texts[i].indexOf(term) !== -1; });
      row.hidden = !hit;
      if (hit) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " quotes";
    none.hidden = shown !== 0;
  }
  var wanted = /^#q=(.*)$/.exec(location.hash);
  if (wanted) { input.value = decodeURIComponent(wanted[1]); }
  input.addEventListener("input", function () {
    apply();
    try { history.replaceState(null, "", "#q=" + encodeURIComponent(input.value)); } catch (e) {}
  });
  apply();
})();
""".strip()


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


CSP = f"default-src 'none'; style-src '{_hash(STYLE)}'; script-src '{_hash(SCRIPT)}'; form-action 'none'"


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _link(row: QuoteRow) -> str:
    title = _e(row.release_title or row.source)
    if row.url and row.url.lower().startswith(("https://", "http://")):
        return f'<a href="{_e(row.url)}" rel="noopener noreferrer">{title}</a>'
    return title


def page_head(title: str = "Quotes: citations table") -> str:
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1>"
        "<input id=\"q\" type=\"search\" placeholder=\"Search speakers, quotes, releases, dates…\" "
        "aria-label=\"Search the quotes\" autofocus><span id=\"count\" aria-live=\"polite\"></span></header>\n"
        "<table id=\"quotes\">\n<thead><tr><th>Speaker</th><th>Quote</th><th>Release</th><th>Date</th>"
        "<th>Citation</th></tr></thead>\n<tbody>\n"
    )


def table_row(row: QuoteRow, style: str = "chicago") -> str:
    """One quote as a table row; every value escaped."""
    who = f"<b>{_e(row.speaker or 'Unattributed')}</b>"
    role = ", ".join(p for p in (row.speaker_title, row.organization) if p)
    if role:
        who += f"<div class=\"title\">{_e(role)}</div>"
    where = ", ".join(p for p in (row.agency, row.release_location) if p)
    release = _link(row) + (f"<div class=\"title\">{_e(where)}</div>" if where else "")
    when = row.release_date.isoformat() if row.release_date else ""
    return (f"<tr id=\"q{row.quote_id}\"><td class=\"who\">{who}</td><td><blockquote>“{_e(row.quote)}”</blockquote>"
            f"</td><td>{release}</td><td class=\"when\">{when}</td>"
            f"<td class=\"cite\">{_e(citation(row, style))}</td></tr>\n")


def page_tail() -> str:
    return (f"</tbody>\n</table>\n<p id=\"none\" hidden>No quotes match.</p>\n"
            f"<script>{SCRIPT}</script>\n</body>\n</html>\n")


def write_html(rows: Iterable[QuoteRow], out: IO[str], style: str = "chicago") -> int:
    out.write(page_head())
    count = 0
    for row in rows:
        out.write(table_row(row, style))
        count += 1
    out.write(page_tail())
    return count
