"""The hashed n-gram model (before the sentence encoder): ONNX Runtime encoder -> medgate.kernels pooled head + bank.

Kept for its training tools and as a baseline in the model card; the product loads `model.EncoderClassifier`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

from medgate.kernels import exemplar_topk, pooled_head_scores

from .categories import CATEGORIES
from .features import Features, featurise
from .model import SafetyClassifier

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ENCODER_FILE = "safety_encoder.onnx"
HEAD_FILE = "safety_head.npz"
CONFIG_FILE = "safety_config.json"


@dataclass(frozen=True)
class Head:
    """Linear head, calibrated thresholds and the known-unsafe exemplar bank (all in CATEGORIES order)."""

    weight: torch.Tensor  # float32 [C, H]
    bias: torch.Tensor  # float32 [C]
    thresholds: torch.Tensor  # float32 [C]
    bank: torch.Tensor  # [M, H] pooled embeddings of known-unsafe prompts (stored fp16, float32 once loaded)
    bank_labels: torch.Tensor  # bool [M, C]
    exemplar_tau: float  # cosine similarity at which an exemplar match alone reaches the category threshold
    exemplar_k: int

    def save(self, path: Path) -> None:
        np.savez(
            path,
            weight=self.weight.numpy(),
            bias=self.bias.numpy(),
            thresholds=self.thresholds.numpy(),
            bank=self.bank.half().numpy(),
            bank_labels=self.bank_labels.numpy(),
            exemplar=np.array([self.exemplar_tau, self.exemplar_k], np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> Head:
        with np.load(path) as z:
            tau, k = z["exemplar"]
            return cls(
                torch.from_numpy(z["weight"]),
                torch.from_numpy(z["bias"]),
                torch.from_numpy(z["thresholds"]),
                torch.from_numpy(z["bank"]).float(),
                torch.from_numpy(z["bank_labels"]),
                float(tau),
                int(k),
            )


def pooled_sums(states: torch.Tensor, offsets: torch.Tensor) -> torch.Tensor:
    """Per-text sum of token states [B, H]; exemplar_topk L2-normalises, so this equals cosine on the mean."""
    return torch.segment_reduce(states, "sum", offsets=offsets, axis=0, unsafe=True)


def exemplar_scores(head: Head, pooled: torch.Tensor) -> torch.Tensor:
    """Per category, the best cosine similarity among the top-k exemplars of that category (-1 when none) [B, C]."""
    sims, idx = exemplar_topk(pooled, head.bank, head.exemplar_k)
    labels = head.bank_labels[idx]  # [B, k, C]
    return torch.where(labels, sims.unsqueeze(-1), torch.tensor(-1.0)).amax(dim=1)


def fuse(head: Head, probs: torch.Tensor, similarity: torch.Tensor) -> torch.Tensor:
    """max(head probability, exemplar score); an exemplar match counts only from similarity tau, where it lands on
    the category threshold, rising linearly to 1 at similarity 1."""
    tau, t = head.exemplar_tau, head.thresholds
    mapped = torch.where(similarity >= tau, t + (1.0 - t) * (similarity - tau) / (1.0 - tau), torch.zeros_like(probs))
    return torch.maximum(probs, mapped.clamp(0.0, 1.0))


class NgramClassifier(SafetyClassifier):
    """Multi-label medical-safety / prompt-injection classifier over hashed n-grams."""

    def __init__(self, session: ort.InferenceSession, head: Head, buckets: int) -> None:
        self._session = session
        self._head = head
        self._buckets = buckets
        self.thresholds: dict[str, float] = {
            c: float(t) for c, t in zip(self.categories, head.thresholds.tolist(), strict=False)
        }

    @classmethod
    def from_directory(cls, directory: Path, *, threads: int = 1) -> NgramClassifier:
        """Load encoder, head and config from `directory`."""
        config = json.loads((directory / CONFIG_FILE).read_text(encoding="utf-8"))
        if tuple(config["categories"]) != CATEGORIES:
            raise ValueError(f"artifact categories {config['categories']} differ from {CATEGORIES}")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in ort.get_available_providers()]
        session = ort.InferenceSession(str(directory / ENCODER_FILE), options, providers=providers)
        return cls(session, Head.load(directory / HEAD_FILE), int(config["buckets"]))

    def featurise(self, texts: Sequence[str]) -> Features:
        return featurise(texts, self._buckets)

    def encode(self, features: Features) -> torch.Tensor:
        """Token states float32 [T, H] from the ONNX encoder."""
        (states,) = self._session.run(None, {"ids": features.ids, "bounds": features.bounds})
        return torch.from_numpy(states)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Category probabilities float32 [len(texts), len(categories)] in [0, 1] (head fused with exemplars)."""
        if not texts:
            return np.zeros((0, len(self.categories)), np.float32)
        features = self.featurise(texts)
        states = self.encode(features)
        offsets = torch.from_numpy(features.offsets)
        h = self._head
        probs, _ = pooled_head_scores(states, offsets, h.weight, h.bias, h.thresholds)
        fused = fuse(h, probs, exemplar_scores(h, pooled_sums(states, offsets)))
        return fused.numpy().astype(np.float32)
