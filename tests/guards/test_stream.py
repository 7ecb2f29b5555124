"""Streamed answers: only checked text is released, PHI split across chunks is caught."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from medgate.guardrails import GuardPipeline, GuardPolicy, StreamGuard
from medgate.guardrails.stream import unfinished_tail_start


def _run(stream: StreamGuard, deltas: Iterable[str]) -> list[str]:
    released = [stream.feed(delta) for delta in deltas]
    released.append(stream.finish())
    return released


def test_identifier_split_across_chunks_is_redacted(phi_pipeline: GuardPipeline) -> None:
    deltas = ["Sure. You can reach the ward at ", "138 0013", "8000", " any time, day or night. ", "Best regards."]
    stream = phi_pipeline.new_request("default").stream()
    answer = "".join(_run(stream, deltas))
    assert "0013" not in answer and "8000" not in answer
    assert answer == "Sure. You can reach the ward at [PHONE_1] any time, day or night. Best regards."
    assert stream.verdict.redacted_texts == [answer]
    assert stream.verdict.decision == "redact"
    assert [(s.type, s.start, s.end) for s in stream.verdict.phi[0]] == [("PHONE", 32, 44)]  # "138 00138000"


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7])
def test_every_chunking_gives_the_non_streamed_answer(phi_pipeline: GuardPipeline, size: int) -> None:
    text = (
        "您好，请于明天上午到门诊复查。如有疑问请拨打13912345678联系护士站，"
        "或发邮件到 ward3@example.org 。Your MRN: 00123456 is on the letter. 祝早日康复！"
    ) * 2
    guard = phi_pipeline.new_request("default")
    whole = guard.check_output(text).redacted_texts[0]
    stream = guard.stream()
    streamed = "".join(_run(stream, [text[i : i + size] for i in range(0, len(text), size)]))
    assert streamed == whole
    assert "13912345678" not in streamed and "00123456" not in streamed


def test_holding_back_is_bounded_by_one_window(phi_pipeline: GuardPipeline, phi_policy: GuardPolicy) -> None:
    window = phi_policy.stream_window_chars
    stream = phi_pipeline.new_request("default").stream()
    fed = released = 0
    for token in ["The ", "patient ", "should ", "rest ", "and ", "drink ", "water. "] * 30:
        fed += len(token)
        released += len(stream.feed(token))
        assert fed - released <= window
    assert released > 0


def test_first_piece_comes_after_the_first_window(phi_pipeline: GuardPipeline, phi_policy: GuardPolicy) -> None:
    """Time to first token: the first check runs on the small first window, later ones on whole windows."""
    first, window = phi_policy.stream_first_window_chars, phi_policy.stream_window_chars
    assert first < window
    stream = phi_pipeline.new_request("default").stream()
    fed, pieces = "", []
    for char in "The patient should rest and drink plenty of water every day. " * 3:
        fed += char
        if piece := stream.feed(char):
            pieces.append((len(fed), piece))
    assert pieces[0][0] == first and 0 < len(pieces[0][1]) <= first // 2 + 1
    released = len(pieces[0][1])
    for fed_chars, piece in pieces[1:]:  # every later check waited for a whole window of unreleased text
        assert fed_chars - released >= window
        released += len(piece)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Rest well.\n\n", ""),  # a line break ends the word before it
        ("您好，请于明天上午到门诊复查。", ""),  # Chinese text has no spaces: its punctuation ends words
        ("如有疑问请拨打1391234", "1391234"),  # digits after Chinese characters may still grow into a number
        ("Call the ward on 138 0013", "138 0013"),
        ("Write to zhang.wei", "zhang.wei"),
        ("Dear Nancy Mil", "Dear Nancy Mil"),
        ("复诊时请联系王", "请联系王"),  # the last four Chinese characters may hold the start of a name
    ],
)
def test_unfinished_tail(text: str, held: str) -> None:
    assert text[unfinished_tail_start(text) :] == held


def test_chinese_answer_streams_in_windows(phi_pipeline: GuardPipeline, phi_policy: GuardPolicy) -> None:
    """A Chinese answer is released window by window, not held back whole until the hold-back limit."""
    text = "高血压患者应当低盐饮食，规律作息，按时服药，定期监测血压。如有头晕等不适，请及时就医。" * 6
    stream = phi_pipeline.new_request("default").stream()
    pieces = [piece for char in text if (piece := stream.feed(char))]
    assert len(pieces) >= len(text) // phi_policy.stream_window_chars - 1
    assert "".join(pieces) + stream.finish() == text


def test_unsafe_answer_stops_the_stream(make_policy: Callable[..., GuardPolicy]) -> None:
    word = {
        "name": "forbidden",
        "import_path": "medgate_test_validators:Word",
        "kwargs": {"word": "LETHAL"},
        "action": "block",
        "directions": ["output"],
    }
    pipeline = GuardPipeline.from_policy(make_policy(input_stages=[], output_stages=["phi"], extra_validators=[word]))
    stream = pipeline.new_request("default").stream()
    released = _run(
        stream,
        ["A safe first sentence that is long enough to be released. ", "Then a LETHAL", " instruction."]
        + ["more"] * 10,
    )
    text = "".join(released)
    assert "LETHAL" not in text
    assert text.startswith("A safe first sentence")
    assert stream.verdict.blocked and stream.verdict.categories["forbidden"] is True
    assert "forbidden: block" in stream.verdict.reasons
    assert stream.feed("anything") == "" and stream.finish() == ""


def test_review_answer_gets_language_matched_disclaimer(phi_pipeline: GuardPipeline, phi_policy: GuardPolicy) -> None:
    zh = "根据您的描述，可能是急性胃炎。建议服用奥美拉唑，每日两次，每次20毫克。"
    en = "This sounds like a migraine. You should take 400 mg ibuprofen every 6 hours."
    for text, disclaimer in [(zh, phi_policy.disclaimer.zh), (en, phi_policy.disclaimer.en)]:
        stream = phi_pipeline.new_request("default").stream()
        streamed = "".join(_run(stream, [text[i : i + 4] for i in range(0, len(text), 4)]))
        assert streamed == f"{text}\n\n{disclaimer}"
        assert stream.verdict.review_required and stream.verdict.decision == "review"
        assert stream.verdict.disclaimer == disclaimer


def test_stage_failure_mid_stream_fails_closed(make_policy: Callable[..., GuardPolicy]) -> None:
    flaky = {"name": "flaky", "import_path": "medgate_test_validators:Raising", "directions": ["output"]}
    pipeline = GuardPipeline.from_policy(make_policy(input_stages=[], output_stages=[], extra_validators=[flaky]))
    stream = pipeline.new_request("default").stream()
    assert "".join(_run(stream, ["x" * 30] * 5)) == ""
    assert stream.verdict.blocked and stream.verdict.failed_closed
