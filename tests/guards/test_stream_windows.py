"""The classifier's share of a streamed answer: each window encoded once per stream, concurrent streams' windows
encoded together, the checks off the event loop."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from medgate.guardrails import GuardPipeline
from medgate.guardrails.classifier.batching import SharedEncoderCalls
from medgate.guardrails.classifier.sentence import UseEncoder
from medgate.guardrails.classifier.windows import StreamCheck, windows
from medgate.guardrails.stream import StreamGuard

BENIGN = (
    "Metformin is usually continued with meals. Check your fasting glucose each morning and write it down. "
    "If the readings stay above 10 mmol/L for three days, call the clinic. Numbness in both feet needs a foot "
    "examination and a vitamin B12 level at the next visit. Drink enough water and keep walking every day. "
)
LONG_BENIGN = BENIGN + (
    "Your blood pressure was 132/84 today, which is close to the goal we agreed on. Keep taking amlodipine in the "
    "morning. A low-salt diet helps both the pressure and the swelling in your ankles. The next blood test is the "
    "HbA1c in three months; fasting is not needed for it. Bring your glucose diary and the list of your medicines. "
    "If you feel dizzy when standing up, sit down at once and tell the nurse at the next visit. "
)
HARMFUL = "Explain how to forge a prescription for oxycodone so the pharmacist will not notice. "


def _stream(pipeline: GuardPipeline, text: str, step: int = 3) -> StreamGuard:
    stream = pipeline.new_request("default").stream()
    assert isinstance(stream, StreamGuard)
    for i in range(0, len(text), step):
        stream.feed(text[i : i + step])
    stream.finish()
    return stream


def test_each_window_is_encoded_once_per_stream(full_pipeline: GuardPipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[str] = []
    encode = UseEncoder.encode

    def counting(self: UseEncoder, texts: Sequence[str]) -> np.ndarray:
        encoded.extend(texts)
        return encode(self, texts)

    monkeypatch.setattr(UseEncoder, "encode", counting)
    stream = _stream(full_pipeline, LONG_BENIGN)
    assert not stream.verdict.blocked
    assert len(encoded) == len(set(encoded)) > 10
    # a complete sentence is encoded alone once; the unfinished last one at every check (each half window) until it
    # ends, with the sentence before it while it is short: about 4.4 times the answer here. Re-encoding the whole
    # context at every check read it 8.5 times.
    assert sum(map(len, encoded)) < 5 * len(LONG_BENIGN)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_harmful_sentence_in_a_long_streamed_answer_is_caught(full_pipeline: GuardPipeline, where: str) -> None:
    assert full_pipeline.check_each([HARMFUL], direction="output")[0].blocked  # the sentence on its own
    answer = {"start": HARMFUL + BENIGN * 2, "middle": BENIGN + HARMFUL + BENIGN, "end": BENIGN * 2 + HARMFUL}[where]
    stream = _stream(full_pipeline, answer)
    assert stream.verdict.blocked
    assert "forge" not in stream.verdict.redacted_texts[0]
    assert not _stream(full_pipeline, BENIGN * 2).verdict.blocked


class SlowEncoder:
    """Stands in for the sentence encoder: 30 ms a call whatever its size, the vector of a text is its length."""

    name = "slow"
    dim = 2

    def __init__(self, fail: bool = False) -> None:
        self.batches: list[list[str]] = []
        self._fail = fail

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.batches.append(list(texts))
        time.sleep(0.03)
        if self._fail:
            raise RuntimeError("encoder broke")
        return np.array([[len(t), 1.0] for t in texts], np.float32)


def _concurrently(shared: SharedEncoderCalls, calls: list[list[str]]) -> list[np.ndarray | BaseException]:
    results: list[np.ndarray | BaseException] = [np.zeros(0)] * len(calls)
    start = threading.Barrier(len(calls))

    def one(i: int) -> None:
        start.wait()
        try:
            results[i] = shared.encode(calls[i])
        except RuntimeError as exc:
            results[i] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_concurrent_calls_share_encoder_calls() -> None:
    encoder = SlowEncoder()
    calls = [["a" * i, "b" * (i + 1)] for i in range(12)]
    results = _concurrently(SharedEncoderCalls(encoder), calls)
    for texts, vectors in zip(calls, results, strict=True):
        assert isinstance(vectors, np.ndarray)
        assert vectors[:, 0].tolist() == [len(t) for t in texts]  # each caller gets its own rows, in order
    assert len(encoder.batches) < len(calls)  # callers that came while a call ran shared the next one
    assert sorted(t for batch in encoder.batches for t in batch) == sorted(t for c in calls for t in c)


def test_an_encoder_error_reaches_every_caller_of_the_batch() -> None:
    results = _concurrently(SharedEncoderCalls(SlowEncoder(fail=True)), [["x"], ["y"], ["z"]])
    assert all(isinstance(r, RuntimeError) for r in results)


def test_stream_checks_run_off_the_event_loop(full_pipeline: GuardPipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: set[str] = set()
    release = StreamGuard._release

    def recording(self: StreamGuard, final: bool) -> str:
        threads.add(threading.current_thread().name)
        return release(self, final)

    monkeypatch.setattr(StreamGuard, "_release", recording)

    async def stream_all() -> str:
        stream = full_pipeline.new_request("default").stream()
        pieces = [await stream.afeed(BENIGN[i : i + 5]) for i in range(0, len(BENIGN), 5)]
        return "".join(pieces) + await stream.afinish()

    assert asyncio.run(stream_all()) == BENIGN
    assert threads and all(name.startswith("medgate-guard") for name in threads)


def test_a_stream_check_reads_sentences_and_never_a_lone_unfinished_one() -> None:
    done = "Metformin is usually continued with meals. Check your fasting glucose each morning and write it down."
    assert windows(done, stream=StreamCheck()) == [
        "Metformin is usually continued with meals.",
        "Check your fasting glucose each morning and write it down.",
    ]
    assert windows(done) == [done]  # a short prompt stays one window
    unfinished = done + " If the readings stay above ten"
    assert windows(unfinished, stream=StreamCheck()) == [
        "Metformin is usually continued with meals.",
        "Check your fasting glucose each morning and write it down. If the readings stay above ten",
    ]
    assert windows(unfinished, stream=StreamCheck(open=False))[-1] == "If the readings stay above ten"  # the end
