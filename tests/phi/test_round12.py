"""Round 12 of the PHI detector: street-first, Japanese and Korean addresses; Nordic, Greek, Belgian and Austrian
numbers; hospital numbers with their letters; rare compound surnames, nicknames after a person word, Chinese names
written again; names in a form's fields; and what each must leave alone."""

import pytest

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.gazetteers import to_simplified
from medgate.guardrails.phi.street_first_addresses import StreetFirstAddressRecognizer


@pytest.fixture(scope="module")
def detector() -> PhiDetector:
    return PhiDetector()


def _found(detector: PhiDetector, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in detector.detect(text)]


def _covered(detector: PhiDetector, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(s.start <= start and s.end >= start + len(value) and s.type == kind for s in detector.detect(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: Nørrebrogade 18, 9. th., 2200 København N\nSpecimen", "Nørrebrogade 18, 9. th., 2200 København N"),
        ("Found at Mannerheimintie 52 A 10, 00900 Helsinki\nAdvice", "Mannerheimintie 52 A 10, 00900 Helsinki"),
        ("Address: Drottninggatan 53, 117 55 Stockholm", "Drottninggatan 53, 117 55 Stockholm"),
        ("cc: Keizersgracht 232-II, 1015 RT Amsterdam", "Keizersgracht 232-II, 1015 RT Amsterdam"),
        ("Delivery:\nLindenstraße 27\n10369 Berlin\nKey holder", "Lindenstraße 27\n10369 Berlin"),
        ("lives at ul. Marszałkowska 10, 00-590 Warszawa.", "ul. Marszałkowska 10, 00-590 Warszawa"),
        ("Morada: Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053 Lisboa"),
        ("Avenida Paulista 1578, 01310-200 São Paulo", "Avenida Paulista 1578, 01310-200 São Paulo"),
        ("2-18-4 Shibuya, Shibuya-ku, Tokyo 150-0002", "2-18-4 Shibuya, Shibuya-ku, Tokyo 150-0002"),
        (
            "Sakura Mansion 507, 7-5-1 Nishiki, Naka-ku, Nagoya 460-0007   Phone: 06-63106125",
            "Sakura Mansion 507, 7-5-1 Nishiki, Naka-ku, Nagoya 460-0007",
        ),
        (
            "moved from 26, Teheran-ro 10-gil, Gangnam-gu, Seoul 06109 or",
            "26, Teheran-ro 10-gil, Gangnam-gu, Seoul 06109",
        ),
    ],
)
def test_street_first_and_east_asian_addresses(detector: PhiDetector, text: str, address: str) -> None:
    assert _covered(detector, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Take Metoprolol 50, 1000 Units daily",
        "Dose 5, 2020 Review of the plan",
        "Via Roma 3 tablets were dispensed",
        "Tinea pedis: 2-3 weeks, Terbinafine 250 mg",
        "Parkinson 2019, 1200 Patients",
    ],
)
def test_street_first_rules_leave_clinical_text(text: str) -> None:
    assert StreetFirstAddressRecognizer().scan(text, text.lower()) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Patient: Bao Le, born 26.4.2001, personnummer 010426-4544\nLesion", "010426-4544", "NATIONAL_ID"),
        ("Name: Ingrid Haugen   CPR: 180836-3434\nAddress", "180836-3434", "NATIONAL_ID"),
        ("HETU: 281081-175N   Ref: 258 280 379", "281081-175N", "NATIONAL_ID"),
        ("Greek AMKA (for the insurer): 10113407620\nMethod", "10113407620", "NATIONAL_ID"),
        ("National number: 35.05.04-448.08\nReferrer", "35.05.04-448.08", "NATIONAL_ID"),
        ("National number: 35120387053\nReferrer", "35120387053", "NATIONAL_ID"),
        ("SVNR (e-card): 2945 160782\nDelivery", "2945 160782", "INSURANCE_ID"),
        ("ALEKSANDR SMIRNOVA  |  HN-08-97423  |  born March 15, 1931", "HN-08-97423", "MEDICAL_RECORD_NO"),
        ("DOB: 13.6.1976   Pat-Nr. K0615072\nAddress", "K0615072", "MEDICAL_RECORD_NO"),
        ("HETU: 281081-175N   Ref: 258 280 379\nResults", "258 280 379", "MEDICAL_RECORD_NO"),
        ("门诊ID｜MZ-2026-008397｜医保卡号｜237386D415930", "MZ-2026-008397", "MEDICAL_RECORD_NO"),
    ],
)
def test_numbers_by_name_and_check(detector: PhiDetector, text: str, value: str, kind: str) -> None:
    assert _covered(detector, text, value, kind)


@pytest.mark.parametrize(
    "text",
    [
        "personnummer pending; lab ref 993212-3435 rechecked",  # no such date
        "ALT reference 10-40 U/L, Ref range 3.5-5.0",
        "AMKA to follow; creatinine 10113407621",
        "HETU: 281081-175X",
    ],
)
def test_numbers_that_fail_their_check_stay(detector: PhiDetector, text: str) -> None:
    assert [kind for kind, _ in _found(detector, text) if kind != "IDENTIFIER"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("固定：10%中性福尔马林，核对护士独孤军\n联系", "独孤军"),
        ("检查者：黄桂芳\u3000审核：呼延欣怡\n家属：韩立新", "呼延欣怡"),
        ("经治医生呼延梦瑶已告知自动出院可能导致的风险", "呼延梦瑶"),
        ("家属：闻人春梅（女儿）180-3073-2031", "闻人春梅"),
        ("开具医生：长孙医生\u3000执行护士：周志刚", "长孙"),
        ("冲动伤人（被打者：护工小徐）\n", "小徐"),
        ("犬主：小周，电话+86 19291208892", "小周"),
        ("陪护：小马\u3000电话0739-10902654", "小马"),
    ],
)
def test_compound_surnames_and_nicknames(detector: PhiDetector, text: str, name: str) -> None:
    assert _covered(detector, text, name, "PERSON")


def test_a_chinese_name_found_once_is_found_where_it_recurs(detector: PhiDetector) -> None:
    text = "母亲姓名：韩国庆\u3000身份证号：430500194510031532\n新生儿：韩国庆之子（住院号ZY57145494）"
    assert [name for kind, name in _found(detector, text) if kind == "PERSON"] == ["韩国庆", "韩国庆"]


@pytest.mark.parametrize(
    "text",
    [
        "他是家里的长孙，东方红，老师说小时候很乖。",
        "【WhatsApp 屋企人】\n刘桂芝：阿媽今日覆診，醫生話冇乜大問題",  # 阿妈 after a speaker is mum, not a name
        "转诊：陈笃生医生\n陈笃生医院骨科复诊",  # the hospital named after him is no mention of the person
        "处方：华佗再造丸、六味地黄丸",
    ],
)
def test_kinship_words_hospitals_and_medicines_stay(detector: PhiDetector, text: str) -> None:
    found = _found(detector, text)
    assert ("PERSON", "阿妈") not in found and ("PERSON", "阿媽") not in found
    assert all(not (text[text.index(name) + len(name) :].startswith(("医院", "再造"))) for _, name in found)


def test_simplified_characters_are_not_turned_into_variants() -> None:
    """hanziconv's map turns 呼, 猛, 脊 and the surname 佘 into rare variants; the table leaves them."""
    assert to_simplified("呼吸 猛烈 脊柱 佘太君 後來 電話") == "呼吸 猛烈 脊柱 佘太君 后来 电话"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Surname: Santoso   Forename: Agus   DOB: 19-06-1952", ["Santoso", "Agus"]),
        ("Surname: van Dijk-Smit   Forename: Maarten   DOB: 20-07-1981", ["van Dijk-Smit", "Maarten"]),
    ],
)
def test_names_in_a_forms_fields_end_at_the_gap(detector: PhiDetector, text: str, names: list[str]) -> None:
    assert [name for kind, name in _found(detector, text) if kind == "PERSON"] == names


def test_a_speaker_label_keeps_its_name(detector: PhiDetector) -> None:
    text = "Dr Anna Lee: please review the chest film"
    assert ("PERSON", "Anna Lee") in _found(detector, text)
