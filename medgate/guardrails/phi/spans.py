"""The span type every PHI recognizer result is turned into."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PhiSpan:
    """One detected PHI/PII value: UPPER_SNAKE type, character offsets [start, end), confidence."""

    type: str
    start: int
    end: int
    score: float
