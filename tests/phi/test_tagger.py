"""The learned name tagger (medgate/guardrails/phi/tagger.py): loads, finds names the rules' lists do not
know, leaves medicine alone, agrees with the detector scope (off, Latin script, all) and stays within its time
budget."""

import time

import pytest
from pydantic import ValidationError

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.tagger import TaggerRecognizer, token_tagger, tokenize
from medgate.tools.phi_notes import (
    EN_DRUGS,
    EN_EPONYMS,
    EN_NUMBERS,
    SEALED_EN_KEEP,
    SEALED_ZH_KEEP,
    ZH_DRUGS,
    ZH_EPONYMS,
    ZH_NUMBERS,
)


@pytest.fixture(scope="module")
def recognizer() -> TaggerRecognizer:
    return TaggerRecognizer()


def tagged(recognizer: TaggerRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.scan(text, text.lower())]


def test_loads_with_bio_labels() -> None:
    tagger = token_tagger()
    assert tagger.labels[0] == "O"
    assert {"B-PER", "I-PER"} <= set(tagger.labels)
    assert tagger.weights.shape[1] == len(tagger.labels)


def test_tokens_keep_offsets() -> None:
    text = "Seen with Ó Fuaráin-Byrne's 妈妈 at 10:30\n"
    for token, start, end in tokenize(text):
        assert text[start:end] == token
    assert [t for t, _, _ in tokenize("王芳abc")] == ["王", "芳", "abc"]


# Sentences written for this test (not from a template), with names the rules miss today. The tagger finds
# lower-case names when a word of them is a listed given name or surname (maureen, graham, teresa) or it is
# confident; an unlisted lower-case pair in plain prose ("okechi brannagh") it leaves (LOWER_CASE_MARGIN).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dictation: spoke with the daughter, maureen okafor, who will collect her tomorrow.", "maureen okafor"),
        ("rang and spoke with husband graham nwachukwu re discharge", "graham nwachukwu"),
        ("ok so this is a letter for teresa vukovic date of birth", "teresa vukovic"),
    ],
)
def test_tags_unseen_lower_case_english_names(recognizer: TaggerRecognizer, text: str, name: str) -> None:
    assert name in tagged(recognizer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("谈话对象：患者之女王秀英，签字同意手术。", "王秀英"),
        ("今日由家属刘建华陪同复诊。", "刘建华"),
    ],
)
def test_tags_chinese_name_after_role_word(recognizer: TaggerRecognizer, text: str, name: str) -> None:
    assert name in tagged(recognizer, text)


KEEP_EN = [*EN_EPONYMS, *EN_DRUGS, *EN_NUMBERS, *(v for values in SEALED_EN_KEEP.values() for v in values)]
KEEP_ZH = [*ZH_EPONYMS, *ZH_DRUGS, *ZH_NUMBERS, *(v for values in SEALED_ZH_KEEP.values() for v in values)]


@pytest.mark.parametrize("term", KEEP_EN)
def test_leaves_english_medicine_alone(recognizer: TaggerRecognizer, term: str) -> None:
    for text in (f"Background of {term}, reviewed today.", f"Plan: continue {term} and review in clinic."):
        start = text.index(term)
        assert not any(r.start < start + len(term) and start < r.end for r in recognizer.scan(text, text.lower())), (
            tagged(recognizer, text)
        )


@pytest.mark.parametrize("term", KEEP_ZH)
def test_leaves_chinese_medicine_alone(recognizer: TaggerRecognizer, term: str) -> None:
    for text in (f"既往有{term}，今日复查。", f"继续{term}，两周后门诊随访。"):
        start = text.index(term)
        assert not any(r.start < start + len(term) and start < r.end for r in recognizer.scan(text, text.lower())), (
            tagged(recognizer, text)
        )


def test_detector_scope() -> None:
    """Off, on Latin script only (the default), everywhere: the Latin scope finds the English name inside
    Chinese text at the same offsets, and leaves the Chinese name the rules miss to the ``all`` scope."""
    text = "rang and spoke with husband graham nwachukwu re discharge"
    assert PhiDetector().tagger == "latin"
    for scope in ("latin", "all"):
        found = [text[s.start : s.end] for s in PhiDetector(tagger=scope).detect(text) if s.type == "PERSON"]
        assert found == ["graham nwachukwu"], scope
    assert not PhiDetector(tagger="off").detect(text)
    mixed = "患者家属：丈夫 graham nwachukwu，电话已留。" + text
    latin = TaggerRecognizer(latin_only=True).scan(mixed, mixed.lower())
    everywhere = TaggerRecognizer().scan(mixed, mixed.lower())
    assert [mixed[r.start : r.end] for r in latin] == ["graham nwachukwu", "graham nwachukwu"]
    assert {(r.start, r.end) for r in latin} <= {(r.start, r.end) for r in everywhere}


def test_english_guards() -> None:
    """Spans the model may propose that the guards drop: mixed case, medicine, common words."""
    recognizer = TaggerRecognizer()
    for text in (
        "Is there any information about Macula lutea",
        "What are the complications of Stool Softeners ?",
        "Started Augmentin Duo Forte 875 mg twice daily",
    ):
        assert not tagged(recognizer, text), text


BENIGN_EN = (
    "What are the symptoms of Hashimoto's thyroiditis and how is it treated? My doctor started levothyroxine "
    "50 mcg but I still feel tired. Is it normal for TSH to stay high after six weeks of treatment? "
)
BENIGN_ZH = "医生你好，我最近血压有点高，150/95mmHg，吃了氨氯地平5mg还是头晕，需要换药吗？平时饮食清淡，睡眠不太好。"


def test_time_budget(recognizer: TaggerRecognizer) -> None:
    """~512 tokens of each language: best of 5 under 3 ms of CPU (1.5 ms budget, shared test machines)."""
    for text in ((BENIGN_EN * 12)[:2400], (BENIGN_ZH * 12)[:800]):
        recognizer.scan(text, text.lower())
        best = float("inf")
        for _ in range(5):
            start = time.thread_time()
            recognizer.scan(text, text.lower())
            best = min(best, time.thread_time() - start)
        assert best < 0.003, best


@pytest.mark.parametrize("unit", ["王", "王芳 ", "Zubeida Marchetti ", "Aa "])
def test_linear_in_text_length(recognizer: TaggerRecognizer, unit: str) -> None:
    """Text made only of name-like tokens opens one long window: its cost grows linearly (10x text, at most 20x
    time: a quadratic window costs about 100x; the best of five, since a shared 2-core machine once measured
    14.7x for a linear one)."""

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(5):
            start = time.thread_time()
            recognizer.scan(text, text.lower())
            best = min(best, time.thread_time() - start)
        return best

    short = unit * (2000 // len(unit))
    assert cost(short * 10) <= 20 * cost(short) + 0.005


def test_policy_switch() -> None:
    """The guard policy's ``phi.tagger`` reaches the detector; the packaged policy leaves the default."""
    from medgate.guardrails.policy import GuardPolicy, PhiSettings
    from medgate.guardrails.stages import Resources

    assert GuardPolicy.load().phi.tagger is None
    assert PhiSettings.model_validate({"tagger": "all"}).tagger == "all"
    with pytest.raises(ValidationError):
        PhiSettings.model_validate({"tagger": True})
    resources = Resources()
    assert resources.phi_detector(None, 0.5, "all").tagger == "all"
    assert resources.phi_detector(None, 0.5).tagger == "latin"
