"""Vectorised hashed n-gram featurisation (fastText style) for the safety encoder.

A text is split into tokens: single CJK characters, letter runs, digit runs and single punctuation marks.
Each token position gets the hashed ids of its unigram, the bigram and trigram ending at it and, for letter runs,
the character 3..5-grams of the token with one neighbouring character on each side (a word-boundary marker).
Hashing is a polynomial rolling hash over code points in uint64 arithmetic (numpy wraps modulo 2**64),
so the ids are stable across processes and platforms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"([{_CJK}])|([^\W\d_{_CJK}]+)|(\d+)|([^\w\s])")
_WORD_GROUP = 2
_P = np.uint64(0x100000001B3)
_P_INV = np.uint64(pow(int(_P), -1, 1 << 64))
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SEEDS = {"uni": 0x9E3779B97F4A7C15, "bi": 0xD6E8FEB86659FD93, "tri": 0xA0761D6478BD642F, "char": 0xE7037ED1A0B428DB}
_EMPTY = "\u2400"  # stands in for an empty text so every text has at least one token
MAX_NGRAM_SPAN = 24  # a letter run contributes character n-grams from at most this many characters
CHAR_NGRAMS = (3, 4, 5)


@dataclass(frozen=True)
class Features:
    """Flat hashed ids of a batch: token t owns ids[bounds[t]:bounds[t+1]]; text b owns tokens
    offsets[b]:offsets[b+1]."""

    ids: np.ndarray  # int64 [N]
    bounds: np.ndarray  # int64 [T + 1]
    offsets: np.ndarray  # int64 [B + 1]


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (vectorised, wrapping)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _MIX1
    x = x ^ (x >> np.uint64(27))
    x = x * _MIX2
    return x ^ (x >> np.uint64(31))


class _Powers:
    """Cached powers of the hash base and of its inverse modulo 2**64."""

    def __init__(self) -> None:
        self.pos = np.ones(1, np.uint64)
        self.inv = np.ones(1, np.uint64)

    def ensure(self, n: int) -> None:
        if n <= len(self.pos):
            return
        n = max(n, 2 * len(self.pos))
        with np.errstate(over="ignore"):
            self.pos = np.cumprod(np.concatenate([[np.uint64(1)], np.full(n - 1, _P, np.uint64)]), dtype=np.uint64)
            self.inv = np.cumprod(np.concatenate([[np.uint64(1)], np.full(n - 1, _P_INV, np.uint64)]), dtype=np.uint64)


_POW = _Powers()


def normalise(text: str) -> str:
    """NFKC + lower-case, so full-width forms and case variants share features."""
    return unicodedata.normalize("NFKC", text).lower()


def _span_hashes(prefix: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    return prefix[ends] - prefix[starts] * _POW.pos[ends - starts]


def _ragged_starts(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each i, the integers lo[i] .. hi[i]-1 (empty when hi <= lo); returns (values, owner index)."""
    counts = np.maximum(hi - lo, 0)
    owner = np.repeat(np.arange(len(lo)), counts)
    first = np.cumsum(counts) - counts
    return lo[owner] + np.arange(counts.sum()) - first[owner], owner


def _batch_ids(texts: Sequence[str], buckets: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hashed ids, per-token id counts and per-text token counts of a batch, in one vectorised pass.

    Texts are joined with newlines; n-grams never cross a text boundary (bigrams and trigrams restart at each text,
    character n-grams take a neighbouring character only inside the text), so every text gets exactly the ids it
    would get alone.
    """
    norm = [normalise(t) for t in texts]
    norm = [t if _TOKEN.search(t) else _EMPTY for t in norm]
    text = "\n".join(norm)
    lengths = np.fromiter((len(t) for t in norm), np.int64, len(norm))
    text_start = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    spans = np.asarray([(m.start(), m.end(), m.lastindex) for m in _TOKEN.finditer(text)], np.int64).reshape(-1, 3)
    starts, ends, word = spans[:, 0], spans[:, 1], spans[:, 2] == _WORD_GROUP
    owner_text = np.searchsorted(text_start, starts, side="right") - 1
    per_text = np.bincount(owner_text, minlength=len(norm))
    first = np.concatenate([[0], np.cumsum(per_text)[:-1]])
    position = np.arange(len(starts)) - first[owner_text]  # token index inside its text
    codes = np.frombuffer(text.encode("utf-32-le"), np.uint32).astype(np.uint64)
    n = len(codes)
    _POW.ensure(n + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(n + 1, np.uint64)
        prefix[1:] = np.cumsum(codes * _POW.inv[:n], dtype=np.uint64) * _POW.pos[:n]
        tok = _mix(_span_hashes(prefix, starts, ends) ^ np.uint64(_SEEDS["uni"]))
        prev = np.where(position >= 1, np.concatenate([[np.uint64(1)], tok[:-1]]), np.uint64(1))
        prev2 = np.where(
            position >= 2, np.concatenate([[np.uint64(2), np.uint64(2)], tok[:-2]])[: len(tok)], np.uint64(2)
        )
        prev2 = np.where(position == 1, np.uint64(1), prev2)  # the token before the first one is BOS (1)
        bi = _mix(prev * _MIX1 + tok + np.uint64(_SEEDS["bi"]))
        tri = _mix((prev2 * _MIX1 + prev) * _MIX2 + tok + np.uint64(_SEEDS["tri"]))
        widx = np.flatnonzero(word & (ends - starts >= 2))
        own_start = text_start[owner_text[widx]]
        own_end = own_start + lengths[owner_text[widx]]
        lo = np.maximum(starts[widx] - 1, own_start)
        hi = np.minimum(np.minimum(ends[widx] + 1, own_end), lo + MAX_NGRAM_SPAN)
        char_ids, char_owner = [], []
        for k in CHAR_NGRAMS:
            s, owner = _ragged_starts(lo, hi - k + 1)
            char_ids.append(_mix(_span_hashes(prefix, s, s + k) ^ np.uint64(_SEEDS["char"] + k)))
            char_owner.append(widx[owner])
    t = len(starts)
    ids = np.concatenate([tok, bi, tri, *char_ids])
    owner = np.concatenate([np.arange(t), np.arange(t), np.arange(t), *char_owner])
    order = np.argsort(owner, kind="stable")
    return (ids[order] % np.uint64(buckets)).astype(np.int64), np.bincount(owner, minlength=t), per_text


def text_features(text: str, buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashed ids and per-token id counts of one text."""
    ids, counts, _ = _batch_ids([text], buckets)
    return ids, counts


def stack(parts: Sequence[tuple[np.ndarray, np.ndarray]]) -> Features:
    """Concatenate per-text (ids, per-token counts) pairs into one batch."""
    if not parts:
        return Features(np.zeros(0, np.int64), np.zeros(1, np.int64), np.zeros(1, np.int64))
    counts = np.concatenate([c for _, c in parts])
    bounds = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=bounds[1:])
    offsets = np.zeros(len(parts) + 1, np.int64)
    np.cumsum([len(c) for _, c in parts], out=offsets[1:])
    return Features(ids=np.concatenate([i for i, _ in parts]), bounds=bounds, offsets=offsets)


def featurise(texts: Sequence[str], buckets: int) -> Features:
    """Featurise a batch of ragged texts into flat ids with token bounds and per-text token offsets."""
    if not texts:
        return stack([])
    ids, counts, per_text = _batch_ids(texts, buckets)
    bounds = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=bounds[1:])
    offsets = np.zeros(len(texts) + 1, np.int64)
    np.cumsum(per_text, out=offsets[1:])
    return Features(ids=ids, bounds=bounds, offsets=offsets)
