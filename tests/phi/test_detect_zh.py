"""Chinese PHI: planted values in clinical notes are found with the right type; clinical numbers survive."""

import random

import pytest
from phi_helpers import found, make_card, make_resident_id
from stdnum.cn import ric

from medgate.guardrails.phi import PhiDetector, PhiSpan


def test_resident_ids_with_valid_check_character(detector: PhiDetector, rng: random.Random) -> None:
    for _ in range(50):
        rid = make_resident_id(rng)
        assert found(detector, f"患者身份证号{rid}，今日复诊。") == {rid: "CN_RESIDENT_ID"}
        assert found(detector, f"证件 {rid} 已核对")[rid] == "CN_RESIDENT_ID"


def test_resident_id_with_wrong_check_character_is_not_an_id(detector: PhiDetector, rng: random.Random) -> None:
    rid = make_resident_id(rng)
    wrong = rid[:-1] + next(c for c in "0123456789X" if c != rid[-1])
    assert ric.calc_check_digit(wrong) != wrong[-1]
    assert "CN_RESIDENT_ID" not in found(detector, f"编号{wrong}").values()


def test_legacy_15_digit_id_needs_context(detector: PhiDetector) -> None:
    legacy = "110105750315123"
    assert found(detector, f"身份证：{legacy}") == {legacy: "CN_RESIDENT_ID"}
    assert found(detector, f"样本条码 {legacy}") == {}


@pytest.mark.parametrize(
    "phone",
    ["13812345678", "138 1234 5678", "138-1234-5678", "+86 13912345678", "+86-139-1234-5678", "008615012345678"],
)
def test_mobile_numbers(detector: PhiDetector, phone: str) -> None:
    assert found(detector, f"家属手机{phone}，请联系。") == {phone: "PHONE"}


@pytest.mark.parametrize("phone", ["010-88886666", "0755-2888666", "(021)62345678", "（0571）87654321"])
def test_landlines(detector: PhiDetector, phone: str) -> None:
    assert found(detector, f"科室座机{phone}。") == {phone: "PHONE"}


def test_bank_card_by_luhn_and_by_context(detector: PhiDetector, rng: random.Random) -> None:
    card = make_card(rng, "6222", 19)
    assert found(detector, f"退费至{card}") == {card: "BANK_CARD"}
    spaced = " ".join(card[i : i + 4] for i in range(0, 19, 4))
    assert found(detector, f"退费至{spaced}。") == {spaced: "BANK_CARD"}
    not_luhn = card[:-1] + str((int(card[-1]) + 1) % 10)
    assert found(detector, f"退费至{not_luhn}") == {}
    assert found(detector, f"银行卡号：{not_luhn}") == {not_luhn: "BANK_CARD"}


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("住院号：ZY20230456，床号12", "ZY20230456", "MEDICAL_RECORD_NO"),
        ("门诊号 0012345678 复诊", "0012345678", "MEDICAL_RECORD_NO"),
        ("病历号为BL-2023-0099。", "BL-2023-0099", "MEDICAL_RECORD_NO"),
        ("病案号88812345", "88812345", "MEDICAL_RECORD_NO"),
        ("医保卡号：1101051234567890，自费比例10%", "1101051234567890", "INSURANCE_ID"),
        ("社保号码 SB12345678", "SB12345678", "INSURANCE_ID"),
        ("出院。医保卡号5661 59520 6。", "5661 59520 6", "INSURANCE_ID"),  # spaced digit groups
        ("护照号：E12345678", "E12345678", "PASSPORT"),
        ("出生日期：1980年5月12日，就诊日期2024年3月1日", "1980年5月12日", "DATE_OF_BIRTH"),
        ("生日 1975-03-15，入院 2024-01-02", "1975-03-15", "DATE_OF_BIRTH"),
        ("患者1962年8月3日出生，2024年8月3日复诊", "1962年8月3日", "DATE_OF_BIRTH"),
        ("邮箱 zhang.san@hospital.cn 发报告", "zhang.san@hospital.cn", "EMAIL"),
    ],
)
def test_labelled_identifiers(detector: PhiDetector, text: str, value: str, entity: str) -> None:
    assert found(detector, text) == {value: entity}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("患者张三，男，45岁，因胸痛入院。", "张三"),
        ("姓名：李四 性别：女", "李四"),
        ("患者王小明出现发热", "王小明"),
        ("家属欧阳娜娜签字同意。", "欧阳娜娜"),
        ("请王先生到3号诊室。", "王"),
        ("陈建国先生今日出院。", "陈建国"),
        ("联系人：赵敏", "赵敏"),
        ("医生您好，我叫孙丽，今年32岁。", "孙丽"),
        ("他叫周杰，想咨询一下胃镜。", "周杰"),
    ],
)
def test_names_by_context(detector: PhiDetector, text: str, name: str) -> None:
    assert found(detector, text) == {name: "PERSON"}


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("家住北京市朝阳区建国路88号3号楼2单元501室，独居。", "北京市朝阳区建国路88号3号楼2单元501室"),
        ("住址：上海市徐汇区漕溪北路 120 号。", "上海市徐汇区漕溪北路 120 号"),
        ("现住杭州市西湖区翠苑小区5栋302室，", "杭州市西湖区翠苑小区5栋302室"),
    ],
)
def test_addresses(detector: PhiDetector, text: str, address: str) -> None:
    assert found(detector, text) == {address: "ADDRESS"}


CLINICAL_ZH = [
    "患者高热3天，体温39.5℃，血压120/80mmHg，心率98次/分。",
    "予二甲双胍500mg bid，阿司匹林100mg qd，复查血常规：WBC 12.5×10^9/L，HGB 105g/L。",
    "诊断：2型糖尿病（E11.9），高血压病2级（I10）。",
    "患者于2024年3月1日入院，3月8日出院，住院7天。",
    "患者左侧肢体无力2小时，NIHSS评分6分，CT未见出血。",
    "患者自诉胸闷气短，无明显诱因，既往有冠心病史10年。",
    "术后第1天，引流量约200ml，血氧饱和度98%，尿量1500ml/24h。",
    "空腹血糖7.8mmol/L，糖化血红蛋白6.9%，肌酐88μmol/L，eGFR 85ml/min/1.73m2。",
    "建议每3个月复查一次，如有不适请及时就诊或拨打120急救电话。",
    "病人和家属了解病情，同意手术。患者家属表示理解。",
    "王老师讲课说高血压患者要低盐饮食。",
    "我是高血压患者，2019年生了二胎，2020年生产后血压偏高。",
    "由于我是单眼皮，了解到了她的姓名和手机。他家住在我家附近。",
]


@pytest.mark.parametrize("text", CLINICAL_ZH)
def test_clinical_chinese_text_passes_untouched(detector: PhiDetector, text: str) -> None:
    spans = detector.detect(text)
    assert [s for s in spans if s.type != "PERSON" or text[s.start : s.end] != "王"] == []


def test_full_chinese_note(detector: PhiDetector, rng: random.Random) -> None:
    rid = make_resident_id(rng, "440305")
    note = (
        f"姓名：刘德明  性别：男  年龄：67岁  住院号：ZY2024001234\n"
        f"身份证号：{rid}  联系电话：139 2345 6789  医保卡号：4403051234567\n"
        f"家庭住址：深圳市南山区科技园路18号\n"
        f"主诉：反复胸痛2年，加重3天。血压150/95mmHg，心率88次/分，肌钙蛋白0.12ng/ml。\n"
        f"诊断：急性冠脉综合征（I24.9）。予阿司匹林100mg、氯吡格雷75mg口服。"
    )
    spans = detector.detect(note)
    assert {(note[s.start : s.end], s.type) for s in spans} == {
        ("刘德明", "PERSON"),
        ("ZY2024001234", "MEDICAL_RECORD_NO"),
        (rid, "CN_RESIDENT_ID"),
        ("139 2345 6789", "PHONE"),
        ("4403051234567", "INSURANCE_ID"),
        ("深圳市南山区科技园路18号", "ADDRESS"),
    }
    assert all(isinstance(s, PhiSpan) and 0.5 <= s.score <= 1.0 for s in spans)
