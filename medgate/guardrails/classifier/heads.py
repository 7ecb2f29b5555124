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

from .sentence import unit_rows

N_FEATURES = 4


@dataclass(frozen=True)
class EncoderHeads:
    """Everything the runtime needs after the encoder, in CATEGORIES order."""

    weight: np.ndarray  # float32 [C, H] (H = D for linear heads)
    bias: np.ndarray  # float32 [C]
    bank: np.ndarray  # float32 [M, D], L2-normalised known-unsafe embeddings (stored float16)
    bank_labels: np.ndarray  # bool [M, C]
    combiner: np.ndarray  # float32 [C, N_FEATURES + 1]: weights then intercept
    thresholds: np.ndarray  # float32 [C]
    hidden_weight: np.ndarray | None = None  # float32 [H, D]: optional shared ReLU layer before the heads
    hidden_bias: np.ndarray | None = None  # float32 [H]

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Head logits [N, C] of embeddings x [N, D]."""
        return head_logits(self.weight, self.bias, self.hidden_weight, self.hidden_bias, x)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            weight=self.weight.astype(np.float32),
            bias=self.bias.astype(np.float32),
            bank=self.bank.astype(np.float16),
            bank_labels=self.bank_labels.astype(bool),
            combiner=self.combiner.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
            hidden_weight=np.zeros((0, self.bank.shape[1]), np.float32)
            if self.hidden_weight is None
            else self.hidden_weight.astype(np.float32),
            hidden_bias=np.zeros(0, np.float32) if self.hidden_bias is None else self.hidden_bias.astype(np.float32),
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
                z["hidden_weight"] if len(z["hidden_weight"]) else None,
                z["hidden_bias"] if len(z["hidden_bias"]) else None,
            )


def head_logits(
    weight: np.ndarray,
    bias: np.ndarray,
    hidden_weight: np.ndarray | None,
    hidden_bias: np.ndarray | None,
    x: np.ndarray,
) -> np.ndarray:
    if hidden_weight is not None and hidden_bias is not None:
        x = np.maximum(x @ hidden_weight.T + hidden_bias, 0.0)
    return x @ weight.T + bias


def pooled(vectors: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per text, the re-normalised mean of its window vectors [B, D]; text b owns rows offsets[b]:offsets[b+1]."""
    sums = np.add.reduceat(vectors, offsets[:-1], axis=0) if len(vectors) else np.zeros((0, vectors.shape[1]))
    return unit_rows(sums)


def segment_max(values: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per text, the maximum over its windows of values [k_total, C] -> [B, C]."""
    return np.maximum.reduceat(values, offsets[:-1], axis=0)


def features(
    heads: EncoderHeads, vectors: np.ndarray, offsets: np.ndarray, rules: np.ndarray, rule_column: int
) -> tuple[np.ndarray, np.ndarray]:
    """Combiner inputs of the texts [B, C, N_FEATURES] and of each window scored as a text of its own
    [K, C, N_FEATURES], for texts whose window vectors are `vectors` (see the module docstring).

    Only the heads and the bank of `heads` are used (the combiner may not be fitted yet)."""
    bank, bank_labels = heads.bank, heads.bank_labels
    c_count = heads.weight.shape[0]
    pool = pooled(vectors, offsets)
    f1 = heads.logits(pool)
    per_window = heads.logits(vectors)
    f2 = np.maximum(segment_max(per_window, offsets), f1)
    if len(bank):
        # each category's exemplar columns, floored at -1 (the similarity where a category has no exemplar): a
        # gather, not a masked copy of the whole [K, M] similarity matrix per category
        columns = [np.flatnonzero(bank_labels[:, c]) for c in range(c_count)]
        win_sims = vectors @ bank.T  # [K, M]
        w3 = np.stack([win_sims[:, k].max(axis=1, initial=-1.0) for k in columns], axis=1)
        pool_sims = pool @ bank.T
        f3 = np.maximum(
            segment_max(w3, offsets), np.stack([pool_sims[:, k].max(axis=1, initial=-1.0) for k in columns], 1)
        )
    else:
        w3 = np.full_like(per_window, -1.0)
        f3 = np.full_like(f1, -1.0)
    f4 = np.zeros_like(f1)
    f4[:, rule_column] = rules.astype(np.float32)
    owner = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    texts = np.stack([f1, f2, f3, f4], axis=2).astype(np.float32)
    windows = np.stack([per_window, per_window, w3, f4[owner]], axis=2).astype(np.float32)
    return texts, windows


def combine(combiner: np.ndarray, feats: np.ndarray) -> np.ndarray:
    """Calibrated probabilities [N, C] from combiner weights [C, N_FEATURES + 1] and features [N, C, N_FEATURES]."""
    z = np.einsum("bcf,cf->bc", feats, combiner[:, :N_FEATURES]) + combiner[:, N_FEATURES]
    return (1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))).astype(np.float32)


def probabilities(combiner: np.ndarray, texts: np.ndarray, windows: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per text and category, the larger of the text's probability and its worst window's (a window scored as if it
    were the whole prompt, so a harmful sentence is not diluted by a long benign text around it)."""
    return np.maximum(combine(combiner, texts), segment_max(combine(combiner, windows), offsets))
