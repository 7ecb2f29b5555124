"""Phones read by libphonenumber's numbering plans, and identifying codes known by their shape."""

import pytest

from medgate.guardrails.phi.detector import PhiDetector
from medgate.guardrails.phi.identifier_shapes import IdentifierShapeRecognizer, is_identifying_code
from medgate.guardrails.phi.phone_numbers import NumberingPlanPhoneRecognizer, phone_reading


@pytest.mark.parametrize(
    "number",
    [
        "01724 697898",  # UK landline, trunk zero
        "07280 610787",  # UK mobile
        "+44 (0)7892 133345",
        "021 071 6510",  # New Zealand mobile
        "+86-164-2179-0327",  # a Chinese mobile with its country code (an unallocated prefix, printed as a phone)
        "0086-14251428647",
        "(+86)14423508992",
        "１３８１２３４５６７８",  # full-width digits
        "545.397.1623",  # NANP with dots
        "(852) 3537-4351",
        "13812345678",  # a bare valid Chinese mobile
    ],
)
def test_phones_of_the_served_regions(number: str) -> None:
    assert phone_reading(number) is not None


@pytest.mark.parametrize(
    "text",
    [
        "2001-2009",  # a range of years
        "2004-06-14",
        "2000-04-16 11",  # a timestamp's date and hour
        "460-89-9847",  # an SSN's shape: typed by the SSN rule, not as a phone
        "18652.40",  # an amount
        "2011.12.16",
    ],
)
def test_dates_amounts_and_ssn_shapes_are_not_phones(text: str) -> None:
    assert phone_reading(text) is None


def test_bare_runs_must_be_valid_but_printed_ones_need_only_a_possible_length() -> None:
    assert phone_reading("10012345678") is None  # no Chinese mobile starts 100, no North American area code 001
    assert phone_reading("100-1234-5678") == "printed"  # the same digits printed as a phone
    assert phone_reading("13812345678") == "valid"


def test_the_recognizer_finds_the_number_in_running_text() -> None:
    text = "Daughter can be reached on 07280 610787 after 6pm; BP 128/84, HR 72, Na 138, K 4.1."
    spans = [text[r.start : r.end] for r in NumberingPlanPhoneRecognizer().scan(text, text.lower())]
    assert spans == ["07280 610787"]


@pytest.mark.parametrize(
    "code", ["H23-950555-7", "ZY20A56786", "TX7601944", "UDC539688747", "S9196245D", "IP-18-136693"]
)
def test_identifying_codes(code: str) -> None:
    assert is_identifying_code(code)


@pytest.mark.parametrize(
    "word",
    [
        "NCT01234567",  # a trial registration
        "CHICTR2000029308",
        "RS1801133",
        "ALT129AST81S",  # lab results run together: no run of four digits
        "COVID19",
        "A1C",
        "123456",  # digits alone are not a code
        "ABCDEFG12345",  # more letters than digits
    ],
)
def test_codes_that_identify_no_one(word: str) -> None:
    assert not is_identifying_code(word)


def test_grouped_numbers_and_mbis() -> None:
    text = "Member 1EG4-TE5-MK73, card 2076 0915 0717; Hb 132 g/L, plt 245 x10^9/L, 1000 mg bd."
    found = {(r.entity_type, text[r.start : r.end]) for r in IdentifierShapeRecognizer().scan(text, text.lower())}
    assert found == {("INSURANCE_ID", "1EG4-TE5-MK73"), ("IDENTIFIER", "2076 0915 0717")}


def test_a_code_beside_chinese_text_and_a_labelled_rule_keeps_its_type() -> None:
    detector = PhiDetector()
    text = "患者腕带条码ZY20A56786，复诊。"
    assert [(s.type, text[s.start : s.end]) for s in detector.detect(text)] == [("IDENTIFIER", "ZY20A56786")]
    labelled = "MRN: 12345678A"
    assert [s.type for s in detector.detect(labelled)] == ["MEDICAL_RECORD_NO"]


def test_numbers_a_rule_already_typed_are_not_parsed_again() -> None:
    text = "Tel 07280 610787"
    recognizer = NumberingPlanPhoneRecognizer()
    assert [r.start for r in recognizer.scan(text, text.lower())] == [4]
    assert recognizer.scan(text, text.lower(), [(4, 16)]) == []  # inside a span found before it
    assert [r.start for r in recognizer.scan(text, text.lower(), [(0, 3)])] == [4]
