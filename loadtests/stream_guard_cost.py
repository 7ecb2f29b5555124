"""CPU the output guard spends per streamed answer, in-process, at a given number of concurrent streams.

The gateway's share of a streamed request is mostly this (``loadtests/profile_serving.py``), so it is measured
here without Ray, HTTP or an engine: ``--streams`` answers are fed to their stream guards delta by delta, as an
engine that decodes them together would send them (one delta of every stream, then the next), through the same
``afeed``/``afinish`` the gateway awaits. The answers are what the tiny random-weight model says when sampled
(tokens drawn from its vocabulary, decoded: mixed Latin, Chinese, digits and replacement characters, as in
``loadtests.bench``), or English and Chinese clinical prose with ``--text prose``.

    python -m loadtests.stream_guard_cost --streams 1,8,32 [--answers 96] [--text random|prose]

Prints process CPU ms per answer, encoder calls per answer and characters per encoder call, as JSON lines;
run it in two checkouts (``PYTHONPATH=<checkout>``) to compare them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from collections.abc import Sequence

import numpy as np

from medgate.guardrails import GuardPipeline, GuardPolicy
from medgate.serving.tiny_model import ensure_tiny_model

PROSE = [
    "Metformin is usually continued with meals; check fasting glucose each morning and bring the readings to the "
    "next visit. If they stay above 10 mmol/L for three days, contact the clinic. Numbness in both feet needs a "
    "foot examination and a vitamin B12 level. Seek urgent care for chest pain, confusion or vomiting.",
    "患者应继续服用二甲双胍，随餐服用，每天早晨监测空腹血糖并记录。如果连续三天血糖高于10毫摩尔每升，请联系门诊。"
    "双足麻木需要进行足部检查并复查维生素B12水平。如出现胸痛、意识模糊或持续呕吐，请立即就医。",
]


def random_answers(count: int, tokens: int, seed: int) -> list[str]:
    """Answers like the tiny model's sampled ones: ``tokens`` ids drawn from its vocabulary, decoded."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(ensure_tiny_model()))
    rng = random.Random(seed)
    return [
        tokenizer.decode([rng.randrange(tokenizer.vocab_size) for _ in range(tokens)], skip_special_tokens=True)
        for _ in range(count)
    ]


def prose_answers(count: int, seed: int) -> list[str]:
    """Clinical prose in both languages: sentences shuffled, each followed by a review interval of its own, so
    that no two answers share a window."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        zh = i % 2 == 1
        sentences = [s for s in PROSE[i % 2].replace("。", "。\n").replace(". ", ".\n").split("\n") if s]
        rng.shuffle(sentences)
        follow = "{}周后复诊。" if zh else "Review in {} weeks."
        out.append(
            ("" if zh else " ").join(f"{s}{'' if zh else ' '}{follow.format(rng.randint(2, 99))}" for s in sentences)
        )
    return out


def deltas(text: str, rng: random.Random) -> list[str]:
    """The answer cut into deltas of one to four characters (a token's worth)."""
    out, i = [], 0
    while i < len(text):
        step = rng.randint(1, 4)
        out.append(text[i : i + step])
        i += step
    return out


async def run_wave(pipeline: GuardPipeline, answers: list[str], seed: int) -> None:
    """Feed ``answers`` concurrently, one delta of each stream per step, like an engine decoding them together."""
    rng = random.Random(seed)
    guards = [pipeline.new_request().stream() for _ in answers]
    pieces = [deltas(a, rng) for a in answers]
    for step in range(max(map(len, pieces))):
        await asyncio.gather(*(g.afeed(p[step]) for g, p in zip(guards, pieces, strict=True) if step < len(p)))
    await asyncio.gather(*(g.afinish() for g in guards))


class EncoderCalls:
    """Counts calls of the classifier's sentence encoder and the characters they carry (patched on the class, so
    it counts in any checkout; a call several stream checks share counts once)."""

    def __init__(self) -> None:
        from medgate.guardrails.classifier.sentence import UseEncoder

        self.calls = 0
        self.chars = 0
        encode = UseEncoder.encode

        def counted(encoder: UseEncoder, texts: Sequence[str]) -> np.ndarray:
            self.calls += 1
            self.chars += sum(map(len, texts))
            return encode(encoder, texts)

        UseEncoder.encode = counted  # type: ignore[method-assign,assignment]


def measure(pipeline: GuardPipeline, answers: list[str], streams: int, encoder: EncoderCalls) -> dict[str, float]:
    calls_before, chars_before = encoder.calls, encoder.chars
    cpu, wall = time.process_time(), time.perf_counter()
    for start in range(0, len(answers), streams):
        asyncio.run(run_wave(pipeline, answers[start : start + streams], start))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    calls, chars = encoder.calls - calls_before, encoder.chars - chars_before
    return {
        "streams": streams,
        "answers": len(answers),
        "answer_chars": sum(map(len, answers)) / len(answers),
        "cpu_ms_per_answer": round(cpu * 1000 / len(answers), 2),
        "wall_ms_per_answer": round(wall * 1000 / len(answers), 2),
        "encoder_calls_per_answer": round(calls / len(answers), 2),
        "chars_encoded_per_answer": round(chars / len(answers), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--streams", default="1,8,32", help="concurrent streams, comma-separated")
    parser.add_argument("--answers", type=int, default=96, help="answers per point")
    parser.add_argument("--tokens", type=int, default=64, help="tokens per random answer (as in loadtests.bench)")
    parser.add_argument("--text", choices=["random", "prose"], default="random")
    args = parser.parse_args()
    encoder = EncoderCalls()
    pipeline = GuardPipeline.from_policy(GuardPolicy.load())

    def answers(seed: int, count: int) -> list[str]:  # new answers for every point: no cache answers from before
        return random_answers(count, args.tokens, seed) if args.text == "random" else prose_answers(count, seed)

    measure(pipeline, answers(0, 8), 8, encoder)  # warm-up: loads the PHI tagger's and encoder's lazy parts
    for streams in (int(s) for s in args.streams.split(",")):
        point = measure(pipeline, answers(streams, args.answers), streams, encoder)
        print(json.dumps({"text": args.text, **point}), flush=True)


if __name__ == "__main__":
    main()
