"""Hong Kong, Taiwanese and Australian identifiers (checksums) and phones (form or context)."""

import pytest

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.checks import au_medicare_ok, hkid_ok, tw_id_ok
from tests.phi.phi_helpers import spans


@pytest.mark.parametrize("value", ["A123456(3)", "P743243(0)", "WG066024(A)", "XY871901(5)", "a1234563"])
def test_valid_hkid_check_digits(value: str) -> None:
    assert hkid_ok(value)


@pytest.mark.parametrize("value", ["A123456(4)", "P743243(1)", "WG066024(0)", "1234567(8)", "ABC12345(6)"])
def test_invalid_hkid_check_digits(value: str) -> None:
    assert not hkid_ok(value)


@pytest.mark.parametrize("value", ["A123456789", "E173411216", "R211426599", "B128241930"])
def test_valid_taiwan_ids(value: str) -> None:
    assert tw_id_ok(value)


@pytest.mark.parametrize("value", ["A123456788", "E173411217", "112345678X", "A12345678"])
def test_invalid_taiwan_ids(value: str) -> None:
    assert not tw_id_ok(value)


@pytest.mark.parametrize("value", ["2123 45670 1", "2123456701", "2123 45670 1 2"])
def test_valid_medicare_numbers(value: str) -> None:
    assert au_medicare_ok(value)


@pytest.mark.parametrize("value", ["2123 45671 1", "1123 45670 1", "7123 45670 1", "2123 4567"])
def test_invalid_medicare_numbers(value: str) -> None:
    assert not au_medicare_ok(value)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("病人：陳大文　身份證：A123456(3)", "NATIONAL_ID", "A123456(3)"),
        ("Pharmacist check: HKID WG066024(A) seen.", "NATIONAL_ID", "WG066024(A)"),
        ("香港身份證號碼 A1234563，已核對。", "NATIONAL_ID", "A1234563"),
        ("視訊看診：身分證字號A123456789，出生日期1981-03-09", "NATIONAL_ID", "A123456789"),
        ("Card on file 2123 45670 1 for the bulk bill.", "INSURANCE_ID", "2123 45670 1"),
        ("Medicare 2123 45670 1", "INSURANCE_ID", "2123 45670 1"),
        ("聯絡手機0912-345-678。", "PHONE", "0912-345-678"),
        ("手机0912345678", "PHONE", "0912345678"),
        ("call +886 912 345678 after 6", "PHONE", "+886 912 345678"),
        ("聯絡電話：91234567", "PHONE", "91234567"),
        ("Contact: 6350 7545", "PHONE", "6350 7545"),
        ("家属电话 +852 9666 6326", "PHONE", "+852 9666 6326"),
    ],
)
def test_regional_identifiers_and_phones_are_found(detector: PhiDetector, text: str, entity: str, value: str) -> None:
    assert (entity, value) in spans(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lot A123456788 of the vaccine.",  # wrong Taiwan checksum, and a lot identifies no one
        "Batch 2123 45671 1 recalled.",  # wrong Medicare check digit
        "Run 91234567 of the analyser finished.",  # 8 digits, no phone word
        "电话随访日期：20240131",  # a date after a phone word
    ],
)
def test_numbers_failing_the_check_or_without_context_stay(detector: PhiDetector, text: str) -> None:
    assert spans(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Specimen A123456(4) sent to the lab.", "A123456"), ("A1234563 was the lab accession.", "A1234563")],
)
def test_specimen_and_accession_codes_are_identifiers_without_a_valid_check_digit(
    detector: PhiDetector, text: str, value: str
) -> None:
    """Not an HKID (the check digit fails, no ID word), but a code of a letter and seven digits that points at one
    patient's sample: HIPAA's "any other unique identifying number" (identifier_shapes.py)."""
    assert spans(detector, text) == [("IDENTIFIER", value)]
