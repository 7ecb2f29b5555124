"""Round 11 of the PHI detector: premises-first addresses, informal Chinese names, record numbers with a site
prefix, dotted Chinese mobiles, resident health cards; and what each must leave alone."""

import pytest

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.names_informal_zh import InformalNameRecognizer
from medgate.guardrails.phi.premises_addresses import PremisesAddressRecognizer


@pytest.fixture(scope="module")
def detector() -> PhiDetector:
    return PhiDetector()


def _addresses(text: str) -> list[str]:
    return [text[r.start : r.end] for r in PremisesAddressRecognizer().scan(text, text.lower())]


def _names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in InformalNameRecognizer().scan(text, text.lower())]


def _covered(detector: PhiDetector, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(s.start <= start and s.end >= start + len(value) and s.type == kind for s in detector.detect(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Home: Flat 1, Block 13-D, Gulshan-e-Iqbal, Karachi\nCNIC: on file",
            "Flat 1, Block 13-D, Gulshan-e-Iqbal, Karachi",
        ),
        (
            "Address:\nHouse No. 4, Street 2\nF-8/6, Islamabad\nDiagnosis: Perthes disease",
            "House No. 4, Street 2\nF-8/6, Islamabad",
        ),
        (
            "10:40  Maria D'Souza, Stand 35, Zone 5, Ga-Rankuwa, 0208 - no answer, card left",
            "Stand 35, Zone 5, Ga-Rankuwa, 0208",
        ),
        (
            "Location: Hse No. 11, Kileleshwa, off Othaya Road, Nairobi\nMembers seen: 4",
            "Hse No. 11, Kileleshwa, off Othaya Road, Nairobi",
        ),
        (
            "Delivery address: Mohalla Islampura, Gali No. 4, House 236, Lahore\nCollected by: son",
            "Mohalla Islampura, Gali No. 4, House 236, Lahore",
        ),
        (
            "funeral director, of 45 Ogui Road, off Zik Avenue, Enugu\nIdentified by: brother",
            "45 Ogui Road, off Zik Avenue, Enugu",
        ),
    ],
)
def test_premises_first_addresses(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unit 2, Ward 5, Bed 3, Theatre list at 14:00",
        "Lives at Flat 4, 72 Rimu Heights, Subiaco WA 6008. RR 22.",  # the full stop ends it, RR 22 is a rate
        "Home: lives alone, independent with ADLs",
        "Address:\nFlat 6\n161 Maple Heights\nSubiaco WA 6008\nPhone 910-978-6473",
    ],
)
def test_premises_addresses_stop_at_the_next_field_and_sentence(text: str) -> None:
    for address in _addresses(text):
        assert "RR 22" not in address and "Phone" not in address and "Ward" not in address, address
    assert not any(a.startswith("lives") for a in _addresses(text))


def test_street_named_after_a_person_stays_an_address(detector: PhiDetector) -> None:
    text = "Wheelchair delivery to Plot 11, Adeola Odeku Street, Victoria Island, Lagos on Monday."
    assert _covered(detector, text, "Plot 11, Adeola Odeku Street, Victoria Island, Lagos", "ADDRESS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("签收：老蒯代收（邻居）", "老蒯"),
        ("探视人：王建军（儿子）、小陈", "小陈"),
        ("家属翻译，阿磊负责喂药", "阿磊"),
        ("复核：马工程师", "马"),
        ("随访医生：芮建军　村医厍大夫", "厍"),
        ("陪同：儿子马 小明，电话已留", "马 小明"),
        ("母亲扎西多吉诉在家叫名字已有反应。", "扎西多吉"),
        ("患儿：乌兰其其格　出生日期：14年10月28日", "乌兰其其格"),
        ("家属热依拉．阿不都翻译", "热依拉．阿不都"),
    ],
)
def test_informal_chinese_names(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "阿普加评分9分，阿司匹林100mg qd，阿立哌唑长效针400mg每月",
        "老师说小时候有哮喘，阿姨陪同，血糖小于7",
        "乌兰察布市人民医院，格桑花开",
        "王 先生今日复诊",
        "扎西德勒！",
    ],
)
def test_informal_chinese_names_leave_words_and_medicine(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Recipient: Imran Mokoena    Hosp No KCH:H9109813    DOB 19SEP2021", "KCH:H9109813", "MEDICAL_RECORD_NO"),
        ("Hospital number: QEUH/87/117761\nOHIP: on file", "QEUH/87/117761", "MEDICAL_RECORD_NO"),
        ("Hospital no. KCH 176 1347  |  Address on file", "KCH 176 1347", "MEDICAL_RECORD_NO"),
        ("患者：赵 春燕　病历号：南区7478127⏎诊断：Perthes病", "南区7478127", "MEDICAL_RECORD_NO"),
        ("门诊号：东院ZY71567180", "东院ZY71567180", "MEDICAL_RECORD_NO"),
        ("健康档案号：南区5029796", "南区5029796", "MEDICAL_RECORD_NO"),
        ("康复治疗师：孙志刚　电话咨询131.4336.4734", "131.4336.4734", "PHONE"),
        ("中方联系人：靳霞　电话86-15734334710", "86-15734334710", "PHONE"),
        ("居民健康卡号：41383458892991016997⏎产检情况：GBS阴性", "41383458892991016997", "INSURANCE_ID"),
        ("3. 阿依古丽，新农合621121-38922-982-06，糖化血红蛋白7.8%", "621121-38922-982-06", "INSURANCE_ID"),
        ("Postal address: P.O. Box 2738-00100, Nairobi\nPatient: dependant", "P.O. Box 2738-00100, Nairobi", "ADDRESS"),
    ],
)
def test_round11_identifiers(detector: PhiDetector, text: str, value: str, kind: str) -> None:
    assert _covered(detector, text, value, kind), [(text[s.start : s.end], s.type) for s in detector.detect(text)]


def test_tagger_name_does_not_take_an_identifiers_letters(detector: PhiDetector) -> None:
    """The learned tagger once read ``NRIC S`` of ``NRIC S2272518A`` as a name, and the ID lost to it."""
    text = "Patient: C. K. Magalhães   NRIC S2272518A   DOB 11/13/2012"
    assert not any(s.type == "PERSON" and "NRIC" in text[s.start : s.end] for s in detector.detect(text))


def test_a_given_name_that_is_a_stop_word_needs_a_surname(detector: PhiDetector) -> None:
    """``My`` is a listed given name and a stop word: ``My Iranian national code`` named no one; ``My Tran`` does."""
    text = "My Iranian national code is on file."
    assert not [s for s in detector.detect(text) if s.type == "PERSON"]
    assert _covered(detector, "Interpreter booked for My Nguyen on Monday.", "My Nguyen", "PERSON")
