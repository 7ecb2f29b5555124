"""Prompt-injection / jailbreak detection: zh + en (+ de) rules fused with the classifier's prompt_injection score.

A document pasted into a prompt (a medical record, an e-mail, a tool result) can hide one injected line; the
classifier scores every text in sentence windows and keeps the worst window, so the detector scores the whole text
once and adds the rules (a rule hit alone scores RULE_SCORE, above any threshold: fail closed on known patterns).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from medgate.guardrails.classifier.rules import RULE_SCORE, RULES, rule_hits, rules_once

__all__ = ["RULES", "RULE_SCORE", "InjectionDetector", "rule_hits"]


class Scorer(Protocol):
    """What the detector needs of the classifier (the classifier itself, or its per-tenant score cache)."""

    @property
    def categories(self) -> Sequence[str]: ...

    @property
    def thresholds(self) -> Mapping[str, float]: ...

    def score(self, texts: Sequence[str]) -> np.ndarray: ...


class InjectionDetector:
    """Rules (zh + en) fused with the classifier's (windowed) prompt_injection score."""

    def __init__(self, classifier: Scorer, threshold: float | None = None) -> None:
        self._classifier = classifier
        self._column = classifier.categories.index("prompt_injection")
        self.threshold = classifier.thresholds["prompt_injection"] if threshold is None else threshold

    def score(self, text: str) -> tuple[float, list[str]]:
        """(score in [0, 1], reasons such as ["rule:ignore_previous", "classifier"])."""
        return self.score_batch([text])[0]

    def score_batch(self, texts: Sequence[str]) -> list[tuple[float, list[str]]]:
        """score() for many texts with one classifier call."""
        with rules_once(texts) as hits:
            column = self._classifier.score(list(texts))[:, self._column].tolist() if texts else []
        out = []
        for names, value in zip(hits, column, strict=True):
            reasons = [f"rule:{name}" for name in names]
            if value >= self.threshold:
                reasons.append("classifier")
            out.append((max(value, RULE_SCORE) if any(r.startswith("rule:") for r in reasons) else value, reasons))
        return out
