"""PhiDetector: runs the Chinese and English recognizers over a text and resolves overlaps."""

from bisect import bisect_right
from collections.abc import Collection
from functools import cache
from typing import Protocol

import regex
from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi.gazetteers import to_simplified
from medgate.guardrails.phi.names_en import english_name_recognizers
from medgate.guardrails.phi.ner_zh import ChineseNerRecognizer
from medgate.guardrails.phi.recognizers_en import english_recognizers
from medgate.guardrails.phi.recognizers_zh import chinese_recognizers
from medgate.guardrails.phi.spans import PhiSpan


class Scanner(Protocol):
    """What the detector calls: Presidio recognizers with a ``scan`` that takes the lower-cased text too."""

    name: str
    supported_entities: list[str]

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]: ...


# Rules score a value this high when a label says where it starts and ends (姓名：…, 住址：…, MRN …);
# LAC need not read around those, nor around names the rules found (患者王芳, 王先生).
WHOLE_SCORE = 0.85


@cache
def all_recognizers() -> tuple[Scanner, ...]:
    """Build every recognizer once per process (they are stateless and thread-safe)."""
    return (*chinese_recognizers(), *english_recognizers(), *english_name_recognizers(), ChineseNerRecognizer())


def _union_same_type(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlapping results of one type become their union (two recognizers each found part of an
    address: the label rule its start, LAC its building and units); the higher score is kept."""
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.entity_type, r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.entity_type == result.entity_type and result.start < last.end:
            if result.end > last.end or result.score > last.score:
                merged[-1] = RecognizerResult(
                    last.entity_type, last.start, max(last.end, result.end), max(last.score, result.score)
                )
        else:
            merged.append(result)
    return merged


# An identifier in brackets right after a name, with no label: "Diane Lau (ZY54358927) moved from ICU",
# "王芳（H22405230）". Five digits at least, so ages and years ("(45)", "(1960)") stay.
_BRACKETED_ID = regex.compile(r"\s?[(（]\s*+([A-Za-z]{0,4}-?\d{5,20}+[A-Za-z]{0,2})\s*+[)）]")


def _bracketed_after_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Record numbers in brackets right after a detected name (the record-number recognizer needs a label)."""
    found = []
    for r in results:
        if r.entity_type == "PERSON" and (match := _BRACKETED_ID.match(text, r.end)):
            found.append(RecognizerResult("MEDICAL_RECORD_NO", match.start(1), match.end(1), WHOLE_SCORE))
    return found


def _resolve(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the best of overlapping results: higher score, then longer span, then recognizer order."""
    results = _union_same_type(results)
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
        recognizers = all_recognizers()
        known = frozenset(entity for r in recognizers for entity in r.supported_entities)
        wanted = known if entities is None else frozenset(entities)
        if unknown := wanted - known:
            raise ValueError(f"unknown PHI entity types: {sorted(unknown)}; known: {sorted(known)}")
        self.entity_types: frozenset[str] = wanted
        self.min_score = min_score
        self._recognizers = tuple(r for r in recognizers if wanted.intersection(r.supported_entities))

    def detect(self, text: str) -> list[PhiSpan]:
        """Sorted, non-overlapping PHI spans with score >= min_score. Traditional Chinese characters are
        read as simplified ones (號 as 号, 電話 as 电话), one for one, so the offsets are the text's."""
        if not text.isascii():
            text = to_simplified(text)
        lowered = text.lower()
        results: list[RecognizerResult] = []
        for recognizer in self._recognizers:
            if isinstance(recognizer, ChineseNerRecognizer):  # last: it skips what the rules found whole
                found = recognizer.scan(
                    text,
                    lowered,
                    [(r.start, r.end) for r in results if r.score >= WHOLE_SCORE or r.entity_type == "PERSON"],
                )
            else:
                found = recognizer.scan(text, lowered)
            results += (r for r in found if r.score >= self.min_score and r.entity_type in self.entity_types)
        if "MEDICAL_RECORD_NO" in self.entity_types:
            results += _bracketed_after_names(text, results)
        return [PhiSpan(r.entity_type, r.start, r.end, r.score) for r in _resolve(results)]
