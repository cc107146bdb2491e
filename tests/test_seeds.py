"""The bundled seeds end to end: load, export JSONL, and score against the shared gold file."""

import json
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, SHARED

GOLD = SHARED / "eval" / "gold" / "seeds.jsonl"
SCORER = SHARED / "eval" / "score.py"


def test_examples_export_matches_expected_speakers(run_cli):
    run_cli("load", EXAMPLES)
    rows = [json.loads(line) for line in run_cli("export", "--format", "jsonl").stdout.splitlines()]
    assert [(r["speaker"], r["quote"][:29]) for r in rows] == [
        ("Derek N. Benner", "This is real-time coordinatio"),
        ("Derek N. Benner", "Our bilateral relationship wi"),
        ("Jean Manes", "The United States and El Salv"),
        ("Waldemar Rodriguez", "We are committed to working w"),
        ("Waldemar Rodriguez", "Keeping our communities safe "),
        ("Laura Dogu", "This conference represents th"),
        ("Laura Dogu", "The work we are doing togethe"),
    ]
    for row in rows:
        assert row["source"].endswith(".txt") and row["citation"]


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold files not present beside the checkout")
def test_seeds_score_perfectly(run_cli, tmp_path):
    run_cli("load", EXAMPLES)
    export = tmp_path / "seeds.jsonl"
    run_cli("export", "--format", "jsonl", "--output", export)
    scored = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(export)], capture_output=True, text=True, check=True)
    assert "e2e_f1=1.000" in scored.stdout, scored.stdout
