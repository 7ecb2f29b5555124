"""A resumable on-disk cache of sentence embeddings, keyed by encoder and text hash (training-time only).

Embedding tens of thousands of windows takes minutes (USE) to hours (e5) on a shared CPU, so every run adds to the
cache in time-bounded chunks and saves as it goes; the cache lives outside the repository's committed files.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from medgate.guardrails.classifier.sentence import SentenceEncoder

DEFAULT_CACHE = Path(__file__).resolve().parents[3] / ".cache" / "embeddings"


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class EmbeddingCache:
    """Embeddings of one encoder: {text hash -> float16 vector}, stored as one .npz."""

    def __init__(self, encoder_name: str, dim: int, folder: Path = DEFAULT_CACHE) -> None:
        self.path = folder / f"{encoder_name}.npz"
        self.dim = dim
        self._rows: dict[bytes, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path) as z:
                keys, vecs = z["keys"], z["vecs"]
            self._rows = {bytes(k): v for k, v in zip(keys, vecs, strict=True)}

    def __contains__(self, text: str) -> bool:
        return text_key(text) in self._rows

    def missing(self, texts: Iterable[str]) -> list[str]:
        return [t for t in dict.fromkeys(texts) if text_key(t) not in self._rows]

    def get(self, texts: Sequence[str]) -> np.ndarray:
        """float32 [len(texts), dim]; raises KeyError for a text not embedded yet."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self._rows[text_key(t)] for t in texts]).astype(np.float32)

    def add(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        for t, v in zip(texts, vectors.astype(np.float16), strict=True):
            self._rows[text_key(t)] = v

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.frombuffer(b"".join(self._rows), np.uint8).reshape(-1, 16) if self._rows else np.zeros((0, 16))
        vecs = np.stack(list(self._rows.values())) if self._rows else np.zeros((0, self.dim), np.float16)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vecs=vecs)
        tmp.replace(self.path)


def fill(
    cache: EmbeddingCache, encoder: SentenceEncoder, texts: Iterable[str], budget_s: float, batch: int = 32
) -> int:
    """Embed texts the cache lacks, for at most `budget_s` seconds, saving every minute; returns how many are left."""
    todo = sorted(cache.missing(texts), key=len)  # similar lengths together
    start = last_save = time.monotonic()
    done = 0
    for i in range(0, len(todo), batch):
        if time.monotonic() - start > budget_s:
            break
        chunk = todo[i : i + batch]
        cache.add(chunk, encoder.encode(chunk))
        done += len(chunk)
        if time.monotonic() - last_save > 60:
            cache.save()
            last_save = time.monotonic()
    cache.save()
    return len(todo) - done
