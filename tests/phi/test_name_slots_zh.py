"""Chinese names found by where they stand (a name slot), whatever LAC says: rare and function-word
surnames, traditional three-character names, names LAC leaves untagged in their sentence."""

import pytest
from phi_helpers import found

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.gazetteers import to_simplified


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("已通知值班医生。家属曾涛住南宁市青秀区。", "曾涛"),  # a common name LAC leaves untagged
        ("如有不适联系平晓的家属，电话见上。", "平晓"),  # a function-word surname
        ("电话随访：联系到时秀兰本人，诉头晕。", "时秀兰"),
        ("保险理赔｜被保人巴丽｜证件见附件", "巴丽"),  # a rare surname (百家姓)
        ("其女王建發今晚陪护。", "王建發"),  # traditional, three characters
        ("交班：12床单静，71岁，贝尔面瘫入院。", "单静"),  # 床单 is a word, 12床 a bed
        ("夜班交接：游志远凌晨两点诉胸闷。", "游志远"),  # a form field's value
        ("【家人群】\n周家乐：妈今天复查了。", "周家乐"),  # a chat speaker; 家 in a given name
        ("出院后由谈林照顾。", "谈林"),
        ("被保险人：佘玉兰\n身份证号码见附件", "佘玉兰"),  # 佘 is a surname, not 畲
    ],
)
def test_name_in_a_slot(detector: PhiDetector, text: str, name: str) -> None:
    assert found(detector, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "由于时间关系，明天再复查。",  # 由于 is a word
        "说吃甲鱼对肝炎病人有很好的疗效，是真的吗？",  # 有 is not read as a surname
        "大三阳患者干呕的几种原因是什么？",  # 干呕 is a word
        "我父亲有乙肝，现在不在了。",  # 有|乙肝: the rest is a word
        "理赔申请书\n申请人：\n",  # a form label, not a name
        "肝功:白蛋白40.1，球蛋白41.3",  # a lab value's name
        "和乙肝病人说话吃饭会传染吗?",  # a function word at a line start
        "怀孕后的肝炎该怎么治",  # a line start is a name slot only before punctuation or a time
        "怀孕才发现有乙肝咋办",
        "患者和家属表示理解。",
    ],
)
def test_words_in_a_slot_are_not_names(detector: PhiDetector, text: str) -> None:
    assert "PERSON" not in found(detector, text).values()


def test_surname_characters_are_not_rewritten() -> None:
    """The traditional-to-simplified map reads 佘 as 畲; a surname character is left as written."""
    assert to_simplified("佘玉兰，陳麗玉") == "佘玉兰，陈丽玉"
