"""Round 7: printed forms of record numbers, birth dates, phones, names and addresses, each with the
clinical text that must stay (headings in capitals, grades, doses, lab and visit dates)."""

import pytest

from medgate.guardrails.phi import PhiDetector
from tests.phi.phi_helpers import spans


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Hosp No ..... 97185028\n", "MEDICAL_RECORD_NO", "97185028"),
        ("DOB 7 Jun 1960   Hosp # ZY92982442\n", "MEDICAL_RECORD_NO", "ZY92982442"),
        ("Subject: FW: bed request - #H33573821", "MEDICAL_RECORD_NO", "H33573821"),
        ("儿童保健手册，编号91098621", "MEDICAL_RECORD_NO", "91098621"),
        ("阿媽個病人編號係咪MR27583679？", "MEDICAL_RECORD_NO", "MR27583679"),
        ("病歷號碼H51766427。", "MEDICAL_RECORD_NO", "H51766427"),
        ("hospital number Z Y 1 3 8 8 7 8 4 1 she was", "MEDICAL_RECORD_NO", "Z Y 1 3 8 8 7 8 4 1"),
        ("住院号H 1 6 8 3 6 8 1 4 因", "MEDICAL_RECORD_NO", "H 1 6 8 3 6 8 1 4"),
        ("| Order | Patient | Hosp No. |\n|---|---|---|\n| 1 | LIM MEI-HUA | H54418667 |", "PERSON", "LIM MEI-HUA"),
        (
            "| Order | Patient | Hosp No. |\n|---|---|---|\n| 1 | B de Faoite | H54418667 |",
            "MEDICAL_RECORD_NO",
            "H54418667",
        ),
    ],
)
def test_record_numbers_and_table_cells(detector: PhiDetector, text: str, kind: str, value: str) -> None:
    assert (kind, value) in spans(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bed #12 booked, item #4521 on the list",
        "编号3的床位已满",
        "Hb 1 2 0 today",
        "| Bed | Procedure |\n|---|---|\n| 12345678 | lap chole |",
        "| Patient | Notes |\n|---|---|\n| 1 | ASA II, 4 mg IV |",
    ],
)
def test_record_number_lookalikes_stay(detector: PhiDetector, text: str) -> None:
    assert not {kind for kind, _ in spans(detector, text)} & {"MEDICAL_RECORD_NO", "PERSON"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient: LAU, Mei-hua   DOB 06-APR-1965\n", "06-APR-1965"),
        ("Christopher Maldonado, DOB 16.4.01, seen", "16.4.01"),
        ("DOB ......... 31 Oct 1999\n", "31 Oct 1999"),
        ("date of birth 22nd of june 1950 hospital", "22nd of june 1950"),
        ("date of birth 9 6 1981 hospital", "9 6 1981"),
        ("出生日期：97.05.27\n", "97.05.27"),
        ("出生日期：一九六一年三月七日\n", "一九六一年三月七日"),
        ("出生日期二零一一年六月三十号 住院号", "二零一一年六月三十号"),
    ],
)
def test_printed_birth_dates(detector: PhiDetector, text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in spans(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bloods 07-MAR-2024: Hb 104. Review 7.3.24.",
        "复查日期：97.05.27前后；2024年3月7日复诊",
        "Surgery booked 22nd of june 2025.",
    ],
)
def test_dates_without_a_birth_label_stay(detector: PhiDetector, text: str) -> None:
    assert not any(kind == "DATE_OF_BIRTH" for kind, _ in spans(detector, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Next of kin: mobile 020 7956 4926 x4226", "020 7956 4926 x4226"),
        ("Parent mobile (02) 9390 2727 ext. 6845", "(02) 9390 2727 ext. 6845"),
        ("Out of hours: 0412 251 189", "0412 251 189"),
        ("谈话对象：患者之子，电话028-45715071转1586", "028-45715071转1586"),
        ("督导电话：(020) 2045 4166", "(020) 2045 4166"),
        ("联系电话027-26454036-7879。", "027-26454036-7879"),
        ("她电话是幺九五三幺二二五幺三二 住", "幺九五三幺二二五幺三二"),
        ("她电话是1 9 5 8 3 4 6 0 3 6 8 住", "1 9 5 8 3 4 6 0 3 6 8"),
        ("copy to her daughter on oh four one three oh two nine one oh nine thank you", None),
        ("when she rings from 0 4 9 4 3 5 5 6 4 2 end", "0 4 9 4 3 5 5 6 4 2"),
        ("我打91616695問吓", "91616695"),
    ],
)
def test_phone_forms(detector: PhiDetector, text: str, value: str | None) -> None:
    wanted = value or "oh four one three oh two nine one oh nine"
    assert ("PHONE", wanted) in spans(detector, text)


@pytest.mark.parametrize(
    "text",
    ["Ondansetron 4 mg x 2 doses", "Scores 0 1 2 3", "打针后 2024 0301", "Ratio 1:200 x3, lot 20240131"],
)
def test_phone_lookalikes_stay(detector: PhiDetector, text: str) -> None:
    assert not any(kind == "PHONE" for kind, _ in spans(detector, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PSYCHIATRY INTAKE\nName: ASHLEY TSANG\nReferred by", "ASHLEY TSANG"),
        ("Name: CHEUNG KUAN-YU\n", "CHEUNG KUAN-YU"),
        ("Subject: FW: bed request - LEAH WATTS, #83318616", "LEAH WATTS"),
        ("Patient  HAMIMA HASANAH  (H44005835)\n", "HAMIMA HASANAH"),
        ("Assessed by G. Ejlaal, anaesthetic registrar", "G. Ejlaal"),
        ("Reported by K Yu, Consultant Radiologist", "K Yu"),
        ("Patient: Hussein M, 78, after", "Hussein M"),
        ("Patient: Ó Maolchatha R, 26", "Ó Maolchatha R"),
        ("cc: Noble, J, urology", "Noble, J"),
        ("Subject: RE: advice re Kemboi A (81289002)", "Kemboi A"),
        ("| 4 months | Prevenar 13 | RN Saragih B |", None),
        ("Regards,\nMac Laghmainn E\nBed manager", "Mac Laghmainn E"),
    ],
)
def test_names_in_name_slots(detector: PhiDetector, text: str, value: str | None) -> None:
    if value is not None:
        assert ("PERSON", value) in spans(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "THEATRE 4 ELECTIVE LIST (AM)\nHISTOPATHOLOGY REPORT",
        "Patient: NIL BY MOUTH from midnight",
        "Patient: Grade A, stable",
        "Reported by Type B registrar",
        "Dr to review. CHEST PAIN, #123",
        "Patient: ECG NORMAL, (12345678 lot)",
        "Mallampati Grade 2, Hep B vaccinated",
    ],
)
def test_capitals_and_grades_stay(detector: PhiDetector, text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in spans(detector, text))


def test_address_over_several_lines(detector: PhiDetector) -> None:
    text = "Address:\nFlat 3\n200 Ironbark Crescent\nBelconnen ACT 2617\nPhone 582-536-1237"
    assert ("ADDRESS", "Flat 3\n200 Ironbark Crescent\nBelconnen ACT 2617") in spans(detector, text)


def test_address_label_without_a_postal_block(detector: PhiDetector) -> None:
    text = "Address:\nconfirmed with patient\nHistory: asthma"
    assert not any(kind == "ADDRESS" for kind, _ in spans(detector, text))


@pytest.mark.parametrize(
    "text", ["长期用药：舍曲林50mg每晨\n麻醉方式：全麻", "评价：已排除特伦德伦堡步态\n", "诊断意见：特伦德伦堡步态可能"]
)
def test_drug_before_a_dose_and_an_eponym_gait_stay(detector: PhiDetector, text: str) -> None:
    assert not detector.detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Address:\n137 Kauri Glade\nKarori\nWellington 6012\nPhone", "137 Kauri Glade\nKarori\nWellington 6012"),
        ("postal address:\n52688 Angela Spur\nMartinezville\nPE K5S2J7", "52688 Angela Spur\nMartinezville\nPE K5S2J7"),
    ],
)
def test_address_blocks_by_country(detector: PhiDetector, text: str, value: str) -> None:
    assert ("ADDRESS", value) in spans(detector, text)


def test_spoken_two_digit_year_birth_date(detector: PhiDetector) -> None:
    assert ("DATE_OF_BIRTH", "四五年一月三十号") in spans(detector, "出生日期四五年一月三十号 住院号")
