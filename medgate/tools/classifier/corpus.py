"""The encoder stage's corpus: shared public data (large benign sources capped), the project's own and registry data.

    python -m medgate.tools.classifier.corpus --encoder use --budget 1200   # fill the embedding cache (resumable)

Every row is cut into windows (medgate.guardrails.classifier.windows); the cache holds one vector per window.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from medgate.guardrails.classifier.sentence import load_encoder
from medgate.guardrails.classifier.windows import windows

from .data import OWN_DATA, Row, generated_rows, presidio_rows, read_jsonl, template_rows
from .embed import EmbeddingCache, fill

CAPS = {"medquad": 2500, "toyhom_cn_medical": 2500, "presidio_synth": 600}
GENERATED_PER_CATEGORY = 150
OWN_FILES = (
    "medgate_examples.jsonl",
    "registry_en.jsonl",
    "zh_team.jsonl",
    "en_hard_benign.jsonl",
    "zh_free.jsonl",
    "en_free.jsonl",
)


def encoder_rows(data_dir: Path, seed: int = 13) -> list[Row]:
    """All rows the encoder heads train and are evaluated on, large benign sources capped by a seeded sample."""
    rows = read_jsonl(data_dir / "guard_dev.jsonl") + presidio_rows(
        data_dir / "presidio_synth" / "synth_dataset_v2.json"
    )
    rows += generated_rows(data_dir / "medsafetybench_generated", GENERATED_PER_CATEGORY, seed)
    for name in OWN_FILES:
        if (OWN_DATA / name).exists():
            rows += read_jsonl(OWN_DATA / name)
    rows += template_rows()
    rng = random.Random(seed)
    by_source: dict[str, list[Row]] = {}
    for row in rows:
        by_source.setdefault(row.source, []).append(row)
    out: list[Row] = []
    for source in sorted(by_source):
        group = by_source[source]
        cap = CAPS.get(source)
        out += rng.sample(group, cap) if cap and len(group) > cap else group
    seen: set[tuple[str, str]] = set()
    unique = []
    for row in out:
        if (row.text, row.label) not in seen:
            seen.add((row.text, row.label))
            unique.append(row)
    return unique


def all_windows(rows: Sequence[Row]) -> list[str]:
    return [w for r in rows for w in windows(r.text)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--encoder", choices=("use", "e5"), default="use")
    parser.add_argument("--budget", type=float, default=600.0, help="seconds of embedding in this run")
    parser.add_argument("--per-source", type=int, default=0, help="only a seeded sample of N rows per source")
    parser.add_argument("--first-window", action="store_true", help="only each row's first window")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    rows = encoder_rows(args.data)
    if args.per_source:
        rows = per_source_sample(rows, args.per_source)
    texts = [w for r in rows for w in windows(windows(r.text)[0])] if args.first_window else all_windows(rows)
    encoder = load_encoder(args.encoder, threads=args.threads)
    cache = EmbeddingCache(args.encoder, encoder.dim)
    left = fill(cache, encoder, texts, args.budget)
    print(f"{args.encoder}: {len(set(texts)) - left} of {len(set(texts))} windows embedded, {left} left")
    return 0


def per_source_sample(rows: Sequence[Row], n: int, seed: int = 0) -> list[Row]:
    """At most n rows per source; each source's sample depends only on the seed and its own rows."""
    by_source: dict[str, list[Row]] = {}
    for row in rows:
        by_source.setdefault(row.source, []).append(row)
    out: list[Row] = []
    for source in sorted(by_source):
        group = by_source[source]
        out += random.Random(f"{seed}-{source}").sample(group, n) if len(group) > n else group
    return out


if __name__ == "__main__":
    sys.exit(main())
