"""The extraction gate: the dev corpus through loaders.pipeline, scored by the shared score.py.

Fails when end-to-end or detection F1 drops below a floor pinned just under the figures the
extractor reaches, so a change that loses quotes or speakers on real releases is caught here
and not in review. Skipped where ../shared (corpus, gold, scorer) is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
import json
import re

import pytest

from loaders.pipeline import process_paths
from tests.conftest import ROOT, SHARED

CORPUS = SHARED / "corpus" / "dev"
GOLD = SHARED / "eval" / "gold" / "dev.jsonl"
SCORER = SHARED / "eval" / "score.py"

E2E_F1_FLOOR = 0.965
DETECTION_F1_FLOOR = 0.99
SUMMARY = re.compile(r"e2e_f1=(?P<e2e>[\d.]+) det_f1=(?P<det>[\d.]+)")


def _score(gold, predictions, capsys) -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    score.main(["score.py", str(gold), str(predictions)])
    summary = SUMMARY.search(capsys.readouterr().out.strip().splitlines()[-1])
    return {"e2e": float(summary["e2e"]), "det": float(summary["det"])}


@pytest.mark.skipif(not (CORPUS.exists() and GOLD.exists() and SCORER.exists()),
                    reason="shared corpus, gold and scorer not present beside the checkout")
def test_dev_corpus_scores_above_the_floor(tmp_path, capsys):
    predictions = tmp_path / "dev.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for result in process_paths([str(CORPUS)]):
            for release, quotes in result.releases:
                for quote in quotes:
                    out.write(json.dumps({"source": release.source, "quote": quote.quote,
                                          "speaker": quote.speaker}) + "\n")
    figures = _score(GOLD, predictions, capsys)
    assert figures["e2e"] >= E2E_F1_FLOOR, figures
    assert figures["det"] >= DETECTION_F1_FLOOR, figures


PROXIES = {
    # folder: (e2e floor, detection floor), pinned just under what the extractor reaches
    "heldout_proxy": (0.975, 0.99),
    "heldout_proxy2": (0.97, 0.99),
    "heldout_proxy3": (0.975, 0.99),
    "heldout_proxy4": (0.975, 0.99),
    "heldout_proxy5": (0.975, 0.99),
    "heldout_proxy6": (0.95, 0.99),
    "heldout_proxy7": (0.96, 0.99),
    "heldout_proxy8": (0.975, 0.985),
    "heldout_proxy9": (0.97, 0.99),
    "heldout_proxy10": (0.95, 0.99),
    "heldout_proxy11": (0.92, 0.985),
    "heldout_proxy12": (0.965, 0.99),
    "heldout_proxy13": (0.975, 0.99),
    "heldout_proxy14": (0.975, 0.99),
    "heldout_proxy15": (0.975, 0.99),
    "heldout_proxy16": (0.955, 0.99),
    "heldout_proxy17": (0.975, 0.99),
    "heldout_proxy18": (0.99, 0.99),
    "heldout_proxy19": (0.965, 0.99),
    "heldout_proxy20": (0.97, 0.98),
    "heldout_proxy21": (0.975, 0.99),
    "heldout_proxy22": (0.99, 0.99),
    "heldout_proxy23": (0.975, 0.99),
    "heldout_proxy24": (0.97, 0.99),
    "heldout_proxy25": (0.935, 0.99),
    "heldout_proxy26": (0.92, 0.98),
    "heldout_proxy27": (0.95, 0.98),
    "heldout_proxy28": (0.915, 0.975),
    "heldout_proxy29": (0.93, 0.99),
}


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not present beside the checkout")
@pytest.mark.parametrize("folder", sorted(PROXIES))
def test_held_out_proxies_score_above_the_floor(folder, tmp_path, capsys):
    """Synthetic agency releases written blind to the extractor (each folder's README says how)."""
    proxy = ROOT / "tests" / "fixtures" / folder
    predictions = tmp_path / "proxy.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for result in process_paths(sorted(str(p) for p in proxy.glob("*.txt"))):
            for release, quotes in result.releases:
                for quote in quotes:
                    out.write(json.dumps({"source": release.source, "quote": quote.quote,
                                          "speaker": quote.speaker}) + "\n")
    figures = _score(proxy / "gold.jsonl", predictions, capsys)
    e2e_floor, detection_floor = PROXIES[folder]
    assert figures["e2e"] >= e2e_floor, figures
    assert figures["det"] >= detection_floor, figures
