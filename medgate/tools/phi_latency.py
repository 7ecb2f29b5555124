"""Time the PHI detector per ~512-token text: benign questions and PHI-dense Chinese notes, p50/p95/p99.

Self-contained (only ``PhiDetector`` and ``lac_tagger`` are imported), so two versions can be compared on
the same texts on a shared machine by alternating runs, each with its own checkout first on the path:

    git archive <commit> medgate | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base python medgate/tools/phi_latency.py --label base
    PYTHONPATH=. python medgate/tools/phi_latency.py --label head

CPU time of this thread (one core); each text is the best of ``--repeats`` cold runs (LAC's window cache
emptied; more runs take less of the shared machine's noise).
"""

import argparse
import json
import random
import statistics
import time
from collections.abc import Iterable
from pathlib import Path

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.lac import lac_tagger

NOTES = Path(__file__).resolve().parent / "data"


def _windows(texts: Iterable[str], chars: int) -> list[str]:
    """Consecutive texts joined into windows of ``chars`` characters (~512 tokens), as phi_evaluate does."""
    windows, current = [], ""
    for text in texts:
        current += text + "\n"
        if len(current) >= chars:
            windows.append(current[:chars])
            current = ""
    return windows


def text_sets(data: Path, notes: Path) -> dict[str, list[str]]:
    """phi_evaluate's benign windows (same sample) and the held-out and sealed Chinese note windows."""
    rows = [json.loads(line) for line in (data / "guard_dev.jsonl").open(encoding="utf-8")]
    benign = [r for r in rows if r["label"] == "benign"]
    rng = random.Random(0)
    sets = {}
    for lang, chars in (("en", 2400), ("zh", 800)):
        sample = rng.sample([r for r in benign if r["lang"] == lang], 3000)
        sets[f"benign {lang}"] = _windows((r["text"] for r in rng.sample(sample, len(sample))), chars)[:60]
    for split in ("heldout", "sealed"):
        rows = [json.loads(line) for line in (notes / f"phi_notes_{split}.jsonl").open(encoding="utf-8")]
        sets[f"{split} notes zh"] = _windows((r["text"] for r in rows if r["lang"] == "zh"), 800)
    return sets


def main(argv: list[str] | None = None) -> None:
    """Print p50/p95/p99 CPU ms per text set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--notes", type=Path, default=NOTES)
    parser.add_argument("--label", default="")
    parser.add_argument("--repeats", type=int, default=5, help="cold runs per text; the best counts")
    parser.add_argument(
        "--tagger", choices=("off", "latin", "all"), help="where the learned name tagger runs (default: the detector's)"
    )
    args = parser.parse_args(argv)
    # older detectors (compared from `git archive`) have no tagger argument: pass it only when asked
    detector = PhiDetector() if args.tagger is None else PhiDetector(tagger=args.tagger)
    tagger = lac_tagger()
    for name, texts in text_sets(args.data, args.notes).items():
        cpu = []
        for text in texts:
            detector.detect(text)
            best = float("inf")
            for _ in range(args.repeats):
                tagger.clear_cache()
                start = time.thread_time()
                detector.detect(text)
                best = min(best, time.thread_time() - start)
            cpu.append(best * 1000)
        cpu.sort()
        print(
            f"{args.label} {name}: {len(cpu)} texts, CPU p50 {statistics.median(cpu):.2f} ms, "
            f"p95 {cpu[int(len(cpu) * 0.95)]:.2f} ms, p99 {cpu[int(len(cpu) * 0.99)]:.2f} ms",
            flush=True,
        )


if __name__ == "__main__":
    main()
