"""Round 10: national IDs of Thailand, the UAE, Iran, Turkey and Indonesia by form and checksum; grouped Chinese
resident IDs; record and insurance numbers under more labels (Hosp No., Case No., UR 26/785979, 献血码, BPJS)."""

import random

import pytest
from stdnum import luhn
from stdnum.th import pin
from stdnum.tr import tckimlik

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.national_ids import emirates_id_ok, iranian_code_ok
from tests.phi.phi_helpers import found, make_resident_id


def _thai(rng: random.Random) -> str:
    body = str(rng.randint(1, 8)) + "".join(str(rng.randrange(10)) for _ in range(11))
    return body + pin.calc_check_digit(body)


def _emirati(rng: random.Random) -> str:
    body = f"784{rng.randint(1940, 2010)}" + "".join(str(rng.randrange(10)) for _ in range(7))
    return body + luhn.calc_check_digit(body)


def _iranian(rng: random.Random) -> str:
    while True:
        body = "".join(str(rng.randrange(10)) for _ in range(9))
        rest = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        code = body + str(rest if rest < 2 else 11 - rest)
        if len(set(code)) > 1:
            return code


def _turkish(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(8))
    return body + tckimlik.calc_check_digits(body)


def _wrong_last(value: str) -> str:
    return value[:-1] + str((int(value[-1]) + 1) % 10)


def test_checks_accept_drawn_numbers_and_refuse_a_changed_check_digit() -> None:
    rng = random.Random(10)
    for _ in range(100):
        emirati, iranian = _emirati(rng), _iranian(rng)
        assert emirates_id_ok(emirati) and not emirates_id_ok(_wrong_last(emirati))
        assert iranian_code_ok(iranian) and not iranian_code_ok(_wrong_last(iranian))
    assert not iranian_code_ok("1111111111")  # passes the arithmetic, never issued


@pytest.mark.parametrize("seed", range(5))
def test_printed_forms_are_found_anywhere(detector: PhiDetector, seed: int) -> None:
    rng = random.Random(seed)
    thai, emirati, iranian = _thai(rng), _emirati(rng), _iranian(rng)
    printed = {
        f"{thai[0]}-{thai[1:5]}-{thai[5:10]}-{thai[10:12]}-{thai[12]}",
        f"{thai[0]} {thai[1:5]} {thai[5:10]} {thai[10:12]} {thai[12]}",
        f"{emirati[:3]}-{emirati[3:7]}-{emirati[7:14]}-{emirati[14]}",
        f"{iranian[:3]}-{iranian[3:9]}-{iranian[9]}",
    }
    for value in printed:
        text = f"pls update her details, number is {value} thanks"
        assert found(detector, text).get(value) == "NATIONAL_ID", text


def test_a_wrong_check_digit_is_not_an_id(detector: PhiDetector) -> None:
    rng = random.Random(3)
    thai, emirati = _wrong_last(_thai(rng)), _wrong_last(_emirati(rng))
    for value in (
        f"{thai[0]}-{thai[1:5]}-{thai[5:10]}-{thai[10:12]}-{thai[12]}",
        f"784-{emirati[3:7]}-{emirati[7:14]}-{emirati[14]}",
    ):
        assert "NATIONAL_ID" not in found(detector, f"ref {value} attached").values()


def test_run_together_numbers_need_a_word_that_names_them(detector: PhiDetector) -> None:
    rng = random.Random(4)
    turkish, thai, iranian = _turkish(rng), _thai(rng), _iranian(rng)
    nik = "3171014503900001"  # Jakarta region, born 5 March 1990 (a woman: day + 40), sequence 0001
    assert found(detector, f"T.C. Kimlik No: {turkish}")[turkish] == "NATIONAL_ID"
    assert found(detector, f"Thai ID {thai} on file")[thai] == "NATIONAL_ID"
    assert found(detector, f"national code {iranian}, passport K1234567")[iranian] == "NATIONAL_ID"
    assert found(detector, f"Employee NIK: {nik}")[nik] == "NATIONAL_ID"
    for value in (turkish, thai, iranian, nik):
        assert "NATIONAL_ID" not in found(detector, f"Lot {value} dispensed, reorder next week").values()


def test_grouped_resident_id(detector: PhiDetector) -> None:
    rid = make_resident_id(random.Random(7), region="411525")
    grouped = f"{rid[:6]} {rid[6:14]} {rid[14:]}"
    assert found(detector, f"证件号码：{grouped}\n献血码：130750077022") == {
        grouped: "CN_RESIDENT_ID",
        "130750077022": "MEDICAL_RECORD_NO",
    }
    wrong = f"{rid[:6]} {rid[6:14]} {_wrong_last(rid[14:].upper().replace('X', '0'))}"
    assert "CN_RESIDENT_ID" not in found(detector, f"证件号码：{wrong}").values()


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Patient: A. Udeh    Hosp No. M841110-N    DOB 12.03.1961", "M841110-N", "MEDICAL_RECORD_NO"),
        ("Mother: P. Nugroho    UR number: 26/785979    DOB: 04-Nov-88", "26/785979", "MEDICAL_RECORD_NO"),
        ("Re: N. Al Mansoori (Case No. 26/633186), ICU", "26/633186", "MEDICAL_RECORD_NO"),
        ("NIK: 3171014503900001\nBPJS no.: 0001234567890\nHome:", "0001234567890", "INSURANCE_ID"),
    ],
)
def test_record_and_insurance_labels(detector: PhiDetector, text: str, value: str, kind: str) -> None:
    assert found(detector, text).get(value) == kind


def test_clinical_numbers_stay(detector: PhiDetector) -> None:
    text = "Na 138 mmol/L, creatinine 104 umol/L, INR 1.2; BD Venflon 22G; HbA1c 58 mmol/mol; case no longer urgent."
    assert found(detector, text) == {}
