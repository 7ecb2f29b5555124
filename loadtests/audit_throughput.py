"""Audit records/s with ``fsync: always``: the old synchronous append against the group-commit writer.

Before: each request handler calls ``AuditLog.append`` on the event loop, one write and one fsync per
record, the loop blocked meanwhile (what the gateway did). After: handlers ``await
AuditWriter.write``; the writer thread commits whatever is queued with one fsync per batch. Both
acknowledge a record only once it is fsynced. One run prints both, per concurrency, and their ratio::

    python -m loadtests.audit_throughput --concurrency 1,8,32 --duration-s 3 [--dir DIR]

``--dir`` should be on the disk the audit volume would use (fsync on tmpfs costs nothing).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from medgate.audit import AuditConfig, AuditLog, ChainKey, open_audit_writer

KEY = ChainKey(b"b" * 40)
RECORD = {  # about the size of a gateway record
    "endpoint": "chat.completions",
    "tenant": "ward-a",
    "model": "medgate-tiny",
    "status": 200,
    "stages": [{"stage": "phi", "decision": "redact", "latency_ms": 1.234}] * 4,
    "prompt_sha256": "0" * 64,
    "answer_sha256": "1" * 64,
    "latency_ms": {"e2e": 812.5, "ttft": 95.1},
}


async def _drive(write: Callable[[dict[str, object]], Awaitable[object]], concurrency: int, duration_s: float) -> dict:
    """``concurrency`` handlers writing back to back for ``duration_s``; records/s and ack latency."""
    latencies: list[float] = []
    stop = time.perf_counter() + duration_s

    async def handler(n: int) -> None:
        i = 0
        while time.perf_counter() < stop:
            start = time.perf_counter()
            await write({**RECORD, "request_id": f"h{n}-{i}"})
            latencies.append(time.perf_counter() - start)
            i += 1

    began = time.perf_counter()
    await asyncio.gather(*(handler(n) for n in range(concurrency)))
    elapsed = time.perf_counter() - began
    ordered = sorted(latencies)
    return {
        "records": len(latencies),
        "records_per_s": len(latencies) / elapsed,
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[int(len(ordered) * 0.99) - 1] * 1000 if ordered else 0.0,
    }


async def before(directory: Path, concurrency: int, duration_s: float) -> dict:
    log = AuditLog(directory / "audit-before.jsonl", key=KEY, fsync="always", rotate_bytes=None)

    async def write(record: dict[str, object]) -> object:
        return log.append(record)  # synchronous: the loop waits for the fsync

    try:
        return await _drive(write, concurrency, duration_s)
    finally:
        log.close()


async def after(directory: Path, concurrency: int, duration_s: float) -> dict:
    config = AuditConfig(
        dir=directory / "after",
        anchor_dir=directory / "anchors",
        key=KEY.secret.decode(),
        salt="bench-salt",
        generate_secrets=False,
        secrets_dir=directory / "secrets",
        fsync="always",
        rotate_bytes=None,
    )
    writer = open_audit_writer(config, "bench")
    try:
        return await _drive(writer.write, concurrency, duration_s)
    finally:
        writer.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--concurrency", default="1,8,32", help="comma-separated handler counts")
    parser.add_argument("--duration-s", type=float, default=3.0, help="per measurement")
    parser.add_argument("--dir", type=Path, help="where to write (default: a temporary directory)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    levels = [int(c) for c in args.concurrency.split(",")]
    results = []
    print(
        f"{'concurrency':>11} {'before rec/s':>13} {'after rec/s':>12} {'ratio':>6} {'before p50 ms':>14} "
        f"{'after p50 ms':>13} {'after p99 ms':>13}"
    )
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        for level in levels:
            old = asyncio.run(before(Path(tmp) / f"c{level}", level, args.duration_s))
            new = asyncio.run(after(Path(tmp) / f"c{level}", level, args.duration_s))
            ratio = new["records_per_s"] / old["records_per_s"]
            results.append({"concurrency": level, "before": old, "after": new, "ratio": ratio})
            print(
                f"{level:>11} {old['records_per_s']:>13,.0f} {new['records_per_s']:>12,.0f} {ratio:>5.1f}x "
                f"{old['p50_ms']:>14.2f} {new['p50_ms']:>13.2f} {new['p99_ms']:>13.2f}"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
