"""Cut a text into sentence windows for the encoder: a harmful request hidden in a long text gets its own window.

A text of at most WINDOW_UNITS units (a CJK character or a word counts one) is one window; a longer one is cut
at sentence ends (lines, and ends of sentences in both languages), one window per sentence, long sentences cut
into pieces of WINDOW_UNITS. The sentence encoder's cost is proportional to tokens, so more windows cost little.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

import numpy as np

_BOUNDARY = re.compile(r"\n+|(?<=[.!?;:])\s+|(?<=[。！？；：])")
_UNIT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\d_\u3400-\u9fff\uf900-\ufaff]+|\d+", re.U)
WINDOW_UNITS = 48
MAX_WINDOWS = 64  # beyond this, sentences are packed together so the cost stays bounded
MIN_SENTENCE_UNITS = 6  # a shorter piece ("Plan:", "Dx: CAP.") is joined to the next sentence


def _units(text: str) -> int:
    return len(_UNIT.findall(text))


def _split_long(sentence: str, budget: int) -> list[str]:
    """Cut one over-long sentence into pieces of about `budget` units, on unit boundaries."""
    spans = [m.end() for m in _UNIT.finditer(sentence)]
    cuts = [0] + [spans[i] for i in range(budget - 1, len(spans) - 1, budget)] + [len(sentence)]
    return [p for a, b in zip(cuts, cuts[1:], strict=False) if (p := sentence[a:b].strip())]


def _pack(pieces: list[str], budget: int) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    size = 0
    for piece in pieces:
        m = _units(piece)
        if current and size + m > budget:
            out.append(" ".join(current))
            current, size = [], 0
        current.append(piece)
        size += m
    return out + ([" ".join(current)] if current else [])


def windows(text: str, budget: int = WINDOW_UNITS, *, sentences: bool = False) -> list[str]:
    """The text's windows, in order; a short text is one window (itself, stripped; an empty text gives [""])
    unless ``sentences`` asks for sentence windows whatever the length (a stream check: see STREAM_VECTORS).

    A longer text gets one window per sentence (over-long sentences cut, tiny ones joined to the next), so a
    harmful sentence is scored on its own rather than diluted by its neighbours; beyond MAX_WINDOWS sentences,
    neighbours are packed together so the cost stays bounded.
    """
    stripped = text.strip()
    total = _units(stripped)
    if total <= budget and not sentences:
        return [stripped]
    pieces: list[str] = []
    pending = ""
    for raw in _BOUNDARY.split(stripped):
        sentence = (pending + " " + raw.strip()).strip() if pending else raw.strip()
        if not sentence:
            continue
        n = _units(sentence)
        if n < MIN_SENTENCE_UNITS:
            pending = sentence
            continue
        pending = ""
        pieces += _split_long(sentence, budget) if n > budget else [sentence]
    if pending:
        pieces = pieces[:-1] + [pieces[-1] + " " + pending] if pieces else [pending]
    if len(pieces) > MAX_WINDOWS:
        wide = -(-total // (MAX_WINDOWS // 2))
        pieces = _pack([p for piece in pieces for p in _split_long(piece, wide)], wide)
    return pieces or [stripped]


def sentence_start(text: str, start: int, end: int) -> int:
    """The first sentence start in ``text[start:end]`` (``start`` if no sentence ends there)."""
    found = _BOUNDARY.search(text, start, end)
    return found.end() if found is not None and start > 0 else start


# Set by the stream guard around one check (same thread): the window encodings of its previous check. A stream
# check reads the answer so far back to a few windows before the release point, in sentence windows (a harmful
# sentence among benign ones is scored on its own, as in a long prompt), so successive checks read the same
# complete sentences again: each is encoded once per stream. One stream's windows only: nothing is shared across
# requests or tenants.
STREAM_VECTORS: ContextVar[dict[str, np.ndarray] | None] = ContextVar("medgate_stream_vectors", default=None)
STREAM_WINDOWS_KEPT = 64  # more than a check reads (its context is a few windows long)
