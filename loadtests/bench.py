"""Serving benchmark in the spirit of ``vllm bench serve``: streamed chat requests over a concurrency sweep.

Measures request and output-token throughput, goodput under TTFT/TPOT SLOs, and
TTFT, TPOT, ITL and end-to-end latency percentiles, with one async client process
(aiohttp). Writes JSON and PNG plots.

Measure a running server::

    python -m loadtests.bench --base-url http://127.0.0.1:8000 --api-key $MEDGATE_KEY

Compare, one command: start bare vLLM, stock Ray Serve LLM, medgate and medgate with every
guard stage off on the same tiny model and engine settings, measure them in interleaved rounds,
print medians and their ratios to bare vLLM and to stock Ray Serve LLM, plot them::

    python -m loadtests.bench --targets vllm,rayllm,medgate,medgate-noguards --rounds 3
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
import yaml
from tqdm import tqdm

from loadtests.prompts import PromptMix
from loadtests.sse import DONE, sse_data
from medgate.guardrails import GuardPolicy
from medgate.testing.servers import (
    SERVED_MODEL,
    ServerProcess,
    free_port,
    medgate_config,
    start_medgate,
    start_rayllm,
    start_vllm,
)

BENIGN_MIX = {"benign_en": 0.5, "benign_zh": 0.5}
FULL_MIX = {"benign_en": 0.4, "benign_zh": 0.3, "phi_note": 0.2, "attack": 0.1}
PERCENTILES = (50, 90, 99)
BENCH_KEY = "bench-key-0123456789abcdefghijklmnopq"  # medgate refuses keys under 32 characters


@dataclass
class RequestResult:
    """One streamed request as the client saw it (times in seconds)."""

    kind: str
    status: int
    ok: bool
    e2e_s: float
    ttft_s: float | None = None
    itl_s: list[float] = field(default_factory=list)
    output_tokens: int = 0
    finish_reason: str | None = None
    error: str | None = None
    retry_after: str | None = None
    request_id: str | None = None

    @property
    def tpot_s(self) -> float | None:
        if self.ttft_s is None or self.output_tokens < 2:
            return None
        return (self.e2e_s - self.ttft_s) / (self.output_tokens - 1)


async def stream_chat(
    session: aiohttp.ClientSession,
    url: str,
    headers: dict[str, str],
    payload: dict[str, Any],
    kind: str = "-",
    started: asyncio.Event | None = None,
) -> RequestResult:
    """Send one streamed chat completion and time every content chunk (``started`` is set at the first one)."""
    start = time.perf_counter()
    chunk_times: list[float] = []
    result = RequestResult(kind=kind, status=0, ok=False, e2e_s=0.0)
    try:
        async with session.post(url, json=payload, headers=headers) as response:
            result.status = response.status
            result.retry_after = response.headers.get("retry-after")
            result.request_id = response.headers.get("x-medgate-request-id") or response.headers.get("x-request-id")
            if response.status != 200:
                result.error = _error_summary(await response.text())
            else:
                done = False
                async for raw in response.content:
                    chunk = sse_data(raw)
                    if chunk is None:
                        continue
                    if chunk == DONE:
                        done = True
                        break
                    assert isinstance(chunk, dict)
                    if "error" in chunk:
                        result.error = str(chunk["error"].get("code") or chunk["error"].get("message"))[:200]
                        continue
                    for choice in chunk.get("choices") or []:
                        if (choice.get("delta") or {}).get("content"):
                            chunk_times.append(time.perf_counter())
                            if started is not None:
                                started.set()
                        result.finish_reason = choice.get("finish_reason") or result.finish_reason
                    if chunk.get("usage"):
                        result.output_tokens = chunk["usage"].get("completion_tokens", 0)
                result.ok = done and result.error is None and result.finish_reason is not None
                if not done and result.error is None:
                    result.error = "stream ended without [DONE]"
    except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
        result.error = type(exc).__name__
    result.e2e_s = time.perf_counter() - start
    if chunk_times:
        result.ttft_s = chunk_times[0] - start
        result.itl_s = [b - a for a, b in zip(chunk_times, chunk_times[1:], strict=False)]
    return result


def _error_summary(text: str) -> str:
    """``code: message`` of an OpenAI-shaped error body (``failed_closed`` marked), else the start of the body."""
    try:
        error = json.loads(text)["error"]
        closed = " [failed_closed]" if error.get("failed_closed") else ""
        return f"{error.get('code')}{closed}: {str(error.get('message'))[:120]}"
    except (ValueError, KeyError, TypeError, AttributeError):
        return text[:200]


async def run_point(
    base_url: str,
    api_key: str,
    *,
    concurrency: int,
    duration_s: float,
    max_tokens: int,
    mix: PromptMix,
    label: str,
    request_timeout_s: float = 300,
) -> tuple[list[RequestResult], float]:
    """Closed loop: ``concurrency`` clients send requests back to back for ``duration_s``.

    Returns the results and the wall time."""
    url = f"{base_url}/v1/chat/completions"
    headers = {"Authorization": f"Bearer {api_key}"}
    results: list[RequestResult] = []
    deadline = time.monotonic() + duration_s
    timeout = aiohttp.ClientTimeout(total=request_timeout_s)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:

        async def client() -> None:
            while time.monotonic() < deadline:
                kind, prompt = mix.draw()
                payload = {
                    "model": SERVED_MODEL,
                    "messages": [{"role": "user", "content": prompt}],
                    "max_tokens": max_tokens,
                    "stream": True,
                    "stream_options": {"include_usage": True},
                    "ignore_eos": True,
                    "temperature": 1.0,  # sampled: mixed-script text, as the guards would see (greedy gives "\n"s)
                    "seed": mix.seed_for_next(),
                }
                results.append(await stream_chat(session, url, headers, payload, kind))

        start = time.monotonic()
        with tqdm(total=round(duration_s), desc=f"{label} c={concurrency}", unit="s", leave=False) as bar:

            async def ticker() -> None:
                while True:
                    await asyncio.sleep(1)
                    bar.update(1 if bar.n < bar.total else 0)
                    bar.set_postfix(ok=sum(r.ok for r in results), failed=sum(not r.ok for r in results))

            tick = asyncio.create_task(ticker())
            await asyncio.gather(*(client() for _ in range(concurrency)))
            tick.cancel()
        wall = time.monotonic() - start
    return results, wall


def _percentiles(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"mean": None, **{f"p{p}": None for p in PERCENTILES}}
    ms = np.asarray(values) * 1000
    return {"mean": round(float(ms.mean()), 2), **{f"p{p}": round(float(np.percentile(ms, p)), 2) for p in PERCENTILES}}


def summarize(
    results: list[RequestResult], wall_s: float, *, concurrency: int, slo_ttft_ms: float, slo_tpot_ms: float
) -> dict[str, Any]:
    """Throughput, goodput and latency percentiles (ms) of one sweep point."""
    ok = [r for r in results if r.ok]
    good = [
        r
        for r in ok
        if r.ttft_s is not None
        and r.ttft_s * 1000 <= slo_ttft_ms
        and (r.tpot_s is None or r.tpot_s * 1000 <= slo_tpot_ms)
    ]
    statuses: dict[str, int] = {}
    for r in results:
        key = str(r.status) if r.ok or r.status != 200 else f"200:{r.error}"
        statuses[key] = statuses.get(key, 0) + 1
    return {
        "concurrency": concurrency,
        "duration_s": round(wall_s, 2),
        "requests": len(results),
        "completed": len(ok),
        "failed": len(results) - len(ok),
        "statuses": statuses,
        "request_throughput": round(len(ok) / wall_s, 3),
        "output_throughput": round(sum(r.output_tokens for r in ok) / wall_s, 2),
        "goodput": round(len(good) / wall_s, 3),
        "ttft_ms": _percentiles([r.ttft_s for r in ok if r.ttft_s is not None]),
        "tpot_ms": _percentiles([t for r in ok if (t := r.tpot_s) is not None]),
        "itl_ms": _percentiles([gap for r in ok for gap in r.itl_s]),
        "e2e_ms": _percentiles([r.e2e_s for r in ok]),
        "mean_output_tokens": round(statistics.fmean([r.output_tokens for r in ok]), 1) if ok else None,
        # answers whose text all came within 1 ms of their first text: a server that sent the answer in one burst
        # (seen from bare vLLM at one client on a loaded machine), whose TTFT is then its whole answer's latency
        "one_burst_share": round(sum(sum(r.itl_s) < 0.001 for r in ok) / len(ok), 3) if ok else None,
    }


async def sweep(base_url: str, api_key: str, args: argparse.Namespace, label: str) -> list[dict[str, Any]]:
    """One point per concurrency on a running server."""
    mix = PromptMix(FULL_MIX if args.mix == "full" else BENIGN_MIX, seed=args.seed)
    return [await measure_point(base_url, api_key, label, args, mix, c) for c in args.concurrency]


def ratio_rows(target: list[dict[str, Any]], reference: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """target / reference at each concurrency: throughput (higher is better) and TTFT (lower is better)."""

    def ratio(a: float | None, b: float | None) -> float | None:
        return round(a / b, 3) if a is not None and b else None

    rows = []
    for m, v in zip(target, reference, strict=True):
        rows.append(
            {
                "concurrency": m["concurrency"],
                "request_throughput": ratio(m["request_throughput"], v["request_throughput"]),
                "output_throughput": ratio(m["output_throughput"], v["output_throughput"]),
                "ttft_p50": ratio(m["ttft_ms"]["p50"], v["ttft_ms"]["p50"]),
                "ttft_p50_added_ms": round(m["ttft_ms"]["p50"] - v["ttft_ms"]["p50"], 1)
                if m["ttft_ms"]["p50"] is not None and v["ttft_ms"]["p50"] is not None
                else None,
                "ttft_p99": ratio(m["ttft_ms"]["p99"], v["ttft_ms"]["p99"]),
            }
        )
    return rows


def plot(targets: dict[str, list[dict[str, Any]]], path: Path, rounds: dict[str, list[list[dict[str, Any]]]]) -> None:
    """One panel per metric: each target's median over rounds, its range over rounds as error bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [
        ("request_throughput", None, "requests/s"),
        ("output_throughput", None, "output tokens/s"),
        ("ttft_ms", "p50", "TTFT p50 (ms)"),
        ("ttft_ms", "p99", "TTFT p99 (ms)"),
        ("tpot_ms", "p50", "TPOT p50 (ms)"),
        ("e2e_ms", "p99", "e2e p99 (ms)"),
    ]
    fig, axes = plt.subplots(2, 3, figsize=(14, 7.5))
    for ax, (key, sub, title) in zip(axes.flat, panels, strict=True):
        for name, points in targets.items():
            xs = [p["concurrency"] for p in points]
            ys = np.array([_metric(p, key, sub) for p in points], dtype=float)
            per_round = np.array(
                [[_metric(r[i], key, sub) for r in rounds.get(name, [])] for i in range(len(points))], dtype=float
            )
            if per_round.size:
                low, high = np.nanmin(per_round, axis=1), np.nanmax(per_round, axis=1)
                ax.errorbar(xs, ys, yerr=[ys - low, high - ys], marker="o", capsize=3, label=name)
            else:
                ax.plot(xs, ys, marker="o", label=name)
        ax.set_xscale("log", base=2)
        ax.set_xlabel("concurrency")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _metric(point: dict[str, Any], key: str, sub: str | None) -> float:
    value = point[key][sub] if sub else point[key]
    return float(value) if value is not None else float("nan")


def median_points(rounds: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per concurrency, the median over rounds of every figure (counts summed, statuses merged)."""
    merged = []
    for same in zip(*rounds, strict=True):
        point: dict[str, Any] = {"concurrency": same[0]["concurrency"], "rounds": len(same)}
        for key in ("requests", "completed", "failed"):
            point[key] = sum(p[key] for p in same)
        statuses: dict[str, int] = {}
        for p in same:
            for status, count in p["statuses"].items():
                statuses[status] = statuses.get(status, 0) + count
        point["statuses"] = statuses
        for key in ("request_throughput", "output_throughput", "goodput", "mean_output_tokens"):
            values = [p[key] for p in same if p[key] is not None]
            point[key] = round(statistics.median(values), 3) if values else None
        for key in ("ttft_ms", "tpot_ms", "itl_ms", "e2e_ms"):
            point[key] = {
                sub: round(statistics.median(v), 2)
                if (v := [p[key][sub] for p in same if p[key][sub] is not None])
                else None
                for sub in same[0][key]
            }
        point["one_burst_share_by_round"] = [p["one_burst_share"] for p in same]  # a median would hide a round
        merged.append(point)
    return merged


def machine() -> dict[str, Any]:
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else ""
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_start": os.getloadavg(),
    }


TARGETS = ("vllm", "rayllm", "medgate", "medgate-noguards", "medgate-baseline")


def start_target(
    name: str, workdir: Path, model_dir: Path, engine: dict[str, Any], baseline: Path | None = None
) -> ServerProcess:
    """One measured server on the tiny model with the same engine settings as every other target.

    ``medgate-baseline`` is medgate from the checkout ``baseline`` (an earlier commit), for before/after
    ratios measured in the same run as everything else."""
    if name == "vllm":
        return start_vllm(model_dir, workdir, **engine)
    policy = None
    if name == "medgate-noguards":
        policy = workdir / "no-guards.yaml"
        workdir.mkdir(parents=True, exist_ok=True)
        no_stages = GuardPolicy.load().model_copy(update={"input_stages": [], "output_stages": []})
        policy.write_text(yaml.safe_dump(no_stages.model_dump(mode="json")), encoding="utf-8")  # the rest unchanged
    config = medgate_config(workdir, port=free_port(), guard_policy=policy, **engine)
    if name == "rayllm":
        return start_rayllm(config, workdir)
    env = None
    if name == "medgate-baseline":
        if baseline is None or not (baseline / "medgate" / "__init__.py").is_file():
            raise SystemExit(f"medgate-baseline needs --baseline, a checkout of medgate (got {baseline})")
        env = {"PYTHONPATH": str(baseline.resolve())}
    server = start_medgate(config, workdir, api_keys=f"bench:{BENCH_KEY}", api_key=BENCH_KEY, env=env)
    server.name = name
    return server


async def compare(args: argparse.Namespace) -> tuple[dict[str, list[list[dict[str, Any]]]], list[list[str]]]:
    """Start every target (one after the other), then measure them in interleaved rounds.

    Each round visits every concurrency, and at each concurrency every target, in an order
    rotated from round to round, so that a slow spell of the machine hits every target alike.
    All targets stay up for the whole run; those not being measured are idle.
    """
    from medgate.serving.tiny_model import ensure_tiny_model

    model_dir = ensure_tiny_model()
    engine = {"max_model_len": 1024, "max_num_seqs": args.max_num_seqs, "kv_cache_gib": 1}
    names: list[str] = args.targets
    rounds: dict[str, list[list[dict[str, Any]]]] = {name: [] for name in names}
    orders: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="medgate-bench-") as tmp, contextlib.ExitStack() as stack:
        servers = {}
        for name in names:
            print(f"starting {name} ...", flush=True)
            server = start_target(name, Path(tmp) / name, model_dir, engine, args.baseline)
            servers[name] = stack.enter_context(server)
            await _probe(servers[name])
        mix = PromptMix(FULL_MIX if args.mix == "full" else BENIGN_MIX, seed=args.seed)
        for number in range(args.rounds):
            order = names[number % len(names) :] + names[: number % len(names)]
            orders.append(order)
            print(f"round {number + 1}/{args.rounds}: {' -> '.join(order)}", flush=True)
            points: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
            for concurrency in args.concurrency:
                for name in order:
                    server = servers[name]
                    points[name].append(
                        await measure_point(server.base_url, server.api_key, name, args, mix, concurrency)
                    )
            for name in names:
                rounds[name].append(points[name])
    return rounds, orders


async def _probe(server: ServerProcess) -> None:
    """Wait for the server, then require one answered request: a server that is up but cannot answer is no target."""
    started = server.wait_ready()
    print(f"{server.name} ready after {started:.0f} s", flush=True)
    async with aiohttp.ClientSession() as session:
        probe = await stream_chat(
            session,
            f"{server.base_url}/v1/chat/completions",
            {"Authorization": f"Bearer {server.api_key}"},
            {
                "model": SERVED_MODEL,
                "messages": [{"role": "user", "content": "Hello"}],
                "max_tokens": 4,
                "stream": True,
            },
        )
    if not probe.ok:
        raise RuntimeError(f"{server.name} does not answer ({probe.status}: {probe.error}):\n{server.log_tail()}")


async def measure_point(
    base_url: str, api_key: str, label: str, args: argparse.Namespace, mix: PromptMix, concurrency: int
) -> dict[str, Any]:
    """A short warm-up at this concurrency, then one measured point; prints its line."""
    common = {"max_tokens": args.max_tokens, "mix": mix, "label": label, "concurrency": concurrency}
    await run_point(base_url, api_key, duration_s=args.warmup_s, **common)
    results, wall = await run_point(base_url, api_key, duration_s=args.duration_s, **common)
    point = summarize(
        results, wall, concurrency=concurrency, slo_ttft_ms=args.slo_ttft_ms, slo_tpot_ms=args.slo_tpot_ms
    )
    print(
        f"{label:16s} c={concurrency:<3d} req/s={point['request_throughput']:<8}"
        f" tok/s={point['output_throughput']:<9} TTFT p50/p99={point['ttft_ms']['p50']}/{point['ttft_ms']['p99']} ms"
        f" TPOT p50={point['tpot_ms']['p50']} ms failed={point['failed']}"
        + (f" one-burst answers={point['one_burst_share']:.0%}" if point["one_burst_share"] else ""),
        flush=True,
    )
    return point


def print_ratios(title: str, rows: list[dict[str, Any]]) -> None:
    print(f"\n{title}")
    print(f"{'conc':>5} {'req/s':>7} {'tok/s':>7} {'TTFT p50':>9} {'+ms':>7} {'TTFT p99':>9}")
    for row in rows:
        print(
            f"{row['concurrency']:>5} {row['request_throughput']!s:>7} {row['output_throughput']!s:>7} "
            f"{row['ttft_p50']!s:>9} {row['ttft_p50_added_ms']!s:>7} {row['ttft_p99']!s:>9}"
        )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="server to measure (without --targets)")
    parser.add_argument(
        "--api-key", default=os.environ.get("MEDGATE_API_KEY", "none"), help="default: $MEDGATE_API_KEY"
    )
    parser.add_argument("--label", default="medgate", help="name of the measured server in the results")
    parser.add_argument(
        "--targets",
        type=lambda s: [t for t in s.split(",") if t],
        default=[],
        help=f"start these servers and compare them in interleaved rounds; any of {','.join(TARGETS)}",
    )
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (with --targets)")
    parser.add_argument(
        "--baseline", type=Path, help="a checkout of an earlier medgate, measured as the target medgate-baseline"
    )
    parser.add_argument("--concurrency", default="1,8,32", type=lambda s: [int(c) for c in s.split(",")])
    parser.add_argument("--duration-s", type=float, default=20, help="measured seconds per point")
    parser.add_argument("--warmup-s", type=float, default=3, help="unmeasured seconds before each point")
    parser.add_argument("--max-tokens", type=int, default=64, help="output tokens per request (ignore_eos)")
    parser.add_argument("--max-num-seqs", type=int, default=64, help="engine batch size (with --targets)")
    parser.add_argument(
        "--mix",
        choices=("benign", "full"),
        default="benign",
        help="benign: medical chat en+zh; full: also PHI notes and attacks",
    )
    parser.add_argument("--slo-ttft-ms", type=float, default=1000)
    parser.add_argument("--slo-tpot-ms", type=float, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("results/bench"))
    return parser.parse_args(argv)


def recorded_args(args: argparse.Namespace) -> dict[str, str]:
    """The run's arguments as the JSON keeps them: no path of this machine (the output folder is left out, the
    baseline checkout is named by its commit, with "+changes" when its tree differs from that commit)."""
    recorded = {k: str(v) for k, v in vars(args).items() if k not in ("out", "baseline")}
    if args.baseline is not None:
        git = ["git", "-C", str(args.baseline)]
        commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run([*git, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True)
        recorded["baseline"] = (commit or "not a git checkout") + ("+changes" if dirty.stdout.strip() else "")
    return recorded


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # SIGTERM (timeout, kill) unwinds like Ctrl-C, so the servers this run started are stopped with it
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if unknown := set(args.targets) - set(TARGETS):
        raise SystemExit(f"unknown targets {sorted(unknown)}; choose from {', '.join(TARGETS)}")
    report: dict[str, Any] = {"machine": machine(), "args": recorded_args(args)}
    if args.targets:
        rounds, orders = asyncio.run(compare(args))
        targets = {name: median_points(per_round) for name, per_round in rounds.items()}
        report |= {"orders": orders, "rounds": rounds}
    else:
        rounds = {}
        targets = {args.label: asyncio.run(sweep(args.base_url, args.api_key, args, args.label))}
    report["targets"] = targets
    for reference in ("vllm", "rayllm"):
        if reference not in targets:
            continue
        compared = [n for n in targets if n.startswith("medgate") or (n == "rayllm" and reference == "vllm")]
        for name in compared:
            rows = ratio_rows(targets[name], targets[reference])
            report.setdefault(f"ratios_over_{reference}", {})[name] = rows
            print_ratios(f"{name} / {reference} (medians over rounds)", rows)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    json_path = args.out / f"bench-{stamp}.json"
    json_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    plot(targets, json_path.with_suffix(".png"), rounds)
    print(f"\nwrote {json_path} and {json_path.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
