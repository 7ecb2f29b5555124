"""Record numbers in brackets right after a name, with no label (found on the fresh-template notes)."""

import pytest

from medgate.guardrails.phi import PhiDetector
from tests.phi.phi_helpers import spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Transfer note: Diane Lau (ZY54358927) moved from ICU to ward 7 today.", "ZY54358927"),
        ("Transfer note: Chandra Marbun (49107662) moved from ICU.", "49107662"),
        ("转科记录：患者王芳（H22405230）由心内科转入神经内科。", "H22405230"),
    ],
)
def test_an_unlabelled_number_in_brackets_after_a_name_is_a_record_number(
    detector: PhiDetector, text: str, value: str
) -> None:
    assert ("MEDICAL_RECORD_NO", value) in spans(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient Nancy Miller (45) presented with chest pain.",  # an age
        "Seen with Mark Smith (1960 cohort) today.",  # a year
        "Diane Lau (HbA1c 7.4%) is stable.",  # a lab value
        "The Whipple procedure (12345678 units) was discussed.",  # no name before it
    ],
)
def test_ages_years_values_and_numbers_after_other_words_stay(detector: PhiDetector, text: str) -> None:
    assert not [value for kind, value in spans(detector, text) if kind == "MEDICAL_RECORD_NO"]
