"""Cut a text into sentence windows for the encoder: a harmful request hidden in a long text gets its own window.

A text of at most WINDOW_UNITS units (a CJK character or a word counts one) is one window; a longer one is cut
at sentence ends (lines, and ends of sentences in both languages), one window per sentence, long sentences cut
into pieces of WINDOW_UNITS. The sentence encoder's cost is proportional to tokens, so more windows cost little.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field

import numpy as np

_BOUNDARY = re.compile(r"\n+|(?<=[.!?;:])\s+|(?<=[。！？；：])")
_UNIT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\d_\u3400-\u9fff\uf900-\ufaff]+|\d+", re.U)
_ENDED = re.compile(r"(?:[.!?;:。！？；：]|\n)\s*$")
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


def windows(text: str, budget: int = WINDOW_UNITS, *, stream: StreamCheck | None = None) -> list[str]:
    """The text's windows, in order; a short text is one window (itself, stripped; an empty text gives [""]),
    except in a ``stream`` check, which reads sentence windows whatever the length (see StreamCheck).

    A longer text gets one window per sentence (over-long sentences cut, tiny ones joined to the next), so a
    harmful sentence is scored on its own rather than diluted by its neighbours; beyond MAX_WINDOWS sentences,
    neighbours are packed together so the cost stays bounded.
    """
    stripped = text.strip()
    total = _units(stripped)
    if total <= budget and stream is None:
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
    elif stream is not None and stream.open and len(pieces) > 1 and _units(pieces[-1]) < budget // 2:
        pieces = pieces if _ENDED.search(text) else pieces[:-2] + [pieces[-2] + " " + pieces[-1]]  # see StreamCheck
    if len(pieces) > MAX_WINDOWS:
        wide = -(-total // (MAX_WINDOWS // 2))
        pieces = _pack([p for piece in pieces for p in _split_long(piece, wide)], wide)
    return pieces or [stripped]


def sentence_start(text: str, start: int, end: int) -> int:
    """The first sentence start in ``text[start:end]`` (``start`` if no sentence ends there)."""
    found = _BOUNDARY.search(text, start, end)
    return found.end() if found is not None and start > 0 else start


@dataclass
class StreamCheck:
    """A streamed answer's check, set by the stream guard (``STREAM_CHECK``, same thread) around the check of its
    context: the answer so far back to a few windows before the release point.

    The classifier reads it in sentence windows whatever its length (a harmful sentence among benign ones is scored
    on its own, as in a long prompt), keeps their encodings in ``vectors`` (successive checks read the same complete
    sentences again: each is encoded once per stream) and, while the answer is ``open``, scores a short unfinished
    last sentence with the one before it (a fragment scored alone, "The patient reports that her", reads like a
    request of its own). One stream's windows only: nothing is shared across requests or tenants.
    """

    open: bool = True
    vectors: dict[str, np.ndarray] = field(default_factory=dict)


STREAM_CHECK: ContextVar[StreamCheck | None] = ContextVar("medgate_stream_check", default=None)
STREAM_WINDOWS_KEPT = 64  # more than a check reads (its context is a few windows long)
