"""Wall and CPU time of the PHI detector and of the whole input guard while other threads keep the GIL busy.

In the gateway the guard's worker threads share the GIL with other requests' checks, the event loop and Ray's own
threads. A check that gives the GIL up often (``regex`` did, for every match) waits to take it back each time, so
its wall time grows with the number of busy threads while its CPU time does not. This measures that, in one
process, with ``--busy`` threads running Python in a loop:

    python -m loadtests.guard_contention [--busy 0,8,16] [--texts 40]

Prints one JSON line per (what, busy threads): wall and thread-CPU p50/p95/max in ms over PHI-bearing notes
(``medgate/tools/data/phi_notes_fresh3.jsonl``). Run it in two checkouts (``PYTHONPATH=<checkout>``) to compare.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from medgate.guardrails import GuardPipeline, GuardPolicy
from medgate.guardrails.phi.detector import PhiDetector

NOTES = Path(__file__).resolve().parents[1] / "medgate" / "tools" / "data" / "phi_notes_fresh3.jsonl"


def timed(work: Callable[[str], object], texts: list[str], busy: int) -> dict[str, float]:
    """Wall and thread-CPU percentiles (ms) of ``work`` over ``texts`` with ``busy`` GIL-hungry threads running."""
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            sum(range(1000))

    threads = [threading.Thread(target=spin, daemon=True) for _ in range(busy)]
    for thread in threads:
        thread.start()
    walls, cpus = [], []
    try:
        for text in texts:
            wall, cpu = time.perf_counter(), time.thread_time()
            work(text)
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.thread_time() - cpu) * 1000)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    stats = {}
    for name, values in (("wall", walls), ("cpu", cpus)):
        for p in (50, 95):
            stats[f"{name}_p{p}_ms"] = round(float(np.percentile(values, p)), 2)
        stats[f"{name}_max_ms"] = round(max(values), 2)
    return stats


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--busy", default="0,8,16", help="numbers of busy threads, comma-separated")
    parser.add_argument("--texts", type=int, default=40, help="notes measured (spread over the split)")
    args = parser.parse_args(argv)
    notes = [json.loads(line)["text"] for line in NOTES.open(encoding="utf-8")]
    texts = notes[:: max(1, len(notes) // args.texts)][: args.texts]
    detector = PhiDetector()
    policy = GuardPolicy.load().model_copy(update={"stage_timeout_ms": 60_000, "stage_wall_timeout_ms": 60_000})
    pipeline = GuardPipeline.from_policy(policy)
    checks: dict[str, Callable[[str], object]] = {
        "phi_detect": detector.detect,
        "input_guard": lambda text: pipeline.new_request("default").check_input([text]),
    }
    for work in checks.values():  # warm: models loaded, caches as in a running gateway
        for text in texts:
            work(text)
    for busy in (int(n) for n in args.busy.split(",")):
        for name, work in checks.items():
            print(json.dumps({"what": name, "busy_threads": busy, "texts": len(texts), **timed(work, texts, busy)}))


if __name__ == "__main__":
    main()
