"""Per-category heads over sentence-encoder windows, an exemplar bank and rules, joined by a calibrated combiner.

For a text cut into windows with embeddings E [k, D] (k >= 1), per category c:

    f1 = head logit of the pooled text (mean of the windows, re-normalised)
    f2 = max head logit over windows (a harmful sentence hidden in a long benign text)
    f3 = max cosine similarity of any window or the pooled text to a known-unsafe exemplar of category c
    f4 = 1 if an injection rule fires (prompt_injection column only), else 0

    score_c = sigmoid(a_c . [f1, f2, f3, f4] + a0_c)

The heads are trained on the training rows; the combiner weights a_c and the thresholds are fitted on out-of-fold
scores (rows whose source the heads did not see), so the probabilities are calibrated for unseen sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

N_FEATURES = 4


@dataclass(frozen=True)
class EncoderHeads:
    """Everything the runtime needs after the encoder, in CATEGORIES order."""

    weight: np.ndarray  # float32 [C, D]
    bias: np.ndarray  # float32 [C]
    bank: np.ndarray  # float32 [M, D], L2-normalised known-unsafe embeddings (stored float16)
    bank_labels: np.ndarray  # bool [M, C]
    combiner: np.ndarray  # float32 [C, N_FEATURES + 1]: weights then intercept
    thresholds: np.ndarray  # float32 [C]

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            weight=self.weight.astype(np.float32),
            bias=self.bias.astype(np.float32),
            bank=self.bank.astype(np.float16),
            bank_labels=self.bank_labels.astype(bool),
            combiner=self.combiner.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> EncoderHeads:
        with np.load(path) as z:
            return cls(
                z["weight"],
                z["bias"],
                z["bank"].astype(np.float32),
                z["bank_labels"],
                z["combiner"],
                z["thresholds"],
            )


def pooled(vectors: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per text, the re-normalised mean of its window vectors [B, D]; text b owns rows offsets[b]:offsets[b+1]."""
    sums = np.add.reduceat(vectors, offsets[:-1], axis=0) if len(vectors) else np.zeros((0, vectors.shape[1]))
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)


def segment_max(values: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per text, the maximum over its windows of values [k_total, C] -> [B, C]."""
    return np.maximum.reduceat(values, offsets[:-1], axis=0)


def features(
    weight: np.ndarray,
    bias: np.ndarray,
    bank: np.ndarray,
    bank_labels: np.ndarray,
    vectors: np.ndarray,
    offsets: np.ndarray,
    rules: np.ndarray,
    rule_column: int,
) -> np.ndarray:
    """Combiner inputs [B, C, N_FEATURES] for texts whose window vectors are `vectors` (see the module docstring)."""
    pool = pooled(vectors, offsets)
    f1 = pool @ weight.T + bias
    f2 = np.maximum(segment_max(vectors @ weight.T + bias, offsets), f1)
    if len(bank):
        per_window = vectors @ bank.T  # [k_total, M]
        best = segment_max(per_window, offsets)  # [B, M]
        best = np.maximum(best, pool @ bank.T)
        f3 = np.stack([np.where(bank_labels[:, c], best, -1.0).max(axis=1) for c in range(weight.shape[0])], axis=1)
    else:
        f3 = np.full_like(f1, -1.0)
    f4 = np.zeros_like(f1)
    f4[:, rule_column] = rules.astype(np.float32)
    return np.stack([f1, f2, f3, f4], axis=2).astype(np.float32)


def combine(combiner: np.ndarray, feats: np.ndarray) -> np.ndarray:
    """Calibrated probabilities [B, C] from combiner weights [C, N_FEATURES + 1] and features [B, C, N_FEATURES]."""
    z = np.einsum("bcf,cf->bc", feats, combiner[:, :N_FEATURES]) + combiner[:, N_FEATURES]
    return (1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))).astype(np.float32)
