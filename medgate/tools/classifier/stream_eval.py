"""The output guard on streamed answers against the same texts checked whole: does streaming miss or add blocks?

    python -m medgate.tools.classifier.stream_eval --data ../shared/data [--rows 150] [--out FILE.json]

Harmful requests (English from the shared dev data, Chinese from the team's rows) and benign questions of both
languages stand in for answers (no harmful answers are available): each text alone, after three benign sentences
of its language, and in the middle of four. Each is streamed through the packaged policy's output guard in deltas
of one to four characters, and checked whole (``check_each``, as a non-streamed answer is). Seeded; run it in two
checkouts (``PYTHONPATH=<checkout>``) to compare stream guards.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from medgate.guardrails import GuardPipeline, GuardPolicy, StreamGuard

from .data import Row, read_jsonl

TEAM_ROWS = Path(__file__).resolve().parents[1] / "data" / "zh_team.jsonl"


def sample(rows: list[Row], keep: Callable[[Row], bool], n: int, rng: random.Random) -> list[str]:
    texts = [r.text for r in rows if keep(r)]
    return rng.sample(texts, min(n, len(texts)))


def text_sets(data: Path, n: int, rng: random.Random) -> dict[str, list[str]]:
    """Named sets of texts: each kind alone, after three benign sentences, in the middle of four."""
    dev = read_jsonl(data / "guard_dev.jsonl")
    team = read_jsonl(TEAM_ROWS)
    alone = {
        "unsafe en": sample(dev, lambda r: r.label == "unsafe" and r.lang == "en", n, rng),
        "unsafe zh": sample(team, lambda r: r.label == "unsafe", n, rng),
        "benign en": sample(dev, lambda r: r.label == "benign" and r.lang == "en" and len(r.text) > 80, n, rng),
        "benign zh": sample(dev, lambda r: r.label == "benign" and r.lang == "zh" and len(r.text) > 30, n, rng),
    }
    filler = {
        "en": sample(dev, lambda r: r.label == "benign" and r.lang == "en" and 60 < len(r.text) < 200, 400, rng),
        "zh": sample(dev, lambda r: r.label == "benign" and r.lang == "zh" and 20 < len(r.text) < 80, 400, rng),
    }
    sets = dict(alone)
    for name, texts in alone.items():
        lang = name.split()[-1]
        join = "" if lang == "zh" else " "
        sets[f"{name}, after 3 benign"] = [join.join([*rng.sample(filler[lang], 3), t]) for t in texts]
        sets[f"{name}, middle of 4 benign"] = [
            join.join([*rng.sample(filler[lang], 2), t, *rng.sample(filler[lang], 2)]) for t in texts
        ]
    return sets


def streamed_blocked(pipeline: GuardPipeline, text: str, rng: random.Random) -> bool:
    stream = pipeline.new_request().stream()
    assert isinstance(stream, StreamGuard)  # the packaged policy asks no guard model
    i = 0
    while i < len(text):
        step = rng.randint(1, 4)
        stream.feed(text[i : i + step])
        i += step
    stream.finish()
    return stream.verdict.blocked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--rows", type=int, default=150, help="texts per set")
    parser.add_argument("--out", type=Path, help="write the per-set figures as JSON")
    args = parser.parse_args()
    rng = random.Random(7)
    sets = text_sets(args.data, args.rows, rng)
    pipeline = GuardPipeline.from_policy(GuardPolicy.load())
    results = {}
    print("| texts | n | streamed: blocked | whole answer: blocked |\n|---|---:|---:|---:|")
    for name, texts in sets.items():
        streamed = sum(streamed_blocked(pipeline, t, rng) for t in texts) / len(texts)
        whole = sum(v.blocked for v in pipeline.check_each(texts, direction="output")) / len(texts)
        results[name] = {"n": len(texts), "streamed_blocked": streamed, "whole_blocked": whole}
        print(f"| {name} | {len(texts)} | {streamed:.1%} | {whole:.1%} |", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
