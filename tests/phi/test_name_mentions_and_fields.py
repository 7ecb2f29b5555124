"""Round 10's name rules: a found name's words found again alone in the same text (English), and a form field
labelled with a person holding a name of any origin (Chinese)."""

import pytest

from medgate.guardrails.phi import PhiDetector
from tests.phi.phi_helpers import found


def test_a_named_person_is_found_again_by_given_name_or_surname(detector: PhiDetector) -> None:
    text = "Patient: Agus Rahayu, 54. Agus asked whether his mother could visit; Mrs Rahayu agreed. Agus's GP: none."
    persons = [s for s in detector.detect(text) if s.type == "PERSON"]
    for word in ("Agus", "Rahayu"):
        at = text.find(word)
        while at >= 0:
            assert any(s.start <= at < s.end for s in persons), (word, at, persons)
            at = text.find(word, at + 1)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Patient Rose Miller, 71. Rose was calm overnight; CRP rose slightly.", "Rose was"),  # an ordinary word
        ("Dr Hodgkin Smith reviewed her. Hodgkin lymphoma stage II confirmed.", "Hodgkin lymphoma"),  # an eponym
        ("Seen with Made Kusuma (son). Made a plan for discharge.", "Made a plan"),  # an ordinary word
    ],
)
def test_ordinary_words_and_eponyms_are_not_found_again(detector: PhiDetector, text: str, kept: str) -> None:
    at = text.index(kept)
    assert not any(s.start <= at < s.end for s in detector.detect(text)), found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("药品不良反应/事件报告表\n患者姓名：田中美咲　性别：女", "田中美咲"),
        ("报告人：尹在元\n处理：停药", "尹在元"),
        ("交款人：小蒋　联系电话：待补", "小蒋"),
        ("收款员：呼延强", "呼延强"),
        ("结论：暂缓献血\n征询医师：森田明日香", "森田明日香"),
    ],
)
def test_a_person_field_holds_a_name_of_any_origin(detector: PhiDetector, text: str, name: str) -> None:
    assert found(detector, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text", ["报告人：本科室", "负责人：心内科护士", "联系人：见上", "签名：患者本人", "经办人：同上"]
)
def test_a_person_field_holding_a_role_or_a_reference_is_not_a_name(detector: PhiDetector, text: str) -> None:
    assert "PERSON" not in found(detector, text).values()
