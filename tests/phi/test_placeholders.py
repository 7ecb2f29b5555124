"""Placeholders: typed, numbered per type, stable for a value across the texts of one request."""

import pytest

from medgate.guardrails.phi import PhiDetector, PhiSpan, Placeholders


def test_same_value_same_placeholder_across_texts(detector: PhiDetector) -> None:
    request = Placeholders()
    first = "患者张三，手机138 1234 5678。"
    second = "Please call 13812345678 or 13987654321 about 张三's results; email zs@example.com"
    a = request.redact(first, detector.detect(first))
    b = request.redact(second, detector.detect(second))
    assert a == "患者[PERSON_1]，手机[PHONE_1]。"
    assert "[PHONE_1]" in b and "[PHONE_2]" in b and "[EMAIL_1]" in b
    assert "13812345678" not in b and "13987654321" not in b
    assert request.counts() == {"PERSON": 1, "PHONE": 2, "EMAIL": 1}


def test_requests_do_not_share_numbering(detector: PhiDetector) -> None:
    text = "email a@example.com"
    assert Placeholders().redact("x b@example.com", detector.detect("x b@example.com")) == "x [EMAIL_1]"
    assert Placeholders().redact(text, detector.detect(text)) == "email [EMAIL_1]"


def test_clinical_text_untouched_and_no_counts(detector: PhiDetector) -> None:
    request = Placeholders()
    text = "BP 120/80, metformin 500 mg, HbA1c 7.1%"
    assert request.redact(text, detector.detect(text)) == text
    assert request.counts() == {}


def test_type_is_part_of_identity() -> None:
    request = Placeholders()
    text = "12345678 12345678"
    spans = [PhiSpan("MEDICAL_RECORD_NO", 0, 8, 0.9), PhiSpan("INSURANCE_ID", 9, 17, 0.9)]
    assert request.redact(text, spans) == "[MEDICAL_RECORD_NO_1] [INSURANCE_ID_1]"


def test_overlapping_spans_rejected() -> None:
    with pytest.raises(ValueError):
        Placeholders().redact("abcdef", [PhiSpan("PERSON", 0, 4, 1.0), PhiSpan("PHONE", 2, 6, 1.0)])
