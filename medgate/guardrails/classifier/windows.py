"""Cut a text into sentence windows for the encoder: a harmful request hidden in a long text gets its own window.

Sentences (lines, and ends of sentences in both languages) are packed greedily into windows of at most
WINDOW_UNITS units (a CJK character or a word counts one), so a 2,048-token prompt becomes a few dozen windows
and a one-sentence question stays one window. A single sentence longer than the budget is cut into pieces.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"\n+|(?<=[.!?;:])\s+|(?<=[。！？；：])")
_UNIT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\d_\u3400-\u9fff\uf900-\ufaff]+|\d+", re.U)
WINDOW_UNITS = 48
MAX_WINDOWS = 64  # beyond this, windows are packed wider so the cost stays bounded


def _units(text: str) -> int:
    return len(_UNIT.findall(text))


def _split_long(sentence: str, budget: int) -> list[str]:
    """Cut one over-long sentence into pieces of about `budget` units, on unit boundaries."""
    spans = [m.end() for m in _UNIT.finditer(sentence)]
    cuts = [0] + [spans[i] for i in range(budget - 1, len(spans) - 1, budget)] + [len(sentence)]
    return [p for a, b in zip(cuts, cuts[1:], strict=False) if (p := sentence[a:b].strip())]


def windows(text: str, budget: int = WINDOW_UNITS) -> list[str]:
    """The text's windows, in order; a short text is one window (itself, stripped; an empty text gives [""])."""
    stripped = text.strip()
    total = _units(stripped)
    if total <= budget:
        return [stripped]
    budget = max(budget, -(-total // MAX_WINDOWS))
    out: list[str] = []
    current: list[str] = []
    size = 0
    for raw in _BOUNDARY.split(stripped):
        sentence = raw.strip()
        if not sentence:
            continue
        n = _units(sentence)
        pieces = _split_long(sentence, budget) if n > budget else [sentence]
        for piece in pieces:
            m = _units(piece)
            if current and size + m > budget:
                out.append(" ".join(current))
                current, size = [], 0
            current.append(piece)
            size += m
    if current:
        out.append(" ".join(current))
    return out or [stripped]
