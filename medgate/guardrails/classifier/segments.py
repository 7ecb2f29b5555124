"""Split a text into segments (lines, sentences) and pairs of neighbouring segments."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"\n+|(?<=[.!?;])\s+|(?<=[。！？；])")
MIN_SEGMENT_CHARS = 8


def segments(text: str, pairs: bool = True) -> list[str]:
    """Lines / sentences of a text (tiny pieces merged into their predecessor), then (with `pairs`) pairs of
    neighbours."""
    pieces: list[str] = []
    for raw in _BOUNDARY.split(text):
        piece = raw.strip()
        if pieces and len(piece) < MIN_SEGMENT_CHARS:
            pieces[-1] += piece
        elif piece:
            pieces.append(piece)
    if len(pieces) < 2:
        return []
    return pieces + ([a + " " + b for a, b in zip(pieces, pieces[1:], strict=False)] if pairs else [])
