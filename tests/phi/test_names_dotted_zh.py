"""Foreign and minority names in Chinese characters joined by a middle dot; dotted eponyms stay."""

import pytest

from medgate.guardrails.phi.names_dotted_zh import DottedNameRecognizer


def _names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in DottedNameRecognizer().scan(text, text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("患者拉杰什·库马尔先生因胸痛入院", "拉杰什·库马尔"),
        ("家属玛丽亚·加西亚，女，40岁", "玛丽亚·加西亚"),
        ("监护人阿依古丽·买买提签字同意", "阿依古丽·买买提"),
        ("约翰·奥布莱恩（父亲）", "约翰·奥布莱恩"),
        ("由伊丽莎白・麦克劳德陪同", "伊丽莎白・麦克劳德"),
    ],
)
def test_dotted_names(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", ["诊断：斯蒂文斯·约翰逊综合征", "马查多·约瑟夫病家族史", "血压120/80，心率72次/分"])
def test_dotted_eponyms_and_text_without_dots_stay(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "text", ["儿童保健手册·生长发育监测\n龚秀梅，女", "如今脚麻·疼，甲胎蛋白", "第一项和第六·六项是阳性"]
)
def test_headings_and_ordinary_words_joined_by_a_dot_stay(text: str) -> None:
    assert _names(text) == []
