"""Guard latency benchmark: per-stage and whole input guard, classifier throughput,
streaming cost per token, and guardrails-ai ``Guard.validate`` vs medgate's composition.

    python loadtests/guard_latency.py [--quick] [--out results/guards]

Latency runs are pinned to one core (``sched_setaffinity``, ORT and torch at one
thread); classifier throughput uses two cores. Prompt lengths are counted in
approximate tokens: one per word or punctuation mark, one per CJK character.
Prints a table and writes ``guard_latency.json`` and ``guard_latency.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import torch
from guardrails import Guard

import medgate.guardrails  # noqa: F401 - disables guardrails-ai telemetry first
from medgate.guardrails import GuardPipeline, GuardPolicy
from medgate.guardrails.classifier import SafetyClassifier
from medgate.guardrails.classifier.model import ARTIFACTS, ENCODER_CONFIG
from medgate.guardrails.validators import RegexValidator

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "guard_dev.jsonl"
TOKEN = re.compile(r"[\u3400-\u9fff]|\w+|[^\w\s]")
FALLBACK = (
    "My father is 72 and has had type 2 diabetes for ten years. His fasting glucose has been "
    "around 9 mmol/L despite metformin, and he now reports numbness in both feet at night. "
    "患者近一周出现头晕乏力，血压偏高，请问需要调整降压药吗？"
)
PLANTED = " Patient John Smith, phone (415) 555-0132. 患者王小明，手机号13912345678。"
REGEXES = [
    r"\b\d{3}-\d{2}-\d{4}\b",
    r"(?i)\bpassword\b",
    r"\bpacs\.[a-z0-9.]+\b",
    r"(?i)\bDROP TABLE\b",
    r"\b[A-Z]{2}\d{6}\b",
]


def tokens(text: str) -> int:
    """Approximate token count (words, punctuation marks and CJK characters)."""
    return len(TOKEN.findall(text))


def corpus() -> list[str]:
    """Benign medical questions (shared dev data when present, else a built-in paragraph)."""
    if not SHARED.exists():
        return [FALLBACK]
    with SHARED.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    texts = [r["text"] for r in rows if r["label"] == "benign"]
    return random.Random(0).sample(texts, min(2000, len(texts)))


def prompt_of(n_tokens: int, texts: list[str], rng: random.Random) -> str:
    """A prompt of about ``n_tokens`` tokens, benign questions plus planted PHI."""
    parts, count = [PLANTED], tokens(PLANTED)
    while count < n_tokens:
        text = rng.choice(texts)
        parts.append(text)
        count += tokens(text)
    words = TOKEN.findall(" ".join(parts))[:n_tokens]
    return " ".join(words)


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    arr = np.asarray(samples_ms)
    return {
        "p50": float(np.percentile(arr, 50)),
        "p99": float(np.percentile(arr, 99)),
        "mean": float(arr.mean()),
        "n": len(samples_ms),
    }


def timed(fn: Callable[[], Any], repeats: int, warmup: int = 5) -> list[float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def pin(cores: int) -> None:
    """Run on the first ``cores`` CPUs, with torch at that many threads."""
    available = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, set(available[:cores]))
    torch.set_num_threads(cores)


def input_latency(pipeline: GuardPipeline, texts: list[str], repeats: int) -> dict[str, Any]:
    """Whole input guard and each stage, per prompt length (one core)."""
    rng = random.Random(1)
    out: dict[str, Any] = {}
    for n in (128, 512, 2048):
        prompts = [prompt_of(n, texts, rng) for _ in range(repeats + 5)]  # distinct: no score-cache hits
        stage_ms: dict[str, list[float]] = {}
        total: list[float] = []
        cpu: list[float] = []
        for i in range(repeats + 5):
            start, start_cpu = time.perf_counter(), time.thread_time()
            verdict = pipeline.new_request("default").check_input([prompts[i]])
            elapsed = (time.perf_counter() - start) * 1000
            elapsed_cpu = (time.thread_time() - start_cpu) * 1000
            if verdict.failed_closed:
                raise SystemExit(f"guard failed closed: {verdict.reasons}")
            if i < 5:
                continue
            total.append(elapsed)
            cpu.append(elapsed_cpu)
            for stage in verdict.stages:
                stage_ms.setdefault(stage.name, []).append(stage.latency_ms)
        out[str(n)] = {
            "load_average": os.getloadavg(),
            "total": percentiles(total),
            "total_cpu": percentiles(cpu),
            "stages": {k: percentiles(v) for k, v in stage_ms.items()},
        }
    return out


def _prompts_per_s(score: Callable[[list[str]], Any], prompts: list[str], workers: int, seconds: float) -> float:
    """Prompts/s with ``workers`` threads each scoring ``prompts`` as one batch until ``seconds`` pass."""
    score(prompts)
    deadline = time.perf_counter() + seconds

    def loop() -> int:
        done = 0
        while time.perf_counter() < deadline:
            score(prompts)
            done += len(prompts)
        return done

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        total = sum(pool.map(lambda _: loop(), range(workers)))
    return total / (time.perf_counter() - start)


def classifier_throughput(texts: list[str], seconds: float) -> dict[str, Any]:
    """Classifier prompts/s in batches on two cores: one session with two intra-op threads,
    and two worker threads sharing one single-threaded session (ORT releases the GIL)."""
    rng = random.Random(2)
    prompts = [prompt_of(128, texts, rng) for _ in range(64)]
    pin(2)
    out: dict[str, Any] = {}
    for mode, threads, workers in (("1 session x 2 threads", 2, 1), ("2 workers x 1 thread", 1, 2)):
        torch.set_num_threads(threads)
        classifier = SafetyClassifier.load(threads=threads)  # uncached: every batch reaches the encoder
        out[mode] = {str(b): _prompts_per_s(classifier.score, prompts[:b], workers, seconds) for b in (1, 8, 32, 64)}
        out[mode]["load_average"] = os.getloadavg()
    pin(1)
    return out


def stream_cost(pipeline: GuardPipeline, repeats: int) -> dict[str, Any]:
    """Cost of ``StreamGuard.feed`` per token on a ~400-token answer (one core)."""
    answer = (
        "Based on what you describe, this sounds like a tension headache. You can take 400 mg ibuprofen "
        "every 6 hours with food. If it persists, call the clinic on 138 0013 8000 or see your GP. "
        "根据您的描述，建议多休息、多饮水，如症状加重请及时就医。"
    ) * 5
    words = [w + " " for w in answer.split(" ")]
    per_token: list[float] = []
    finish: list[float] = []
    cpu_start = time.thread_time()
    for i in range(repeats):
        deltas = words[i * 7 % len(words) :] + words[: i * 7 % len(words)]  # new windows each run: no cache hits
        stream = pipeline.new_request("default").stream()
        for delta in deltas:
            start = time.perf_counter()
            stream.feed(delta)
            per_token.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        stream.finish()
        finish.append((time.perf_counter() - start) * 1000)
    cpu_ms = (time.thread_time() - cpu_start) * 1000  # includes the loop itself: an upper bound
    return {
        "load_average": os.getloadavg(),
        "tokens_per_answer": len(words),
        "feed_ms": percentiles(per_token),
        "finish_ms": percentiles(finish),
        "amortised_ms_per_token": (sum(per_token) + sum(finish)) / len(per_token),
        "amortised_cpu_ms_per_token": cpu_ms / len(per_token),
    }


def orchestration(policy: GuardPolicy, repeats: int) -> dict[str, Any]:
    """Five trivial regex validators: Guard.validate vs direct validate() vs RequestGuard."""
    text = "Please summarise the discharge letter for bed 12 and list follow-up appointments. " * 4
    validators = [RegexValidator(pattern, category=f"r{i}") for i, pattern in enumerate(REGEXES)]
    guard = Guard().use(*validators)
    extras = [
        {
            "name": f"r{i}",
            "import_path": "medgate.guardrails.validators:RegexValidator",
            "kwargs": {"pattern": p, "category": f"r{i}"},
            "action": "monitor",
        }
        for i, p in enumerate(REGEXES)
    ]
    base = policy.model_dump(exclude={"tenants"})
    ours = GuardPipeline.from_policy(
        GuardPolicy.model_validate({**base, "input_stages": [], "extra_validators": extras})
    )
    return {
        "guard_validate_ms": percentiles(timed(lambda: guard.validate(text), repeats)),
        "direct_validate_ms": percentiles(timed(lambda: [v.validate(text, {}) for v in validators], repeats)),
        "medgate_pipeline_ms": percentiles(timed(lambda: ours.new_request("default").check_input([text]), repeats)),
    }


def plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    lengths = list(results["input_guard"])
    stages = sorted({s for v in results["input_guard"].values() for s in v["stages"]})
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    bottom = np.zeros(len(lengths))
    for stage in stages:
        values = np.array([results["input_guard"][n]["stages"].get(stage, {}).get("p50", 0.0) for n in lengths])
        left.bar(lengths, values, bottom=bottom, label=stage)
        bottom += values
    left.plot(lengths, [results["input_guard"][n]["total"]["p99"] for n in lengths], "k^", label="total p99")
    left.axhline(10, ls="--", c="grey", lw=1)
    left.set(xlabel="prompt tokens", ylabel="ms (stacked stage p50)", title="Input guard, one core")
    left.legend(fontsize=8)
    orch = results["orchestration"]
    names = ["guard_validate_ms", "direct_validate_ms", "medgate_pipeline_ms"]
    right.bar(["Guard.validate", "direct validate()", "medgate pipeline"], [orch[k]["p50"] for k in names])
    right.set(ylabel="ms per call (p50)", title="5 regex validators")
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def _load(section: dict[str, Any]) -> str:
    """The 1-minute load average recorded when a section finished (the machine may be shared)."""
    return f"{section['load_average'][0]:.1f}"


def table(results: dict[str, Any]) -> str:
    lines = [
        f"classifier encoder: {results.get('classifier', '?')}",
        f"load average at start: {results['setup']['load_average']}",
        "input guard (one core)        p50 ms   p99 ms",
    ]
    for n, row in results["input_guard"].items():
        lines.append(
            f"  {n:>5} tokens total        {row['total']['p50']:7.2f}  {row['total']['p99']:7.2f}"
            f"   (load average {_load(row)})"
        )
        lines.append(f"         total, CPU time      {row['total_cpu']['p50']:7.2f}  {row['total_cpu']['p99']:7.2f}")
        for stage, s in row["stages"].items():
            lines.append(f"         {stage:<20} {s['p50']:7.2f}  {s['p99']:7.2f}")
    lines.append("classifier prompts/s, two cores, 128-token prompts, by batch size")
    for mode, rows in results["classifier_throughput"].items():
        rates = "".join(f"  b{b}: {v:6.0f}" for b, v in rows.items() if b != "load_average")
        lines.append(f"  {mode:<22}{rates}   (load average {_load(rows)})")
    st = results["stream"]
    lines.append(
        f"stream guard per token: p50 {st['feed_ms']['p50']:.4f} ms, p99 {st['feed_ms']['p99']:.3f} ms, "
        f"amortised {st['amortised_ms_per_token']:.3f} ms (CPU {st['amortised_cpu_ms_per_token']:.3f} ms)"
        f"   (load average {_load(st)})"
    )
    orch = results["orchestration"]
    lines.append(
        "5 regex validators per call (p50 ms): "
        f"Guard.validate {orch['guard_validate_ms']['p50']:.3f}, direct {orch['direct_validate_ms']['p50']:.3f}, "
        f"medgate pipeline {orch['medgate_pipeline_ms']['p50']:.3f}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (smoke run)")
    parser.add_argument("--out", type=Path, default=REPO / "results" / "guards")
    parser.add_argument("--repeats", type=int, default=0, help="samples per prompt length (default 300, quick 30)")
    args = parser.parse_args()
    repeats = args.repeats or (30 if args.quick else 300)
    pin(1)
    # latency is measured, not enforced: a loaded machine must not turn samples into fail-closed blocks
    policy = GuardPolicy.model_validate(
        {
            **GuardPolicy.load().model_dump(exclude={"tenants"}),
            "stage_timeout_ms": 60_000,
            "stage_wall_timeout_ms": 60_000,
        }
    )
    pipeline = GuardPipeline.from_policy(policy, threads=1)
    texts = corpus()
    results = {
        "setup": {
            "cpu": os.uname().machine,
            "cores_available": os.cpu_count(),
            "repeats": repeats,
            "load_average": os.getloadavg(),
            "prompts": "shared guard_dev benign" if SHARED.exists() else "built-in paragraph",
        },
        "classifier": json.loads((ARTIFACTS / ENCODER_CONFIG).read_text())["encoder_package"],
        "input_guard": input_latency(pipeline, texts, repeats),
        "stream": stream_cost(pipeline, max(3, repeats // 30)),
        "orchestration": orchestration(policy, repeats),
        "classifier_throughput": classifier_throughput(texts, 1.0 if args.quick else 3.0),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "guard_latency.json").write_text(json.dumps(results, indent=2))
    plot(results, args.out / "guard_latency.png")
    print(table(results))
    print(f"wrote {args.out / 'guard_latency.json'} and guard_latency.png")


if __name__ == "__main__":
    main()
