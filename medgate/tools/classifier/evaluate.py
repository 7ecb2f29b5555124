"""Run the input guards (classifier + injection detector) over a guard_dev-format JSON Lines file.

    python -m medgate.tools.classifier.evaluate FILE [--artifacts DIR] [--limit-per-source N]

Prints, per source and language: recall on unsafe / injection rows, false-block rate on benign rows, block rate on
gray rows (reported separately: a careful answer, not a refusal, is expected), and per-prompt latency.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from medgate.guardrails.classifier import SafetyClassifier
from medgate.guardrails.injection import InjectionDetector
from medgate.guardrails.stages import SharedScores

from .data import Row, read_jsonl

CARD = "MODEL_CARD.md"


@dataclass
class Group:
    """Counts for one (source, language) cell."""

    n: dict[str, int] = field(default_factory=dict)
    blocked: dict[str, int] = field(default_factory=dict)
    latency_ms: list[float] = field(default_factory=list)

    def add(self, label: str, was_blocked: bool) -> None:
        self.n[label] = self.n.get(label, 0) + 1
        self.blocked[label] = self.blocked.get(label, 0) + int(was_blocked)

    def rate(self, *labels: str) -> str:
        n = sum(self.n.get(lb, 0) for lb in labels)
        return f"{100.0 * sum(self.blocked.get(lb, 0) for lb in labels) / n:.1f}% ({n})" if n else "-"


class Guards:
    """The input-side safety decision: any classifier category flagged, or the injection detector fires."""

    def __init__(self, classifier: SafetyClassifier) -> None:
        self.classifier = SharedScores(classifier, size=8192)  # the detector reuses the rows, as in the pipeline
        self.detector = InjectionDetector(self.classifier)
        self._thresholds = np.array([classifier.thresholds[c] for c in classifier.categories], np.float32)

    def blocked(self, texts: Sequence[str]) -> np.ndarray:
        """bool [len(texts)]."""
        flagged = (self.classifier.score(texts) >= self._thresholds).any(axis=1)
        injected = np.array([s >= self.detector.threshold for s, _ in self.detector.score_batch(texts)], bool)
        return flagged | injected


def run(guards: Guards, rows: Sequence[Row], batch: int, timed: bool) -> tuple[np.ndarray, list[float]]:
    """Block decisions for every row; `timed` scores one prompt at a time and returns per-prompt latency (ms)."""
    decisions, latency = [], []
    step = 1 if timed else batch
    for start in range(0, len(rows), step):
        t0 = time.perf_counter()
        decisions.append(guards.blocked([r.text for r in rows[start : start + step]]))
        latency.append((time.perf_counter() - t0) * 1000.0)
    return np.concatenate(decisions) if decisions else np.zeros(0, bool), latency if timed else []


def group(rows: Sequence[Row], decisions: np.ndarray, latency: Sequence[float] = ()) -> dict[tuple[str, str], Group]:
    """Group decisions (and latencies, when given per row) by (source, lang) and by ("ALL", lang)."""
    groups: dict[tuple[str, str], Group] = {}
    for i, (row, decision) in enumerate(zip(rows, decisions.tolist(), strict=False)):
        for key in ((row.source, row.lang), ("ALL", row.lang)):
            g = groups.setdefault(key, Group())
            g.add(row.label, decision)
            if latency:
                g.latency_ms.append(latency[i])
    return groups


def table(groups: dict[tuple[str, str], Group]) -> str:
    """Markdown table of the grouped results."""
    lines = [
        "| source | lang | recall unsafe+injection | false-block benign | gray blocked | p50 ms | p99 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for (source, lang), g in sorted(groups.items(), key=lambda kv: (kv[0][0] == "ALL", kv[0])):
        lat = (
            f"{np.percentile(g.latency_ms, 50):.2f} | {np.percentile(g.latency_ms, 99):.2f}"
            if g.latency_ms
            else "- | -"
        )
        lines.append(
            f"| {source} | {lang} | {g.rate('unsafe', 'injection')} | {g.rate('benign')} | {g.rate('gray')} | {lat} |"
        )
    return "\n".join(lines)


def sample_per_source(rows: Sequence[Row], limit: int | None, seed: int = 0) -> list[Row]:
    """At most `limit` rows per source (seeded sample), keeping file order otherwise."""
    if not limit:
        return list(rows)
    by_source: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_source.setdefault(row.source, []).append(i)
    rng = random.Random(seed)
    keep = sorted(i for idx in by_source.values() for i in (rng.sample(idx, limit) if len(idx) > limit else idx))
    return [rows[i] for i in keep]


def update_card(directory: Path, section: str, body: str) -> None:
    """Replace the text between <!-- section:start --> and <!-- section:end --> in the model card, if present."""
    card = directory / CARD
    if not card.exists():
        return
    pattern = re.compile(rf"(<!-- {section}:start -->\n).*?(<!-- {section}:end -->)", re.S)
    card.write_text(
        pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), card.read_text(encoding="utf-8")), encoding="utf-8"
    )


def holdout_report(directory: Path, rows: Sequence[Row]) -> None:
    """Evaluate the artifacts in `directory` on the validation rows; print and write the table to the model card."""
    decisions, _ = run(Guards(SafetyClassifier.load(directory)), rows, batch=256, timed=False)
    text = table(group(rows, decisions))
    print("development hold-out (random 15% of each training source, capped at 1500, original rows only):\n" + text)
    update_card(directory, "holdout", text)


def evaluate_main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point (also `medgate guard-eval FILE`)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="JSON Lines in the guard_dev.jsonl format")
    parser.add_argument("--artifacts", type=Path, default=None, help="artifact folder (default: packaged)")
    parser.add_argument("--limit-per-source", type=int, default=None, help="seeded sample of at most N rows per source")
    parser.add_argument("--threads", type=int, default=1, help="ONNX Runtime and torch intra-op threads")
    parser.add_argument(
        "--batch", type=int, default=0, help="score in batches of N (throughput) instead of one prompt at a time"
    )
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    guards = Guards(SafetyClassifier.load(args.artifacts, threads=args.threads))
    rows = sample_per_source(read_jsonl(args.file), args.limit_per_source)
    t0 = time.perf_counter()
    decisions, latency = run(guards, rows, batch=args.batch, timed=not args.batch)
    elapsed = time.perf_counter() - t0
    print(table(group(rows, decisions, latency)))
    print(
        f"{len(rows)} prompts in {elapsed:.1f} s = {len(rows) / elapsed:.0f} prompts/s "
        f"({'batch ' + str(args.batch) if args.batch else 'one at a time'}, {args.threads} thread(s))"
    )
    return 0


if __name__ == "__main__":
    sys.exit(evaluate_main())
