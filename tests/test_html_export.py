"""The HTML export in a real headless browser: our script runs, search filters, a quote's script doesn't.

Uses Chromium's ``--dump-dom`` (the DOM after scripts ran), so no WebDriver is needed. Skips
where no Chromium or Chrome is installed (``apt-get install chromium`` to run it).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import pytest

from db.queries import QuoteRow
from exports import write_rows

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
BROWSER = next((path for path in map(shutil.which, BROWSERS) if path), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium/Chrome installed")

ATTACKS = [
    "<script>document.body.setAttribute('data-pwned', 'script')</script>",
    "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\">",
    "</td></tr></tbody></table><script>document.title = 'pwned'</script>",
]


def rows() -> list[QuoteRow]:
    people = [("Derek N. Benner", "Acting EAD for HSI"), ("Laura Dogu", "Chargé"), ("Jean Manes", "Ambassador")]
    made = [QuoteRow(i + 1, f"Words of {name.split()[-1]} about partnership.", name, title, None, "said",
                     f"Release {i + 1}", date(2014 + i, 3, 11), "Mexico City", "ICE", f"r{i}.txt",
                     f"https://www.ice.gov/r{i}", 0, 10, 0) for i, (name, title) in enumerate(people)]
    made += [QuoteRow(10 + i, attack, "Mallory Attacker", None, None, "said", attack, None, None, None, "x.txt",
                      "javascript:document.body.setAttribute('data-pwned','href')", 0, 1, 0)
             for i, attack in enumerate(ATTACKS)]
    return made


def dump_dom(path, fragment: str = "") -> str:
    """The page's DOM after its scripts ran, as headless Chromium serialises it."""
    command = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--virtual-time-budget=3000", "--dump-dom", path.as_uri() + fragment]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "quotes.html"
    out = io.StringIO()
    write_rows(rows(), out, "html")
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def visible_rows(dom: str) -> list[str]:
    return re.findall(r'<tr id="(q\d+)">', dom)  # hidden rows carry a hidden attribute


def test_the_page_script_runs_and_counts_every_row(page):
    dom = dump_dom(page)
    assert re.search(r'<span id="count"[^>]*>6 of 6 quotes</span>', dom), dom[:3000]
    assert len(visible_rows(dom)) == 6


def test_search_from_the_address_filters_rows(page):
    dom = dump_dom(page, "#q=benner%20partnership")
    assert visible_rows(dom) == ["q1"]
    assert ">1 of 6 quotes<" in dom
    nothing = dump_dom(page, "#q=no-such-words")
    assert visible_rows(nothing) == [] and '<p id="none">No quotes match.</p>' in nothing


def test_no_script_from_a_quote_runs(page):
    dom = dump_dom(page)
    assert "data-pwned" not in re.search(r"<body[^>]*>", dom).group()
    assert "<title>pwned</title>" not in dom
    assert "&lt;script&gt;document.body.setAttribute" in dom  # shown as text instead
    assert 'href="javascript' not in dom
