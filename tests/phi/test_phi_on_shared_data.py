"""Detector quality on the shared dev data (skipped where ../shared/data is absent)."""

import json
import random
from pathlib import Path

import pytest

from medgate.guardrails.phi import PhiDetector
from medgate.tools.phi_evaluate import benign_false_positives, synth_scores

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not present: {path}")
    return path


def test_precision_on_presidio_synth(detector: PhiDetector) -> None:
    rows = json.loads(_require(DATA / "presidio_synth" / "synth_dataset_v2.json").read_text())
    table = synth_scores(detector, rows)
    for gold_type in ("EMAIL_ADDRESS", "US_SSN", "IP_ADDRESS", "CREDIT_CARD"):
        assert table[gold_type]["recall"] >= 0.95, gold_type
    for gold_type, scores in table.items():
        # PERSON: the name rules also fire on capitalised phrases the set labels otherwise (0.79 measured).
        assert scores["precision"] >= (0.75 if gold_type == "PERSON" else 0.9), gold_type


def test_benign_medical_questions_rarely_flagged(detector: PhiDetector) -> None:
    path = _require(DATA / "guard_dev.jsonl")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    benign = [r for r in rows if r["label"] == "benign"]
    sample = random.Random(1).sample(benign, 4000)
    by_type, hits = benign_false_positives(detector, sample)
    # Names and places are now found without context, so a few real names (我们小区的王飞) and drug names
    # read as names are flagged: 12 of 4,000 rows measured (10 before the unlisted-name rule: Stool Softeners…).
    assert len({row["id"] for row, _ in hits}) <= 16, dict(by_type)
