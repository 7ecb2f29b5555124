"""HL7 v2 segments read by field number; comma- and tab-separated exports typed by their header."""

from medgate.guardrails.phi.birth_dates import WrittenBirthDateRecognizer, is_written_date
from medgate.guardrails.phi.hl7_segments import Hl7SegmentRecognizer
from medgate.guardrails.phi.table_columns import TableColumnRecognizer

HL7 = (
    "MSH|^~\\&|PAS|WEST|LAB|WEST|||ADT^A04|MSG1|P|2.5\n"
    "PID|1||ZY26B79436^^^HOSP^MR~437 637 0525^^^NHS^NH||FOO^ADETOKE^E||19850901|F|||"
    "125 Larch Lane^^Glasgow^^G23 5WB^GBR||1-229-247-0923\n"
    "NK1|1|QUEK^HARRY^R|DAU|||021 816 6894\n"
    "DG1|1||R69|Charcot foot\n"
)


def _found(recognizer: object, text: str) -> set[tuple[str, str]]:
    results = recognizer.scan(text, text.lower())  # type: ignore[attr-defined]
    return {(r.entity_type, text[r.start : r.end]) for r in results}


def test_hl7_person_fields_by_number() -> None:
    assert _found(Hl7SegmentRecognizer(), HL7) == {
        ("MEDICAL_RECORD_NO", "ZY26B79436"),
        ("NATIONAL_ID", "437 637 0525"),
        ("PERSON", "FOO^ADETOKE^E"),
        ("DATE_OF_BIRTH", "19850901"),
        ("ADDRESS", "125 Larch Lane^^Glasgow^^G23 5WB^GBR"),
        ("PHONE", "1-229-247-0923"),
        ("PERSON", "QUEK^HARRY^R"),
        ("PHONE", "021 816 6894"),
    }  # the diagnosis (DG1) and the sending systems (MSH) stay


def test_a_csv_export_is_typed_by_its_header() -> None:
    text = (
        "就诊卡号,姓名,性别,出生日期,手机,医保卡号,科室,备注\n"
        "4956878146,冼伟伟,女,19771113,+86-146-0383-9575,440149329537,内分泌科,干体重68.5kg\n"
        "2030854049,Xiahou xiaosheng,男,１９９２年９月２１日,0086-18612673070,,骨科,\n"
    )
    assert _found(TableColumnRecognizer(), text) == {
        ("MEDICAL_RECORD_NO", "4956878146"),
        ("PERSON", "冼伟伟"),
        ("DATE_OF_BIRTH", "19771113"),
        ("PHONE", "+86-146-0383-9575"),
        ("INSURANCE_ID", "440149329537"),
        ("MEDICAL_RECORD_NO", "2030854049"),
        ("PERSON", "Xiahou xiaosheng"),
        ("DATE_OF_BIRTH", "１９９２年９月２１日"),
        ("PHONE", "0086-18612673070"),
    }  # sex, department and remarks stay


def test_prose_with_commas_is_not_a_table() -> None:
    text = "Name, age and ward were confirmed.\nShe lives alone, walks with a frame, and takes 5 mg daily."
    assert _found(TableColumnRecognizer(), text) == set()


def test_birth_dates_in_any_written_form_after_a_birth_label() -> None:
    text = (
        "DOB Apr 18 '66; born 20030709; D.O.B. 24MAR2006; date of birth: February 17th, 1987\n"
        "出生日期：78年5月19日　出生日期：民國93年10月8日　出生日期：１９６４年３月３０日"
    )
    assert {value for _, value in _found(WrittenBirthDateRecognizer(), text)} == {
        "Apr 18 '66",
        "20030709",
        "24MAR2006",
        "February 17th, 1987",
        "78年5月19日",
        "民國93年10月8日",
        "１９６４年３月３０日",
    }


def test_what_follows_a_birth_label_but_is_no_date() -> None:
    text = "born at 32 weeks, birth weight 3.2 kg; 出生体重3200g，出生后3天黄疸"
    assert _found(WrittenBirthDateRecognizer(), text) == set()
    assert not is_written_date("20231399")  # eight digits that are no calendar date


def test_a_dictated_address_ends_where_the_findings_begin() -> None:
    """Speech-recognised notes spell their punctuation out and have no commas: the address after 住址 stops at the
    examination (查体) or a spoken mark (句号), so the blood pressure after it stays."""
    from medgate.guardrails.phi.detector import PhiDetector

    text = "住址玉林北路小区23号楼2门1601查体血压168/94mmHg句号下一段"
    spans = PhiDetector().detect(text)
    assert [s.type for s in spans] == ["ADDRESS"]
    assert text[spans[0].start : spans[0].end].endswith("玉林北路小区23号楼2门1601")
