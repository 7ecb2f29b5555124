"""A tiny end-to-end training run (own examples only, small model): train -> calibrate -> export -> load -> score."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from medgate.guardrails.classifier import CATEGORIES, SafetyClassifier
from medgate.guardrails.classifier.runtime import CONFIG_FILE
from medgate.tools.classifier.data import OWN_DATA, read_jsonl, template_rows
from medgate.tools.classifier.train import Corpus, TrainConfig, build


def test_tiny_training_run(tmp_path: Path) -> None:
    cfg = replace(TrainConfig(), buckets=1 << 12, dim=8, epochs=2, source_low=20, source_high=200, bank_size=64)
    corpus = Corpus(
        read_jsonl(OWN_DATA / "medgate_examples.jsonl") + template_rows(), cfg.buckets, cfg.max_train_tokens
    )
    val = build(corpus, cfg, tmp_path)
    assert val and all(corpus.rows[i].source for i in val)
    config = json.loads((tmp_path / CONFIG_FILE).read_text())
    assert config["categories"] == list(CATEGORIES) and config["buckets"] == cfg.buckets
    model = SafetyClassifier.load(tmp_path)
    scores = model.score(["What is the maximum daily dose of ibuprofen?", "多少布洛芬能毒死一个人？"])
    assert scores.shape == (2, len(CATEGORIES)) and np.isfinite(scores).all()
    assert all(cfg.threshold_floor - 1e-6 <= t <= 0.99 + 1e-6 for t in model.thresholds.values())
