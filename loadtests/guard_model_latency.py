"""What the guard-model stage adds, on CPU, with the tiny random-weight model standing in for the guard model.

One ``medgate serve`` with a guard deployment beside the chat model; two tenants that differ only in
``guard_model.mode`` (``off`` / ``both``, the latter with pinned verdicts so every call decodes the same
verdict text). Requests alternate between them, one at a time, the chat engine's answer forced::

    python -m loadtests.guard_model_latency [--requests 20] [--out docs/results]

Reports, per tenant, whole-answer latency (the guard model is called on the prompt and on the answer)
and streamed latency (first released text, whole stream) for an answer of several windows; the added
latency per request and per stream window; and the guard calls' own latencies from the audit records.
Figures of a stand-in on a shared 2-core machine: they show the stage's overhead, not a real guard's.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import tempfile
import time
from pathlib import Path

import httpx
import yaml

from medgate.testing.servers import ServerProcess, forced, forced_repeating, free_port, medgate_config, start_medgate

REPO = Path(__file__).resolve().parents[1]
POLICY = REPO / "medgate" / "guardrails" / "policies" / "default.yaml"
SAFE = "Safety: Safe\nCategories: None"
KEYS = {"bench-off": "bench-key-guard-off-0123456789abcdef0123", "bench-on": "bench-key-guard-on-0123456789abcdef01234"}
SENTENCE = "The heart rate is normal."
REPEATS = 12  # a 312-character streamed answer: six windows of the default 48 characters, and the rest
QUESTION = "What is a normal resting heart rate?"


def _start(root: Path) -> ServerProcess:
    policy = yaml.safe_load(POLICY.read_text(encoding="utf-8"))
    policy["guard_model"] = {"mode": "off"}
    pins = {"input": SAFE, "output": SAFE + "\nRefusal: No"}
    policy["tenants"] = {"bench-on": {"guard_model": {"mode": "both", "pinned_verdicts": pins, "timeout_ms": 30000}}}
    policy["stage_timeout_ms"] = policy["stage_wall_timeout_ms"] = (
        30000  # a loaded machine must not turn measurements into fail-closed answers
    )
    policy_path = root / "policy.yaml"
    policy_path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    config = medgate_config(root, port=free_port(), max_num_seqs=16, guard_policy=policy_path)
    config["ray"]["num_cpus"] = 6  # logical CPUs: a second engine deployment needs its own bundles
    config["guard_models"] = [
        {"adapter": "qwen3guard", "max_model_len": 1024, "max_input_chars": 600, "kv_cache_gib": 1, "dtype": "float32"}
    ]
    keys = ",".join(f"{tenant}:{key}" for tenant, key in KEYS.items())
    return start_medgate(config, root, api_keys=keys, api_key=KEYS["bench-on"])


def _whole(client: httpx.Client, base: str, tenant: str) -> float:
    body = {"model": "medgate-tiny", "messages": [{"role": "user", "content": QUESTION}], "max_tokens": 64, **forced()}
    started = time.perf_counter()
    response = client.post(
        f"{base}/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {KEYS[tenant]}"}
    )
    elapsed = time.perf_counter() - started
    response.raise_for_status()
    return elapsed * 1000


def _streamed(client: httpx.Client, base: str, tenant: str) -> tuple[float, float, str]:
    body = {
        "model": "medgate-tiny",
        "messages": [{"role": "user", "content": QUESTION}],
        "max_tokens": 600,
        "stream": True,
        **forced_repeating(SENTENCE, times=REPEATS),
    }
    headers = {"Authorization": f"Bearer {KEYS[tenant]}"}
    started = time.perf_counter()
    first: float | None = None
    text = ""
    with client.stream("POST", f"{base}/v1/chat/completions", json=body, headers=headers) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if not line.startswith("data: {"):
                continue
            for choice in json.loads(line[6:]).get("choices", []):
                piece = choice.get("delta", {}).get("content") or ""
                if piece and first is None:
                    first = time.perf_counter()
                text += piece
    end = time.perf_counter()
    return ((first or end) - started) * 1000, (end - started) * 1000, text


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1) if values else math.nan


def _guard_call_latencies(audit_dir: Path) -> dict[str, list[float]]:
    """The guard_model stage's latency per check, from the audit records (decisions and timings, no text)."""
    found: dict[str, list[float]] = {"input": [], "output_whole": [], "output_stream": []}
    for path in sorted(audit_dir.glob("audit-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for stage in record.get("stages", []):
                if stage["stage"] != "guard_model":
                    continue
                key = (
                    stage["direction"]
                    if stage["direction"] == "input"
                    else ("output_stream" if record.get("stream") else "output_whole")
                )
                found[key].append(stage["latency_ms"])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20, help="requests per tenant and kind")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "results")
    parser.add_argument("--workdir", type=Path, default=None, help="default: a new temporary directory")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="medgate-guard-model-latency-"))
    workdir.mkdir(parents=True, exist_ok=True)
    server = _start(workdir)
    with server:
        startup_s = server.wait_ready(600)
        base = server.base_url
        with httpx.Client(timeout=300) as client:
            for tenant in KEYS:  # warm-up: engines, grammars, the prefix cache
                _whole(client, base, tenant)
                _streamed(client, base, tenant)
            whole: dict[str, list[float]] = {t: [] for t in KEYS}
            first: dict[str, list[float]] = {t: [] for t in KEYS}
            stream: dict[str, list[float]] = {t: [] for t in KEYS}
            for _ in range(args.requests):
                for tenant in KEYS:  # alternating, so drift on the shared machine hits both alike
                    whole[tenant].append(_whole(client, base, tenant))
                    ttft, e2e, text = _streamed(client, base, tenant)
                    assert text == f"{SENTENCE} " * REPEATS, "a streamed answer was not released whole"
                    first[tenant].append(ttft)
                    stream[tenant].append(e2e)
        calls = _guard_call_latencies(Path(server.extra["config"]["audit"]["dir"]))
    windows = math.ceil(len(f"{SENTENCE} " * REPEATS) / 48)
    added_stream = _median(stream["bench-on"]) - _median(stream["bench-off"])
    result = {
        "what": "guard-model stage overhead on CPU, tiny random-weight stand-in guard (pinned verdicts), sequential",
        "startup_s": round(startup_s, 1),
        "requests_per_tenant": args.requests,
        "whole_answer_ms": {"off": _median(whole["bench-off"]), "on": _median(whole["bench-on"])},
        "stream_first_text_ms": {"off": _median(first["bench-off"]), "on": _median(first["bench-on"])},
        "stream_total_ms": {"off": _median(stream["bench-off"]), "on": _median(stream["bench-on"])},
        "stream_chars": len(f"{SENTENCE} " * REPEATS),
        "stream_windows": windows,
        "added_per_request_ms": round(_median(whole["bench-on"]) - _median(whole["bench-off"]), 1),
        "added_stream_first_text_ms": round(_median(first["bench-on"]) - _median(first["bench-off"]), 1),
        "added_per_stream_window_ms": round(added_stream / windows, 1),
        "guard_call_ms_median": {
            "input": _median(calls["input"]),
            "output_whole": _median(calls["output_whole"]),
            "output_stream_sum_per_stream": _median(calls["output_stream"]),
        },
    }
    print(json.dumps(result, indent=2))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "guard-model-latency.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
