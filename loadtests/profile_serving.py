"""Where a target's CPU goes under load: CPU seconds per process role, and py-spy's hottest frames in each.

Starts one benchmark target (see ``loadtests.bench``), loads it with streamed chat requests at
one concurrency, and meanwhile (1) reads every descendant process's CPU time before and after,
grouped by role (HTTP proxy, gateway replica, engine replica, vLLM engine core, Ray system
processes) and (2) samples the proxy, gateway and engine replicas with py-spy (shipped with
Ray). Prints a table and writes JSON::

    python -m loadtests.profile_serving --target medgate --concurrency 32 --duration-s 20
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from loadtests.bench import BENIGN_MIX, TARGETS, run_point, start_target, summarize
from loadtests.prompts import PromptMix
from medgate.testing.servers import ServerProcess

# Substrings of a process's command line -> its role (first match wins).
ROLES = (
    ("ProxyActor", "http proxy (Ray Serve)"),
    ("HAProxyManager", "HAProxy manager (Ray Serve)"),
    ("haproxy", "HAProxy"),
    ("Gateway", "gateway replica (medgate)"),
    ("OpenAiIngress", "ingress replica (Ray Serve LLM)"),
    ("LLMServer", "engine replica (Ray Serve LLM)"),
    ("Engine:", "engine replica (Ray Serve LLM)"),
    ("EngineCore", "vLLM engine core"),
    ("VLLM::Worker", "vLLM worker"),
    ("vllm.entrypoints", "vLLM API server"),
    ("medgate serve", "medgate serve (driver)"),
    ("medgate.testing.rayllm", "Ray Serve LLM (driver)"),
    ("raylet", "Ray system"),
    ("gcs_server", "Ray system"),
    ("ServeController", "Ray system"),
    ("ray::", "Ray system"),
    ("dashboard", "Ray system"),
)
_LINE = re.compile(r":\d+\)$")
SAMPLED_ROLES = (
    "http proxy (Ray Serve)",
    "gateway replica (medgate)",
    "ingress replica (Ray Serve LLM)",
    "engine replica (Ray Serve LLM)",
)


def role_of(process: psutil.Process) -> str:
    try:
        command = " ".join(process.cmdline()) or process.name()
    except psutil.Error:
        return "gone"
    return next((role for marker, role in ROLES if marker in command), "other")


def cpu_seconds(processes: list[psutil.Process]) -> dict[int, float]:
    seconds = {}
    for process in processes:
        try:
            times = process.cpu_times()
            seconds[process.pid] = times.user + times.system
        except psutil.Error:
            continue
    return seconds


def tree(server: ServerProcess) -> list[psutil.Process]:
    """The server and everything it started, Ray's own sessions included (they hang off the same root)."""
    root = psutil.Process(server.process.pid)
    return [root, *root.children(recursive=True)]


def top_frames(raw: str, limit: int = 15) -> list[dict[str, Any]]:
    """Self and inclusive sample shares per frame from py-spy's collapsed stacks (``--format raw``)."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_LINE.sub(")", frame) for frame in stack.split(";") if frame]  # per function, not per line
        total += count
        if frames:
            own[frames[-1]] += count
        for frame in set(frames):
            inclusive[frame] += count
    if not total:
        return []
    return [
        {"frame": frame, "self": round(count / total, 3), "inclusive": round(inclusive[frame] / total, 3)}
        for frame, count in own.most_common(limit)
    ]


async def profile(args: argparse.Namespace) -> dict[str, Any]:
    from medgate.serving.tiny_model import ensure_tiny_model

    engine = {"max_model_len": 1024, "max_num_seqs": 64, "kv_cache_gib": 1}
    with (
        tempfile.TemporaryDirectory(prefix="medgate-profile-") as tmp,
        start_target(args.target, Path(tmp) / args.target, ensure_tiny_model(), engine, args.baseline) as server,
    ):
        server.wait_ready()
        mix = PromptMix(BENIGN_MIX, seed=0)
        common = {"max_tokens": args.max_tokens, "mix": mix, "label": args.target, "concurrency": args.concurrency}
        await run_point(server.base_url, server.api_key, duration_s=args.warmup_s, **common)
        processes = tree(server)
        roles = {p.pid: role_of(p) for p in processes}
        sampled = [p.pid for p in processes if roles[p.pid] in SAMPLED_ROLES]
        spies = {
            pid: subprocess.Popen(
                [
                    str(Path(sys.executable).with_name("py-spy")),
                    "record",
                    "--pid",
                    str(pid),
                    "--duration",
                    str(int(args.duration_s)),
                    "--format",
                    "raw",
                    "--rate",
                    "50",
                    "--nonblocking",
                    "--output",
                    str(Path(tmp) / f"{pid}.txt"),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for pid in sampled
        }
        before, started = cpu_seconds(processes), time.monotonic()
        results, wall = await run_point(server.base_url, server.api_key, duration_s=args.duration_s, **common)
        after, elapsed = cpu_seconds(processes), time.monotonic() - started
        for spy in spies.values():
            spy.wait(timeout=60)
        per_role: collections.Counter[str] = collections.Counter()
        for pid, seconds in after.items():
            per_role[roles[pid]] += seconds - before.get(pid, seconds)
        frames = {
            f"{roles[pid]} (pid {pid})": top_frames(path.read_text())
            for pid in sampled
            if (path := Path(tmp) / f"{pid}.txt").exists()
        }
    point = summarize(results, wall, concurrency=args.concurrency, slo_ttft_ms=1000, slo_tpot_ms=100)
    return {
        "target": args.target,
        "concurrency": args.concurrency,
        "point": point,
        "cpu_cores_by_role": {role: round(s / elapsed, 3) for role, s in per_role.most_common()},
        "cpu_ms_per_request_by_role": {
            role: round(1000 * s / max(1, point["completed"]), 2) for role, s in per_role.most_common()
        },
        "hottest_frames": frames,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=TARGETS, default="medgate")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--duration-s", type=float, default=20)
    parser.add_argument("--warmup-s", type=float, default=5)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--baseline", type=Path, help="a checkout of an earlier medgate (target medgate-baseline)")
    parser.add_argument("--out", type=Path, default=Path("results/profile"))
    args = parser.parse_args(argv)
    report = asyncio.run(profile(args))
    point = report["point"]
    throughput, ttft = point["request_throughput"], point["ttft_ms"]["p50"]
    print(f"{args.target} c={args.concurrency}: {throughput} req/s, TTFT p50 {ttft} ms")
    print(f"{'role':40s} {'cores':>6s} {'CPU ms/request':>15s}")
    for role, cores in report["cpu_cores_by_role"].items():
        print(f"{role:40s} {cores:>6.2f} {report['cpu_ms_per_request_by_role'][role]:>15.1f}")
    for name, frames in report["hottest_frames"].items():
        print(f"\n{name}: hottest frames (self share of samples, inclusive share)")
        for frame in frames[:10]:
            print(f"  {frame['self']:>5.1%} {frame['inclusive']:>6.1%}  {frame['frame'][:150]}")
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"profile-{args.target}-c{args.concurrency}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
