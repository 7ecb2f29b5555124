"""Overload run: measure capacity (a closed loop that sheds no load), then send requests at a multiple of it
(open loop) for a fixed time.

Every request must end in a complete answer (a stream with a finish reason and
``[DONE]``, or the input guard's 400 refusal) or a clean rejection (429/503 with ``Retry-After``): none lost, none
hung. Prints and returns the counts.

    python -m loadtests.overload --base-url http://127.0.0.1:8000 --api-key $MEDGATE_KEY --factor 2 --duration-s 300
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from loadtests.bench import RequestResult, run_point, stream_chat
from loadtests.prompts import PromptMix
from medgate.testing.servers import SERVED_MODEL

REJECTIONS = (429, 503)


@dataclass
class OverloadReport:
    """What happened to every request of an overload run."""

    capacity_rps: float
    offered_rps: float
    duration_s: float
    capacity_concurrency: int = 0
    capacity_probes: dict[int, dict[str, int]] = field(default_factory=dict)
    sent: int = 0
    completed: int = 0
    blocked: int = 0  # refused by the input guard (400 content_policy_violation): a complete, clean answer
    blocked_failed_closed: int = 0  # of those, because a guard stage timed out or failed (fail closed)
    rejected: dict[str, int] = field(default_factory=dict)
    rejected_without_retry_after: int = 0
    failed: list[str] = field(default_factory=list)  # anything else: errors, broken streams, timeouts
    hung: int = 0  # still open when the drain deadline passed
    drain_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "failed": self.failed[:20], "failed_count": len(self.failed)}


@dataclass
class Capacity:
    """The closed-loop throughput taken as capacity, the concurrency it was measured at, and how every probe's
    requests ended (per concurrency tried: ``ok`` or status and error code, no answer text)."""

    rps: float
    concurrency: int
    probes: dict[int, dict[str, int]]


def outcome(result: RequestResult) -> str:
    if result.ok:
        return "ok"
    return f"{result.status} {(result.error or '').split(':')[0].split(' ')[0]}".strip()


async def measure_capacity(
    base_url: str, api_key: str, *, concurrency: int, duration_s: float, max_tokens: int, max_shed: float = 0.1
) -> Capacity:
    """Completed requests per second of a closed loop, at the highest concurrency (``concurrency``, then
    halving) whose requests were shed (429/503) less than ``max_shed`` of the time.

    A closed loop past capacity measures its own overload, not the capacity: every shed request is resent at
    once, so most of what it sends is shed and the few completions understate what the gateway can serve (CI:
    2 of 83 completed at 16 clients, and twice that rate then shed nothing)."""
    probes: dict[int, dict[str, int]] = {}
    while True:
        results, wall = await run_point(
            base_url,
            api_key,
            concurrency=concurrency,
            duration_s=duration_s,
            max_tokens=max_tokens,
            mix=PromptMix({"benign_en": 1, "benign_zh": 1}),
            label="capacity",
        )
        outcomes = probes[concurrency] = dict(Counter(map(outcome, results)))
        shed = sum(1 for r in results if r.status in REJECTIONS)
        if concurrency == 1 or shed < max_shed * max(len(results), 1):
            return Capacity(outcomes.get("ok", 0) / wall, concurrency, probes)
        concurrency //= 2


async def open_loop(
    base_url: str,
    api_key: str,
    *,
    rate_rps: float,
    duration_s: float,
    max_tokens: int,
    drain_timeout_s: float,
    seed: int = 0,
) -> tuple[list[RequestResult], int, float]:
    """Poisson arrivals at ``rate_rps`` for ``duration_s``; returns results, requests still open, drain time."""
    mix = PromptMix({"benign_en": 0.5, "benign_zh": 0.3, "phi_note": 0.2}, seed=seed)
    rng = random.Random(seed)
    url = f"{base_url}/v1/chat/completions"
    headers = {"Authorization": f"Bearer {api_key}"}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=None)) as session:
        tasks: list[asyncio.Task[RequestResult]] = []
        end = time.monotonic() + duration_s
        while time.monotonic() < end:
            kind, prompt = mix.draw()
            payload = {
                "model": SERVED_MODEL,
                "messages": [{"role": "user", "content": prompt}],
                "max_tokens": max_tokens,
                "stream": True,
                "stream_options": {"include_usage": True},
                "ignore_eos": True,
            }
            tasks.append(asyncio.create_task(stream_chat(session, url, headers, payload, kind)))
            await asyncio.sleep(rng.expovariate(rate_rps))
        drain_start = time.monotonic()
        done, pending = await asyncio.wait(tasks, timeout=drain_timeout_s)
        drain = time.monotonic() - drain_start
        for task in pending:
            task.cancel()
        return [t.result() for t in done], len(pending), drain


def classify(results: list[RequestResult], report: OverloadReport) -> OverloadReport:
    for result in results:
        report.sent += 1
        if result.ok:
            report.completed += 1
        elif result.status == 400 and (result.error or "").startswith("content_policy_violation"):
            report.blocked += 1
            report.blocked_failed_closed += "[failed_closed]" in (result.error or "")
        elif result.status in REJECTIONS:
            report.rejected[str(result.status)] = report.rejected.get(str(result.status), 0) + 1
            if not result.retry_after:
                report.rejected_without_retry_after += 1
        else:
            report.failed.append(f"{result.status}: {result.error}")
    return report


async def run(
    base_url: str,
    api_key: str,
    *,
    factor: float = 2,
    duration_s: float = 30,
    capacity_s: float = 10,
    concurrency: int = 16,
    max_tokens: int = 32,
    drain_timeout_s: float = 120,
) -> OverloadReport:
    capacity = await measure_capacity(
        base_url, api_key, concurrency=concurrency, duration_s=capacity_s, max_tokens=max_tokens
    )
    results, hung, drain = await open_loop(
        base_url,
        api_key,
        rate_rps=factor * capacity.rps,
        duration_s=duration_s,
        max_tokens=max_tokens,
        drain_timeout_s=drain_timeout_s,
    )
    report = OverloadReport(
        capacity_rps=round(capacity.rps, 2),
        offered_rps=round(factor * capacity.rps, 2),
        duration_s=duration_s,
        capacity_concurrency=capacity.concurrency,
        capacity_probes=capacity.probes,
        hung=hung,
        drain_s=round(drain, 1),
    )
    report.sent += hung
    return classify(results, report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--api-key", default=os.environ.get("MEDGATE_API_KEY", "none"))
    parser.add_argument("--factor", type=float, default=2, help="offered load as a multiple of measured capacity")
    parser.add_argument("--duration-s", type=float, default=300)
    parser.add_argument("--capacity-s", type=float, default=20)
    parser.add_argument(
        "--concurrency", type=int, default=16, help="closed-loop clients measuring capacity (halved while they shed)"
    )
    parser.add_argument("--max-tokens", type=int, default=32)
    args = parser.parse_args(argv)
    report = asyncio.run(
        run(
            args.base_url,
            args.api_key,
            factor=args.factor,
            duration_s=args.duration_s,
            capacity_s=args.capacity_s,
            concurrency=args.concurrency,
            max_tokens=args.max_tokens,
        )
    )
    print(json.dumps(report.as_dict(), indent=2))
    clean = not report.failed and not report.hung and not report.rejected_without_retry_after
    return 0 if clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
