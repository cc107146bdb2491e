"""The ``quotes`` command through its real entry point, on a temporary SQLite file."""

import csv
import io
import json

from tests.conftest import EXAMPLES

EXPECTED_SPEAKERS = {"Derek N. Benner", "Jean Manes", "Waldemar Rodriguez", "Laura Dogu"}


def test_load_then_list_the_examples(run_cli):
    loaded = run_cli("load", EXAMPLES)
    assert loaded.exit_code == 0, loaded.output
    assert "quotes added" in loaded.stdout and "│ 7 │" in loaded.stdout
    listed = run_cli("list", "--format", "json")
    rows = json.loads(listed.stdout)
    assert len(rows) == 7
    assert {r["speaker"] for r in rows} == EXPECTED_SPEAKERS


def test_loading_twice_adds_nothing(run_cli):
    run_cli("load", EXAMPLES)
    again = run_cli("load", EXAMPLES)
    assert again.exit_code == 0
    assert "releases unchanged │ 2" in again.stdout.replace("  ", " ").replace("  ", " ") or "unchanged" in again.stdout
    assert len(json.loads(run_cli("list", "--format", "json").stdout)) == 7


def test_list_by_part_of_a_speaker_name(run_cli):
    run_cli("load", EXAMPLES)
    result = run_cli("list", "--speaker", "benner", "--format", "jsonl")
    speakers = {json.loads(line)["speaker"] for line in result.stdout.splitlines()}
    assert speakers == {"Derek N. Benner"}
    table = run_cli("list", "--speaker", "BENNER")
    assert "Derek N. Benner" in table.stdout and "Laura Dogu" not in table.stdout


def test_list_filters_by_date_and_text(run_cli):
    run_cli("load", EXAMPLES)
    since = json.loads(run_cli("list", "--since", "2014-01-01", "--format", "json").stdout)
    assert {r["speaker"] for r in since} == {"Waldemar Rodriguez", "Laura Dogu"}
    found = json.loads(run_cli("list", "--search", "bilateral", "--format", "json").stdout)
    assert [r["speaker"] for r in found] == ["Derek N. Benner"]
    assert run_cli("list", "--since", "not-a-date").exit_code == 2


def test_speakers_and_show(run_cli):
    run_cli("load", EXAMPLES)
    speakers = run_cli("speakers")
    for name in EXPECTED_SPEAKERS:
        assert name in speakers.stdout
    shown = run_cli("show", "1")
    assert "HSI and local partners travel to El Salvador" in shown.stdout
    missing = run_cli("show", "999")
    assert missing.exit_code == 1 and "no quote with id 999" in missing.stderr


def test_export_csv_has_the_citation_fields(run_cli, tmp_path):
    run_cli("load", EXAMPLES)
    target = tmp_path / "out.csv"
    result = run_cli("export", "--output", target)
    assert result.exit_code == 0 and "Wrote 7 quotes" in result.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["quote_id", "quote", "speaker", "speaker_title", "cue", "release_title", "release_date",
                             "release_location", "agency", "source", "start", "end", "paragraph", "citation"]
    benner = next(r for r in rows if r["speaker"] == "Derek N. Benner")
    assert benner["speaker_title"] == "Acting EAD for HSI"  # as the release writes it
    # the citation spells out the acronym the release defines: "Executive Associate Director (EAD)"
    assert benner["citation"].startswith('Derek N. Benner, Acting Executive Associate Director for HSI, quoted in '
                                         '"HSI and local partners')
    assert "New York" in benner["citation"]


def test_export_formats_parse(run_cli):
    run_cli("load", EXAMPLES)
    assert len(json.loads(run_cli("export", "--format", "json").stdout)) == 7
    assert len(run_cli("export", "--format", "jsonl").stdout.splitlines()) == 7
    markdown = run_cli("export", "--format", "markdown").stdout.splitlines()
    assert markdown[0].startswith("| quote_id | quote |") and len(markdown) == 9


def test_bad_file_is_reported_and_the_rest_load(run_cli, tmp_path):
    (tmp_path / "good.txt").write_text('Title\n"We will keep working hard," said Director Jane Roe.')
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.md").write_text("# not a release")
    result = run_cli("load", tmp_path)
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.stderr
    assert "failed" in result.stdout and "skipped" in result.stdout
    assert [r["speaker"] for r in json.loads(run_cli("list", "--format", "json").stdout)] == ["Jane Roe"]


def test_brackets_in_quotes_survive_the_table(run_cli, tmp_path):
    (tmp_path / "r.txt").write_text('Title\n"[The agency] will act [bold]now[/bold]," said Director Jane Roe.')
    run_cli("load", tmp_path)
    table = run_cli("list").stdout
    assert "[The agency] will act [bold]now[/bold]," in table


def test_csv_cells_never_become_formulas(run_cli, tmp_path):
    (tmp_path / "r.txt").write_text('Title\n"=HYPERLINK(1) is what we saw," said Director Jane Roe.')
    run_cli("load", tmp_path)
    rows = list(csv.DictReader(io.StringIO(run_cli("export").stdout)))
    assert rows[0]["quote"].startswith("'=HYPERLINK")


def test_db_commands(run_cli, db_path):
    assert "is at revision" in run_cli("db", "upgrade").stdout
    current = run_cli("db", "current").stdout
    assert "current:  0001" in current or "current:" in current and "(empty)" not in current


def test_help_has_examples(run_cli):
    for command in ("load", "list", "speakers", "show", "export"):
        assert "Example" in run_cli(command, "--help").stdout


SECRET = "s3cret-pw"


def test_a_database_password_never_appears(run_cli, monkeypatch):
    urls = [f"postgresql+psycopg://user:{SECRET}@127.0.0.1:1/db",      # refused connection
            f"postgresql+psycopg://user:{SECRET}@127.0.0.1:port/db",   # bad port: a ValueError inside SQLAlchemy
            f"nosuchdriver://user:{SECRET}@host/db",                   # unknown dialect
            "postgresql+psycopg://user:s3cret%40pw@127.0.0.1:1/db"]    # percent-encoded password
    for url in urls:
        for args in (("--db", url, "stats"), ("--db", url, "db", "current"), ("--db", url, "load", EXAMPLES)):
            result = run_cli(*args)
            assert result.exit_code == 1, (url, args, result.output)
            assert SECRET not in result.output and "s3cret@pw" not in result.output and "s3cret%40pw" not in result.output
            assert "Traceback" not in result.output and len(result.stderr.splitlines()) == 1, result.stderr
    monkeypatch.setenv("QUOTES_DB", urls[0])
    assert SECRET not in run_cli("stats").output


def test_workers_option_loads_the_same(run_cli):
    result = run_cli("load", "--workers", "2", EXAMPLES)
    assert result.exit_code == 0, result.output
    assert len(json.loads(run_cli("list", "--format", "json").stdout)) == 7
    assert run_cli("load", "-w", "0", EXAMPLES).exit_code == 2


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(run_cli, monkeypatch):
    import cli

    def broken(*_args, **_kwargs):
        raise RuntimeError("something [bold]odd[/bold]\nsecond line")

    monkeypatch.setattr(cli, "counts", broken)
    result = run_cli("stats")
    assert result.exit_code == 1
    assert result.stderr == ("error: internal error (RuntimeError: something [bold]odd[/bold]); "
                             "run with --debug for the traceback\n")
    try:
        run_cli("--debug", "stats")
    except RuntimeError as exc:
        assert "something" in str(exc)
    else:
        raise AssertionError("--debug should let the traceback through")


def test_brackets_in_paths_survive_reextract_output(run_cli, tmp_path, session_factory):
    from sqlalchemy import update

    from db.models import Release

    folder = tmp_path / "[red]archive[bold]"
    folder.mkdir()
    (folder / "r.txt").write_text('Title\n"[The agency] will act now," said Director Jane Roe.')
    run_cli("load", folder)
    with session_factory.begin() as session:
        session.execute(update(Release).values(extractor_version="0.0.1"))
    result = run_cli("reextract", "--all")
    assert "0.0.1 → " in result.stdout
    shown = run_cli("show", "1").stdout
    assert "[The agency] will act now," in shown


def test_sql_is_never_built_from_strings():
    """Queries go through SQLAlchemy constructs; only constant PRAGMA/BEGIN statements are raw."""
    import re

    from tests.conftest import ROOT

    built = re.compile(r"""(?:execute|exec_driver_sql|text)\(\s*(?:f["']|["'][^"']*["']\s*(?:%|\.format|\+))""")
    sources = [ROOT / "cli.py", *[p for folder in ("db", "loaders", "exports", "migrations")
                                  for p in (ROOT / folder).rglob("*.py")]]
    offenders = [f"{path.name}:{number}" for path in sources
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if built.search(line)]
    assert offenders == []


# --- issue 6: speakers group, grouping, suggestions, widths, styles, stats ---

import re  # noqa: E402

import pytest  # noqa: E402
from rich.console import Console  # noqa: E402

from db.queries import QuoteRow  # noqa: E402
from exports.terminal import quotes_table, speakers_table  # noqa: E402

LONG_QUOTE = ("We will keep working with our partners across the region to dismantle the networks that move people "
              "and money across borders, and [the agency] will not stop until the job is done")
RELEASE_A = f'Meeting in 2017\nMarch 3, 2017\n"{LONG_QUOTE}," said Acting EAD Derek N. Benner.\n"More to come," Benner said.\n'
RELEASE_B = 'Meeting in 2019\nJune 5, 2019\n"Partnership matters," said Deputy Director Derek Benner.\n'
RELEASE_C = 'Other meeting\nJuly 1, 2020\n"Only a surname here," Benner said.\n'


@pytest.fixture
def archive(tmp_path, run_cli):
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, text in (("a.txt", RELEASE_A), ("b.txt", RELEASE_B), ("c.txt", RELEASE_C)):
        (folder / name).write_text(text, encoding="utf-8")
    assert run_cli("load", folder).exit_code == 0
    return folder


def test_every_help_has_an_example(run_cli):
    commands = [("load",), ("list",), ("show",), ("export",), ("stats",), ("speakers",), ("speakers", "show"),
                ("speakers", "merge"), ("speakers", "split"), ("db", "upgrade"), ("db", "current")]
    for command in commands:
        assert "Example" in run_cli(*command, "--help").stdout, command


def test_speakers_lists_latest_title_counts_and_dates(archive, run_cli):
    listed = run_cli("speakers").stdout
    line = next(line for line in listed.splitlines() if "Derek N. Benner" in line)
    assert "Deputy Director" in line and "2017-03-03" in line and "2019-06-05" in line
    assert re.search(r"Derek N. Benner\s+Deputy Director\s+.*\s3\s+2\s", line)
    assert "Benner" in listed.replace("Derek N. Benner", "")  # the bare surname of c.txt stays apart
    assert "╭" not in listed and "│" not in listed  # plain when piped


def test_speakers_show_titles_over_time(archive, run_cli):
    shown = run_cli("speakers", "show", "Derek Benner").stdout
    assert shown.index("Acting EAD") < shown.index("Deputy Director")  # earliest title first
    assert "3 quotes in 2 releases, 2017-03-03 to 2019-06-05" in shown and "Partnership matters" in shown
    assert "[the agency]" in shown


def test_speaker_typos_suggest_the_fix(archive, run_cli):
    for args in (("speakers", "show", "bener"), ("list", "--speaker", "bener"), ("speakers", "--speaker", "bener"),
                 ("export", "--speaker", "bener")):
        result = run_cli(*args)
        assert result.exit_code == 1, args
        assert 'no speaker matches "bener" — did you mean Benner?' in result.stderr and not result.stdout
    ambiguous = run_cli("speakers", "show", "benner")
    assert ambiguous.exit_code == 1 and "matches 2 speakers" in ambiguous.stderr and "#" in ambiguous.stderr


def test_merge_and_split_through_the_cli_survive_reload(archive, run_cli):
    bare = next(line.split()[0] for line in run_cli("speakers").stdout.splitlines() if line.split()[1:2] == ["Benner"])
    merged = run_cli("speakers", "merge", "Derek Benner", f"#{bare}")
    assert merged.exit_code == 0 and "1 quote moved" in merged.stdout
    (archive / "c.txt").write_text(RELEASE_C.replace("here", "here, again"), encoding="utf-8")
    run_cli("load", archive)
    rows = json.loads(run_cli("list", "--format", "json").stdout)
    assert {r["speaker"] for r in rows} == {"Derek N. Benner"}
    split = run_cli("speakers", "split", "Derek Benner", "--release", "b.txt", "--as", "Derek Benner (2019)")
    assert split.exit_code == 0 and "1 quote moved" in split.stdout
    run_cli("load", archive)
    speakers = {r["speaker"] for r in json.loads(run_cli("list", "--format", "json").stdout)}
    assert speakers == {"Derek N. Benner", "Derek Benner (2019)"}
    refused = run_cli("speakers", "split", "Derek N. Benner", "--release", "nowhere")
    assert refused.exit_code == 1 and "no quotes in a release" in refused.stderr


def test_list_groups_by_speaker(archive, run_cli):
    grouped = run_cli("list", "--group").stdout
    heading = next(line for line in grouped.splitlines() if line.startswith("Derek N. Benner"))
    assert "Deputy Director; Acting EAD" in heading and "(3 quotes, 2 releases)" in heading
    assert grouped.count("Derek N. Benner") == 1  # once, as the heading


def _words(text: str) -> str:
    return " ".join(text.split())


def _quote_text(table: str) -> str:
    """The words of a printed table's Quote column (or of the whole text, for stacked cards)."""
    lines = table.splitlines()
    header = next((i for i, line in enumerate(lines) if re.search(r"\bQuote\b", line)), None)
    if header is None:
        return _words(table)
    start, end = lines[header].index("Quote"), lines[header].index("Release")
    return _words(" ".join(line[start:end] for line in lines[header + 1:]))


@pytest.mark.parametrize("width", [40, 60, 100, 200])
def test_tables_wrap_within_any_width(width):
    rows = [QuoteRow(1, LONG_QUOTE, "Derek N. Benner", "Acting Executive Associate Director for HSI", None, "said",
                     "A release with a rather long title about meetings", None, None, "HSI", "a.txt", None, 0, 1, 0)]
    console = Console(width=width, record=True, no_color=True)
    console.print(quotes_table(rows, width, plain=True))
    text = console.export_text()
    assert all(len(line) <= width for line in text.splitlines())
    assert LONG_QUOTE in _quote_text(text)  # wrapped at spaces, nothing cut, brackets kept


def test_list_fits_the_console_width(archive, run_cli, monkeypatch):
    import cli

    for width in (50, 160):
        monkeypatch.setattr(cli, "out", Console(width=width, no_color=True))
        text = run_cli("list").stdout
        assert max(len(line) for line in text.splitlines()) <= width
        assert LONG_QUOTE in _quote_text(text)


def test_speakers_table_at_narrow_width_keeps_names_whole():
    from db.queries import SpeakerLine

    console = Console(width=50, record=True, no_color=True)
    console.print(speakers_table([SpeakerLine(1, "Waldemar Rodriguez", "HSI Deputy Assistant Director", "HSI", 2, 1,
                                              None, None)], 50, plain=True))
    text = console.export_text()
    assert "Waldemar Rodriguez" in text and all(len(line) <= 50 for line in text.splitlines())


def test_show_marks_the_quote_in_its_paragraph(archive, run_cli):
    shown = run_cli("show", "3").stdout
    assert ">>>Partnership matters,<<<" in _words(shown) and "said Deputy Director Derek Benner" in _words(shown)
    assert "Meeting in 2017" not in shown  # the paragraph, not the whole release


def test_export_style(archive, run_cli):
    apa = list(csv.DictReader(io.StringIO(run_cli("export", "--style", "apa").stdout)))
    assert apa[0]["citation"].endswith("(Quoting Derek N. Benner, Acting EAD.)") and "(2017, March 3)" in apa[0]["citation"]
    assert run_cli("export", "--style", "mla").exit_code == 2


def test_stats_by_agency_year_and_speaker(archive, run_cli):
    text = run_cli("stats").stdout
    assert "quotes: 4" in text and "speakers: 2" in text
    for year in ("2017", "2019", "2020"):
        assert re.search(rf"^{year}\s+\d+\s+1\s*$", text, re.M), year
    assert re.search(r"Derek N. Benner\s+Deputy Director\s+3\s+2", text)


def test_list_table_has_a_default_limit_with_a_hint(archive, run_cli, monkeypatch):
    import cli

    monkeypatch.setattr(cli, "TABLE_LIMIT", 2)
    table = run_cli("list")
    assert table.exit_code == 0 and "showing 2 of 4; use --limit or --format" in table.stderr
    assert len(re.findall(r"^\s*\d+\s", table.stdout, re.M)) == 2  # two quote rows, by their IDs
    assert "showing" not in run_cli("list", "--limit", "3").stderr
    exactly = run_cli("list", "--since", "2019-01-01")  # exactly as many as the cap: no hint
    assert exactly.exit_code == 0 and "showing" not in exactly.stderr and "2020" in exactly.stdout
    assert len(json.loads(run_cli("list", "--format", "json").stdout)) == 4  # machine formats stay unlimited


def test_a_closed_pipe_ends_export_quietly(tmp_path):
    """`quotes export | head -0`: the reader leaving early is no error, and prints nothing on stderr."""
    import os
    import subprocess
    import sys

    db = tmp_path / "pipe.db"
    quotes = [sys.executable, "-c", "import cli; cli.main()"]
    env = {**os.environ, "QUOTES_DB": str(db)}
    subprocess.run([*quotes, "load", str(EXAMPLES)], env=env, capture_output=True, check=True)
    exporter = subprocess.Popen([*quotes, "export", "--format", "jsonl"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    exporter.stdout.close()  # the reader goes away before reading anything
    stderr = exporter.stderr.read().decode()
    assert exporter.wait(timeout=60) in (0, 1)  # click ends a broken pipe with 1, our entry point with 0
    assert stderr == ""


def test_reloading_extracts_only_what_changed(run_cli, tmp_path, monkeypatch):
    import shutil

    from loaders import pipeline

    archive = tmp_path / "archive"
    shutil.copytree(EXAMPLES, archive)
    assert run_cli("load", archive).exit_code == 0
    changed = sorted(archive.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nUpdated.\n", encoding="utf-8")
    extracted = []
    real = pipeline.extract_quotes
    monkeypatch.setattr(pipeline, "extract_quotes", lambda text, **kw: extracted.append(text) or real(text, **kw))
    again = run_cli("load", archive)
    assert again.exit_code == 0
    assert len(extracted) == 1 and extracted[0].rstrip().endswith("Updated.")
    flat = " ".join(again.stdout.split())
    assert "releases updated │ 1" in flat and "releases unchanged │ 1" in flat and "releases new │ 0" in flat
    assert len(json.loads(run_cli("list", "--format", "json").stdout)) == 7
