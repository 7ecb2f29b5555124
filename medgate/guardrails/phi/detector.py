"""PhiDetector: runs the Chinese and English recognizers over a text and resolves overlaps."""

from bisect import bisect_right
from collections.abc import Collection
from functools import cache

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi.base import ContextPatternRecognizer
from medgate.guardrails.phi.recognizers_en import english_recognizers
from medgate.guardrails.phi.recognizers_zh import chinese_recognizers
from medgate.guardrails.phi.spans import PhiSpan


@cache
def _all_recognizers() -> tuple[ContextPatternRecognizer, ...]:
    """Compile every recognizer once per process (they are stateless and thread-safe)."""
    return (*chinese_recognizers(), *english_recognizers())


def _resolve(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the best of overlapping results: higher score, then longer span, then recognizer order."""
    ranked = sorted(range(len(results)), key=lambda i: (-results[i].score, results[i].start - results[i].end, i))
    starts: list[int] = []  # kept spans, sorted by start; kept spans never overlap
    kept: list[RecognizerResult] = []
    for i in ranked:
        result = results[i]
        at = bisect_right(starts, result.start)
        if (at and kept[at - 1].end > result.start) or (at < len(kept) and kept[at].start < result.end):
            continue
        starts.insert(at, result.start)
        kept.insert(at, result)
    return kept


class PhiDetector:
    """Finds PHI/PII in Chinese and English text at once (both languages' recognizers run on every text).

    Entity types (``entity_types``): PERSON, PHONE, EMAIL, ADDRESS, DATE_OF_BIRTH, CN_RESIDENT_ID,
    BANK_CARD, CREDIT_CARD, INSURANCE_ID, MEDICAL_RECORD_NO, PASSPORT, SSN, IP_ADDRESS.
    ``detect`` raises ``TimeoutError`` if a pattern runs away; callers must then block (fail closed).
    """

    def __init__(self, entities: Collection[str] | None = None, min_score: float = 0.5) -> None:
        recognizers = _all_recognizers()
        known = frozenset(r.supported_entities[0] for r in recognizers)
        wanted = known if entities is None else frozenset(entities)
        if unknown := wanted - known:
            raise ValueError(f"unknown PHI entity types: {sorted(unknown)}; known: {sorted(known)}")
        self.entity_types: frozenset[str] = wanted
        self.min_score = min_score
        self._recognizers = tuple(r for r in recognizers if r.supported_entities[0] in wanted)

    def detect(self, text: str) -> list[PhiSpan]:
        """Sorted, non-overlapping PHI spans with score >= min_score."""
        lowered = text.lower()
        results = [
            result
            for recognizer in self._recognizers
            for result in recognizer.scan(text, lowered)
            if result.score >= self.min_score
        ]
        return [PhiSpan(r.entity_type, r.start, r.end, r.score) for r in _resolve(results)]
