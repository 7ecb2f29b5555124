"""Record numbers and birth dates after a label with any separator, attached to a name or an address, or
given by a header line of labels."""

import pytest

from medgate.guardrails.phi import PhiDetector
from tests.phi.phi_helpers import spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MRN/12345678", "12345678"),
        ("[MRN] 47880238", "47880238"),
        ("MRN-ZY66000092 on the label", "ZY66000092"),
        ("URN = 1234567", "1234567"),
        ("MRN (H01525262)", "H01525262"),
        ("门诊号/64829764", "64829764"),
        ("【住院号】H58632696", "H58632696"),
        ("病案号（74556086）", "74556086"),
        ("Scripts posted to 20 Jacaranda Track, Moncton, NB E1C 4B7 [H26996342].", "H26996342"),
    ],
)
def test_record_numbers_after_any_separator_or_an_address(detector: PhiDetector, text: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NO", value) in spans(detector, text)


def test_a_slash_line_after_a_name_gives_birth_date_and_record_number(detector: PhiDetector) -> None:
    text = "CT brain request for Pakjira Pitanuwat / October 12, 1982 / F / MR30831170: new confusion."
    found = spans(detector, text)
    assert ("DATE_OF_BIRTH", "October 12, 1982") in found
    assert ("MEDICAL_RECORD_NO", "MR30831170") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Name / DOB / MRN: Jo Bloggs / 01/02/1950 / 1234567. Seen today.",
            [("PERSON", "Jo Bloggs"), ("DATE_OF_BIRTH", "01/02/1950"), ("MEDICAL_RECORD_NO", "1234567")],
        ),
        (
            "姓名 / 性别 / 住院号：王芳 / 女 / H22405230",
            [("PERSON", "王芳"), ("MEDICAL_RECORD_NO", "H22405230")],
        ),
    ],
)
def test_header_values_take_the_type_of_their_label(
    detector: PhiDetector, text: str, expected: list[tuple[str, str]]
) -> None:
    found = spans(detector, text)
    assert all(value in found for value in expected)


@pytest.mark.parametrize(
    "text",
    [
        "BP 142/88, HR 76, doses 5/10 mg.",  # fractions and doses
        "Sodium 134 / potassium 4.1 / urea 6.2 on review.",
        "Amlodipine 5 mg / atorvastatin 40 mg nocte.",
        "Ratio 3/4, score 12/15 (GCS).",
    ],
)
def test_fractions_and_doses_stay(detector: PhiDetector, text: str) -> None:
    assert spans(detector, text) == []
