"""Latency and throughput of the classifier and injection detector on CPU.

    python -m medgate.tools.classifier.bench [--tokens 512] [--repeats 300]

Latency: one prompt of `--tokens` tokens at a time, ONNX Runtime and torch on one thread.
Throughput: batches of 64 short and long prompts with `--threads` threads.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np
import torch

from medgate.guardrails.classifier import SafetyClassifier
from medgate.guardrails.injection import InjectionDetector

from .data import OWN_DATA


def prompt_of(tokens: int, classifier: SafetyClassifier) -> str:
    """A clinical-looking prompt built from the project's own benign examples, cut at `tokens` tokens."""
    lines = [
        json.loads(ln)["text"] for ln in (OWN_DATA / "medgate_examples.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    text, i = "", 0
    while len(classifier.featurise([text]).bounds) - 1 < tokens:
        text += lines[i % len(lines)] + "\n"
        i += 1
    return text


def timings(fn: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(p50, p99) in milliseconds after a short warm-up."""
    for _ in range(10):
        fn()
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000.0)
    return float(np.percentile(samples, 50)), float(np.percentile(samples, 99))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=300)
    parser.add_argument("--threads", type=int, default=2, help="threads for the throughput run")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    classifier = SafetyClassifier.load(threads=1)
    detector = InjectionDetector(classifier)
    text = prompt_of(args.tokens, classifier)
    features = classifier.featurise([text])
    print(f"prompt: {len(features.bounds) - 1} tokens, {len(features.ids)} hashed ids, {len(text)} chars; 1 thread")
    for name, fn in [
        ("featurise", lambda: classifier.featurise([text])),
        ("encoder (ONNX)", lambda: classifier.encode(features)),
        ("classifier.score", lambda: classifier.score([text])),
        ("injection.score", lambda: detector.score(text)),
        ("both (input guard share)", lambda: (classifier.score([text]), detector.score(text))),
    ]:
        p50, p99 = timings(fn, args.repeats)
        print(f"{name:26s} p50 {p50:6.2f} ms   p99 {p99:6.2f} ms")
    torch.set_num_threads(args.threads)
    batched = SafetyClassifier.load(threads=args.threads)
    short = ["What is the maximum daily dose of paracetamol?", "布洛芬一天最多吃几次？"] * 32
    for name, batch in [("short prompts", short), (f"{args.tokens}-token prompts", [text] * 64)]:
        p50, _ = timings(lambda: batched.score(batch), max(args.repeats // 20, 5))
        print(f"throughput, {name}, batch 64, {args.threads} threads: {64 / p50 * 1000:,.0f} prompts/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
