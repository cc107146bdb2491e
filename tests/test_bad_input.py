"""Broken files in an archive: each gets one line on stderr naming it and why; the rest loads.

Every case loads a folder holding one good release and one bad input through the real
``quotes load`` and checks: exit status 1, exactly one stderr line naming the bad file with
its reason, the summary counting it, the good release stored, and no traceback.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import loaders.files as files
from tests.conftest import ROOT

GOOD = 'Title\n"We will keep working hard," said Director Jane Roe.\n'


def summary(stdout: str, label: str) -> int:
    match = re.search(rf"{re.escape(label)}\s*│\s*(\d+)", stdout)
    assert match, stdout
    return int(match.group(1))


def speakers(run_cli) -> list[str]:
    return sorted(r["speaker"] or "" for r in json.loads(run_cli("list", "--format", "json").stdout or "[]"))


def load_folder_with(run_cli, folder: Path, name: str, content: bytes | None, *extra: str):
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    if content is not None:
        (folder / name).write_bytes(content)
    return run_cli("load", folder, *extra)


def assert_one_failure(result, name: str, reason: str) -> None:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("failed: ") and name in lines[0] and reason in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert summary(result.stdout, "failed") == 1
    assert summary(result.stdout, "releases new") == 1
    assert result.exit_code == 1


BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty file"),
    ("binary.txt", b"\x00\x01PK\x03\x04" + bytes(range(256)) * 8, "binary data, not text"),
    ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary data, not text"),
    ("tiny.html", b"<", "no readable text"),
    ("no-body.html", b"<html><head><script>var a = 1;</script></head><body><!-- x --></body>",
     "no text found in HTML"),
    ("list.json", b"[]", "JSON holds no releases"),
    ("scalar.json", b'"just a string"', "not a release: expected an object, got str"),
    ("fields.json", b'{"headline": "x", "id": 3}', "not a release: no 'text' or 'body' field"),
    ("broken.json", b'{"text": "cut off', "invalid JSON at line 1"),
    ("punctuation.txt", b"Title\n... --- !!!\n", "no readable text"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_file_is_named_with_its_reason_and_the_rest_loads(run_cli, tmp_path, name, content, reason):
    result = load_folder_with(run_cli, tmp_path / "archive", name, content)
    assert_one_failure(result, name, reason)
    assert speakers(run_cli) == ["Jane Roe"]


def test_jsonl_with_one_broken_line_reports_its_number_and_loads_the_others(run_cli, tmp_path):
    lines = [json.dumps({"text": '"We will win this," said Director Ann Lee.', "url": "https://x.gov/1"}),
             '{"text": "broken',
             json.dumps({"text": '"We will lose nothing," said Director Bo Diaz.', "url": "https://x.gov/3"})]
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("load", folder)
    assert result.stderr.splitlines() == [f"failed: {folder / 'feed.jsonl'}: line 2: invalid JSON "
                                          "(Unterminated string starting at)"]
    assert summary(result.stdout, "releases new") == 2 and result.exit_code == 1
    assert speakers(run_cli) == ["Ann Lee", "Bo Diaz"]


def test_windows_1252_curly_quotes_come_out_as_quotes(run_cli, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "old.txt").write_bytes(b"Title\n\x93We will keep going,\x94 said Director Jos\xe9 Ruiz.\n")
    result = run_cli("load", folder)
    assert result.exit_code == 0 and result.stderr == ""
    rows = json.loads(run_cli("list", "--format", "json").stdout)
    assert [(r["quote"], r["speaker"]) for r in rows] == [("We will keep going,", "José Ruiz")]


def test_invalid_utf8_in_the_middle_keeps_the_file_utf8_and_says_so(run_cli, tmp_path):
    """One stray cp1252 byte pair must not turn a whole UTF-8 file into mojibake."""
    folder = tmp_path / "archive"
    folder.mkdir()
    text = "Title\nAt the café, “we will keep going,” said Director José Ruiz.\n".encode("utf-8")
    (folder / "mixed.txt").write_bytes(text + b"He called it \x93a stray paste\x94 from a memo.\n")
    result = run_cli("load", folder)
    assert result.stderr.splitlines() == [
        f"warning: {folder / 'mixed.txt'}: 2 byte(s) of invalid UTF-8 (first on line 3) read as Windows-1252"]
    assert summary(result.stdout, "files repaired (see warnings)") == 1 and result.exit_code == 1
    rows = json.loads(run_cli("list", "--format", "json").stdout)
    assert rows[0]["quote"] == "we will keep going," and rows[0]["speaker"] == "José Ruiz"
    shown = run_cli("show", rows[0]["quote_id"]).stdout
    assert "café" in shown and "Ã" not in shown


@pytest.mark.parametrize("data, expected, repaired", [
    ("plain “utf-8” café".encode(), "plain “utf-8” café", False),
    (b"\x93cp1252\x94 caf\xe9 \x81", "“cp1252” café \x81", False),
    ("“ok” café ".encode() + b"\x96 dash", "“ok” café – dash", True),
    ("UTF-16 “text”".encode("utf-16"), "UTF-16 “text”", False),
])
def test_decode_picks_one_encoding_per_file(data, expected, repaired):
    decoded = files.decode(data)
    assert decoded.text == expected
    assert bool(decoded.repairs) == repaired


def test_truncated_html_keeps_what_it_has(run_cli, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "cut.html").write_text('<html><body><div><p>“We will finish the job,” said Director Jane Roe.'
                                     '</p><p>More te', encoding="utf-8")
    (folder / "bad.html").write_text("<p><b><i>“We will not stop,” said Director Al Kim.</b></p></i></div>",
                                     encoding="utf-8")
    result = run_cli("load", folder)
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert speakers(run_cli) == ["Al Kim", "Jane Roe"]


def test_huge_file_is_refused_by_its_size_without_reading_it(run_cli, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    with open(folder / "huge.jsonl", "wb") as handle:  # sparse: costs no disk and must cost no memory
        handle.truncate(files.MAX_FILE_BYTES + 1_000_000)
    result = load_folder_with(run_cli, folder, "huge.jsonl", None)
    assert_one_failure(result, "huge.jsonl", "file is too large (51 MB; the limit is 50 MB)")


def test_unreadable_file(run_cli, tmp_path, monkeypatch):
    folder = tmp_path / "archive"
    folder.mkdir()
    locked = folder / "locked.txt"
    locked.write_text(GOOD.replace("Jane Roe", "Al Kim"))
    if os.geteuid() == 0:  # root reads any file: make open() refuse it the way the OS would
        real_open = open

        def refusing_open(path, *args, **kwargs):
            if str(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(files, "open", refusing_open, raising=False)
    else:
        locked.chmod(0)
    result = load_folder_with(run_cli, folder, "locked.txt", None)
    assert_one_failure(result, "locked.txt", "permission denied")


def test_path_that_does_not_exist(run_cli, tmp_path):
    folder = tmp_path / "archive"
    result = load_folder_with(run_cli, folder, "x", None, tmp_path / "gone.txt")
    assert_one_failure(result, "gone.txt", "no such file or folder")


def test_symlink_loops_in_a_folder(run_cli, tmp_path):
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    result = load_folder_with(run_cli, folder, "x", None)
    assert_one_failure(result, "sub/up", "folder link loops back on itself")
    (folder / "sub" / "up").unlink()
    (folder / "self.txt").symlink_to(folder / "self.txt")
    result = run_cli("load", folder)
    assert result.stderr.splitlines() == [f"failed: {folder / 'self.txt'}: cannot read file "
                                          "(Too many levels of symbolic links)"]


def test_a_fifo_is_refused_instead_of_hanging_the_load(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    os.mkfifo(folder / "pipe.txt")
    done = subprocess.run([sys.executable, "-m", "cli", "--db", tmp_path / "q.db", "load", folder], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"failed: {folder / 'pipe.txt'}: not a regular file"]


def test_file_names_with_markup_are_printed_as_written(run_cli, tmp_path):
    result = load_folder_with(run_cli, tmp_path / "archive", "[bold]x[red] [blink].txt", b"")
    assert_one_failure(result, "[bold]x[red] [blink].txt", "empty file")


def test_a_bug_in_extraction_costs_one_file_and_debug_shows_the_traceback(run_cli, tmp_path, monkeypatch):
    import loaders.pipeline as pipeline

    real = pipeline.extract_quotes

    def fragile(text, **options):  # options: the release title the pipeline passes
        if "Al Kim" in text:
            raise ValueError("boom")
        return real(text, **options)

    monkeypatch.setattr(pipeline, "extract_quotes", fragile)
    folder = tmp_path / "archive"
    result = load_folder_with(run_cli, folder, "trigger.txt", GOOD.replace("Jane Roe", "Al Kim").encode())
    assert_one_failure(result, "trigger.txt", "internal error (ValueError: boom); please report it")
    debug = run_cli("--debug", "load", folder)
    assert "Traceback" in debug.stderr and "ValueError: boom" in debug.stderr


def test_json_escapes_the_database_cannot_store_are_replaced_and_reported(run_cli, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    lines = ['{"text": "\\"We will act\\ud800 now on this,\\" said Director Jane Roe.", "url": "u1"}',
             '{"text": "\\"We will act\\u0000 now on that,\\" said Director Al Kim.", "url": "u2"}',
             '{"text": "\\"We are fine with it,\\" said Director Bo Diaz.", "url": "u3"}']
    (folder / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = run_cli("load", folder)
    assert result.stderr.splitlines() == [
        f"warning: {folder / 'feed.jsonl'}: u{n}: 1 NUL or lone surrogate character(s) replaced with U+FFFD"
        for n in (1, 2)]
    assert summary(result.stdout, "releases new") == 3 and result.exit_code == 1
    assert speakers(run_cli) == ["Al Kim", "Bo Diaz", "Jane Roe"]


def test_a_release_the_database_refuses_fails_alone(session_factory):
    from db.errors import RejectedRelease
    from db.store import store_release
    from loaders.records import ParsedRelease

    with pytest.raises(RejectedRelease, match="the database refused it: .*surrogates not allowed"):
        store_release(session_factory, ParsedRelease("s", "a lone \ud800 surrogate", "json"), [], "1")
    assert store_release(session_factory, ParsedRelease("t", "fine", "json"), [], "1").status == "new"
