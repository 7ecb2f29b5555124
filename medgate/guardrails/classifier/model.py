"""The product's safety classifier: a verified pretrained sentence encoder over sentence windows + calibrated heads.

`SafetyClassifier.load()` reads the packaged artifacts: `encoder_config.json` names the encoder package and
`encoder_heads.npz` holds the heads, the exemplar bank, the combiner and the thresholds. A folder that holds only
the older hashed n-gram model (`safety_config.json`, used by its own training tools and tests) loads that model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .batching import SharedEncoderCalls
from .categories import CATEGORIES
from .heads import EncoderHeads, features, probabilities
from .rules import rule_hits
from .sentence import SentenceEncoder, load_encoder
from .windows import STREAM_CHECK, STREAM_WINDOWS_KEPT, windows

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ENCODER_CONFIG = "encoder_config.json"
ENCODER_HEADS = "encoder_heads.npz"
INJECTION = CATEGORIES.index("prompt_injection")


class SafetyClassifier:
    """Multi-label medical-safety / prompt-injection scorer: `score(texts) -> float32 [B, C]` in [0, 1]."""

    categories: tuple[str, ...] = CATEGORIES
    thresholds: dict[str, float]

    @classmethod
    def load(cls, directory: Path | None = None, *, threads: int = 1) -> SafetyClassifier:
        """The classifier in `directory` (default: the packaged artifacts)."""
        directory = Path(directory) if directory is not None else ARTIFACTS
        if (directory / ENCODER_CONFIG).exists():
            return EncoderClassifier.from_directory(directory, threads=threads)
        from .runtime import NgramClassifier

        return NgramClassifier.from_directory(directory, threads=threads)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError


class EncoderClassifier(SafetyClassifier):
    """Windows -> encoder (one call per batch) -> heads, exemplar bank and rules -> calibrated combiner."""

    def __init__(self, encoder: SentenceEncoder, heads: EncoderHeads) -> None:
        self.encoder = encoder
        self.heads = heads
        self.thresholds = {c: float(t) for c, t in zip(self.categories, heads.thresholds.tolist(), strict=True)}

    @classmethod
    def from_directory(cls, directory: Path, threads: int = 1) -> EncoderClassifier:
        config = json.loads((directory / ENCODER_CONFIG).read_text(encoding="utf-8"))
        if tuple(config["categories"]) != CATEGORIES:
            raise ValueError(f"artifact categories {config['categories']} differ from {CATEGORIES}")
        encoder = load_encoder(config["encoder"], threads=threads)
        heads = EncoderHeads.load(directory / ENCODER_HEADS)
        if heads.bank.shape[1] != encoder.dim or heads.weight.shape[0] != len(CATEGORIES):
            raise ValueError(f"heads {heads.weight.shape} do not fit encoder {config['encoder']} ({encoder.dim})")
        return cls(SharedEncoderCalls(encoder), heads)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Category probabilities float32 [len(texts), len(categories)]."""
        if not texts:
            return np.zeros((0, len(self.categories)), np.float32)
        stream = STREAM_CHECK.get()
        parts = [windows(t, stream=stream) for t in texts]
        offsets = np.zeros(len(parts) + 1, np.int64)
        np.cumsum([len(p) for p in parts], out=offsets[1:])
        flat = [w for p in parts for w in p]
        kept = stream.vectors if stream is not None else {}
        reused = set(flat)
        known = {w: v for w, v in kept.items() if w in reused}
        missing = [w for w in dict.fromkeys(flat) if w not in known]
        known.update(zip(missing, self.encoder.encode(missing), strict=True))
        for window in dict.fromkeys(flat):  # the stream's next checks read these again; the oldest leave first
            kept.pop(window, None)
            kept[window] = known[window]
        for window in list(kept)[: max(0, len(kept) - STREAM_WINDOWS_KEPT)]:
            del kept[window]
        vectors = np.stack([known[w] for w in flat])
        rules = np.array([bool(rule_hits(t)) for t in texts])
        texts_f, windows_f = features(self.heads, vectors, offsets, rules, INJECTION)
        return probabilities(self.heads.combiner, texts_f, windows_f, offsets)
