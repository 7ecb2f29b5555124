"""PhiDetector contract: entity filter, score threshold, sorted non-overlapping spans, fail closed."""

import pytest

from medgate.guardrails.phi import PhiDetector, PhiSpan, base

TEXT = "患者张三，手机13812345678，email zs@example.com，住院号：ZY123456。SSN 234-56-7890"


def test_entity_types_documented_set(detector: PhiDetector) -> None:
    assert detector.entity_types == frozenset(
        {
            "PERSON",
            "PHONE",
            "EMAIL",
            "ADDRESS",
            "DATE_OF_BIRTH",
            "CN_RESIDENT_ID",
            "BANK_CARD",
            "CREDIT_CARD",
            "INSURANCE_ID",
            "MEDICAL_RECORD_NO",
            "NATIONAL_ID",
            "PASSPORT",
            "SSN",
            "IP_ADDRESS",
            "IDENTIFIER",
        }
    )


def test_spans_sorted_and_disjoint(detector: PhiDetector) -> None:
    spans = detector.detect(TEXT)
    assert [s.type for s in spans] == ["PERSON", "PHONE", "EMAIL", "MEDICAL_RECORD_NO", "SSN"]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_entities_filter() -> None:
    only = PhiDetector(entities={"PHONE", "EMAIL"})
    assert only.entity_types == {"PHONE", "EMAIL"}
    assert {s.type for s in only.detect(TEXT)} == {"PHONE", "EMAIL"}


def test_unknown_entity_is_an_error() -> None:
    with pytest.raises(ValueError, match="NAME"):
        PhiDetector(entities={"NAME"})


def test_min_score_filters() -> None:
    strict = PhiDetector(min_score=0.9)
    assert all(s.score >= 0.9 for s in strict.detect(TEXT))
    assert {s.type for s in strict.detect(TEXT)} < {s.type for s in PhiDetector().detect(TEXT)}


def test_regex_timeout_propagates(monkeypatch: pytest.MonkeyPatch) -> None:
    """A runaway pattern raises instead of silently passing the text (the guard then blocks)."""
    monkeypatch.setattr(base, "REGEX_TIMEOUT_S", 1e-9)
    with pytest.raises(TimeoutError):
        PhiDetector().detect("数字 " * 20000)


def test_span_is_frozen() -> None:
    span = PhiSpan("PHONE", 0, 3, 0.9)
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]
