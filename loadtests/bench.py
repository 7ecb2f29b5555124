"""Serving benchmark in the spirit of ``vllm bench serve``: streamed chat requests over a concurrency sweep.

Measures request and output-token throughput, goodput under TTFT/TPOT SLOs, and
TTFT, TPOT, ITL and end-to-end latency percentiles, with one async client process
(aiohttp). Writes JSON and PNG plots.

Measure a running server::

    python -m loadtests.bench --base-url http://127.0.0.1:8000 --api-key $MEDGATE_KEY

Side by side, one command: start bare vLLM on the tiny model, measure, stop it;
start medgate on the same model, measure, stop it; print medgate/vllm ratios::

    python -m loadtests.bench --side-by-side --concurrency 1,8,32 --duration-s 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
from tqdm import tqdm

from loadtests.prompts import PromptMix
from loadtests.sse import DONE, sse_data
from medgate.testing.servers import SERVED_MODEL, ServerProcess, free_port, medgate_config, start_medgate, start_vllm

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
    session: aiohttp.ClientSession, url: str, headers: dict[str, str], payload: dict[str, Any], kind: str = "-"
) -> RequestResult:
    """Send one streamed chat completion and time every content chunk."""
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
                    "temperature": 0,
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
    }


async def sweep(base_url: str, api_key: str, args: argparse.Namespace, label: str) -> list[dict[str, Any]]:
    """Warm up, then one point per concurrency; prints a line per point."""
    mix = PromptMix(FULL_MIX if args.mix == "full" else BENIGN_MIX, seed=args.seed)
    await run_point(
        base_url,
        api_key,
        concurrency=2,
        duration_s=args.warmup_s,
        max_tokens=args.max_tokens,
        mix=mix,
        label=f"{label} warm-up",
    )
    points = []
    for concurrency in args.concurrency:
        results, wall = await run_point(
            base_url,
            api_key,
            concurrency=concurrency,
            duration_s=args.duration_s,
            max_tokens=args.max_tokens,
            mix=mix,
            label=label,
        )
        point = summarize(
            results, wall, concurrency=concurrency, slo_ttft_ms=args.slo_ttft_ms, slo_tpot_ms=args.slo_tpot_ms
        )
        points.append(point)
        print(
            f"{label:8s} c={concurrency:<3d} req/s={point['request_throughput']:<8}"
            f" tok/s={point['output_throughput']:<9}"
            f" goodput={point['goodput']:<7} TTFT p50/p99={point['ttft_ms']['p50']}/{point['ttft_ms']['p99']} ms"
            f" TPOT p50={point['tpot_ms']['p50']} ms failed={point['failed']}",
            flush=True,
        )
    return points


def ratios(medgate: list[dict[str, Any]], vllm: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """medgate / vllm at each concurrency for throughput and TTFT p50/p99."""

    def ratio(a: float | None, b: float | None) -> float | None:
        return round(a / b, 3) if a is not None and b else None

    rows = []
    for m, v in zip(medgate, vllm, strict=True):
        rows.append(
            {
                "concurrency": m["concurrency"],
                "request_throughput": ratio(m["request_throughput"], v["request_throughput"]),
                "output_throughput": ratio(m["output_throughput"], v["output_throughput"]),
                "ttft_p50": ratio(m["ttft_ms"]["p50"], v["ttft_ms"]["p50"]),
                "ttft_p99": ratio(m["ttft_ms"]["p99"], v["ttft_ms"]["p99"]),
            }
        )
    return rows


def plot(targets: dict[str, list[dict[str, Any]]], path: Path) -> None:
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
            ys = [p[key][sub] if sub else p[key] for p in points]
            ax.plot(xs, ys, marker="o", label=name)
        ax.set_xscale("log", base=2)
        ax.set_xlabel("concurrency")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


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


async def _measure(server: ServerProcess, args: argparse.Namespace) -> list[dict[str, Any]]:
    started = server.wait_ready()
    print(f"{server.name} ready after {started:.0f} s", flush=True)
    async with aiohttp.ClientSession() as session:  # a server that is up but cannot answer must not be "measured"
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
    return await sweep(server.base_url, server.api_key, args, server.name)


async def side_by_side(args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    """vLLM then medgate on the same tiny model and engine settings, one server at a time."""
    from medgate.serving.tiny_model import ensure_tiny_model

    model_dir = ensure_tiny_model()
    engine = {"max_model_len": 1024, "max_num_seqs": args.max_num_seqs, "kv_cache_gib": 1}
    with tempfile.TemporaryDirectory(prefix="medgate-bench-") as tmp:
        workdir = Path(tmp)
        print("starting bare vLLM ...", flush=True)
        with start_vllm(model_dir, workdir / "vllm", **engine) as server:
            vllm_points = await _measure(server, args)
        print("starting medgate ...", flush=True)
        config = medgate_config(workdir / "medgate", port=free_port(), **engine)
        with start_medgate(config, workdir / "medgate", api_keys=f"bench:{BENCH_KEY}", api_key=BENCH_KEY) as server:
            medgate_points = await _measure(server, args)
    return {"vllm": vllm_points, "medgate": medgate_points}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--base-url", default="http://127.0.0.1:8000", help="server to measure (without --side-by-side)"
    )
    parser.add_argument(
        "--api-key", default=os.environ.get("MEDGATE_API_KEY", "none"), help="default: $MEDGATE_API_KEY"
    )
    parser.add_argument("--label", default="medgate", help="name of the measured server in the results")
    parser.add_argument("--side-by-side", action="store_true", help="start bare vLLM, then medgate, and compare")
    parser.add_argument("--concurrency", default="1,8,32", type=lambda s: [int(c) for c in s.split(",")])
    parser.add_argument("--duration-s", type=float, default=30, help="measured seconds per concurrency point")
    parser.add_argument("--warmup-s", type=float, default=5)
    parser.add_argument("--max-tokens", type=int, default=64, help="output tokens per request (ignore_eos)")
    parser.add_argument("--max-num-seqs", type=int, default=64, help="engine batch size (side by side)")
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


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.side_by_side:
        targets = asyncio.run(side_by_side(args))
    else:
        targets = {args.label: asyncio.run(sweep(args.base_url, args.api_key, args, args.label))}
    report: dict[str, Any] = {
        "machine": machine(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "targets": targets,
    }
    if {"vllm", "medgate"} <= set(targets):
        report["ratios_medgate_over_vllm"] = ratios(targets["medgate"], targets["vllm"])
        print("\nmedgate / vllm")
        print(f"{'conc':>5} {'req/s':>7} {'tok/s':>7} {'TTFT p50':>9} {'TTFT p99':>9}")
        for row in report["ratios_medgate_over_vllm"]:
            print(
                f"{row['concurrency']:>5} {row['request_throughput']!s:>7} {row['output_throughput']!s:>7} "
                f"{row['ttft_p50']!s:>9} {row['ttft_p99']!s:>9}"
            )
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    json_path = args.out / f"bench-{stamp}.json"
    json_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    plot(targets, args.out / f"bench-{stamp}.png")
    print(f"\nwrote {json_path} and {json_path.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
