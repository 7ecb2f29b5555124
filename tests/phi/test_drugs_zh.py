"""Chinese drug names with a dosage form, and the stems LAC cuts from them, are never names or places."""

from collections.abc import Sequence
from typing import cast

import pytest

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.drugs_zh import drug_names, is_drug_stem
from medgate.guardrails.phi.gazetteers import chinese_lexicon
from medgate.guardrails.phi.lac import Entity, LacTagger
from medgate.guardrails.phi.ner_zh import ChineseNerRecognizer


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("仍服布洛芬缓释胶囊0.3g", "布洛"),  # LAC's cut: 布洛|芬缓释胶囊
        ("予莫沙必利片", "莫沙"),
        ("阿司匹林肠溶片100mg", "阿司匹林"),
        ("头孢曲松钠注射液", "头孢曲松"),
        ("板蓝根颗粒冲服", "板蓝"),
        ("藿香正气口服液", "藿香正"),
        ("红霉素软膏外用", "红霉素"),
        ("左氧氟沙星滴眼液", "左氧氟沙"),
        ("安宫牛黄丸1丸", "安宫牛"),
        ("硝苯地平控释片", "硝苯地"),
        ("连花清瘟胶囊", "连花清瘟胶囊"),  # the form inside the span
    ],
)
def test_drug_stems(text: str, stem: str) -> None:
    start = text.index(stem)
    assert is_drug_stem(text, start, start + len(stem), chinese_lexicon().common_words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张三照片已上传", "张三"),  # 照片 is a word, not a tablet
        ("李四睾丸疼痛", "李四"),
        ("患者张三布洛芬片过敏", "张三"),  # a whole drug name follows the name
        ("王芳服三片", "王芳"),  # a count, not a name's end
        ("家住朝阳区和平街", "朝阳区和平街"),
    ],
)
def test_words_before_drugs_or_ordinary_words_are_not_stems(text: str, name: str) -> None:
    start = text.index(name)
    assert not is_drug_stem(text, start, start + len(name), chinese_lexicon().common_words)


class _CuttingTagger:
    """Tags the drug stem the way LAC did in a sealed note: 布洛 as a place, 莫沙 as a person."""

    def entities(self, segments: Sequence[str]) -> list[list[Entity]]:
        found: list[list[Entity]] = []
        for segment in segments:
            entities = []
            for piece, tag in (("布洛", "LOC"), ("莫沙", "PER"), ("朝阳区", "LOC")):
                at = segment.find(piece)
                if at >= 0:
                    entities.append(Entity(tag, at, at + len(piece)))
            found.append(entities)
        return found


def test_recognizer_drops_stems_whatever_lac_tags() -> None:
    recognizer = ChineseNerRecognizer(tagger=cast(LacTagger, _CuttingTagger()))
    text = "家住朝阳区，仍服布洛芬缓释胶囊0.3g，予莫沙必利片。"
    assert [text[r.start : r.end] for r in recognizer.scan(text, text)] == ["朝阳区"]


@pytest.mark.parametrize(
    "text",
    [
        "予莫沙必利片和卡马西平片",
        "先吃布洛芬缓释胶囊0.3g，下周复查。",
        "电话随访，仍服布洛芬缓释胶囊0.3g，嘱一周后复诊。",
        "吉法酯片和莫沙必利片",
        "藿香正气口服液、板蓝根颗粒、左氧氟沙星滴眼液、红霉素软膏",
        "头孢曲松钠注射液2g静滴，雷贝拉唑钠肠溶片20mg",
        "陈香露白露片和胃炎康胶囊",
    ],
)
def test_detector_keeps_drugs(detector: PhiDetector, text: str) -> None:
    assert detector.detect(text) == []


def test_drug_names_span_the_name_and_its_form() -> None:
    text = "继续阿司匹林肠溶片100mg，张三照片已上传，予布洛芬缓释胶囊。"
    spans = [text[s:e] for s, e in drug_names(text, chinese_lexicon().common_words)]
    assert spans == ["继续阿司匹林肠溶片", "布洛芬缓释胶囊"]
