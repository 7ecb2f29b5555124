"""The learned name tagger (medgate/guardrails/phi/tagger.py): loads, finds names the rules' lists do not
know, leaves medicine alone, agrees with the detector flag and stays within its time budget."""

import time

import pytest

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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented names, lower case, in none of the rules' name slots
        ("dictation: spoke with the daughter, okechi brannagh, who will collect her tomorrow.", "okechi brannagh"),
        ("Handover: bed 4 is zubeida marchetti, post-op day 2, obs stable.", "zubeida marchetti"),
    ],
)
def test_tags_unseen_lower_case_english_names(recognizer: TaggerRecognizer, text: str, name: str) -> None:
    assert any(name in span or span in name and len(span) > 3 for span in tagged(recognizer, text)), tagged(
        recognizer, text
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("审核医师：蔺嘉禾，报告已确认。", "蔺嘉禾"),
        ("谈话对象：患者之女霍思琪，签字同意手术。", "霍思琪"),
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


def test_detector_flag() -> None:
    text = "dictation: spoke with the daughter, okechi brannagh, who will collect her tomorrow."
    on = PhiDetector(tagger=True)
    off = PhiDetector(tagger=False)
    assert on.tagger and not off.tagger
    assert any(s.type == "PERSON" for s in on.detect(text))
    assert "okechi" not in " ".join(text[s.start : s.end] for s in off.detect(text))


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
