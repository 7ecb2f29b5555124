"""Rate limits, overload, a killed engine replica, audit durability after a crash, draining shutdown, no egress.

These tests share ONE gateway of their own (module scope), not the session fixture: they kill
replicas and shut it down, which would disturb every other test. It runs with small queues
(so overload meets backpressure quickly) and, when strace is installed, under
``strace -f -e trace=connect`` so the last test can check every connection any of its
processes attempted, from start to shutdown. conftest.py orders this module last. The tests
run in file order and build on each other (the shutdown test ends the gateway).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import psutil
import pytest

from loadtests import overload
from loadtests.bench import RequestResult, stream_chat
from medgate.audit.verify import load_keys
from medgate.audit.verify import verify as audit_verify
from medgate.testing.servers import (
    SERVED_MODEL,
    ServerProcess,
    forced_repeating,
    free_port,
    medgate_config,
    start_medgate,
)

KEY, SLOW_KEY = "rel-key-ward-a-0123456789abcdefghij", "rel-key-slow-0123456789abcdefghijkl"  # >= 32 chars
SLOW_RPM = 3
LIMITS = {
    "engine_max_queued_requests": 8,
    "gateway_max_queued_requests": 16,
    "retry_after_s": 2,
    "drain_timeout_s": 90,
    "request_timeout_s": 120,
    "tenants": {"slow": {"requests_per_minute": SLOW_RPM, "tokens_per_minute": 5000}},
}
STRACE = shutil.which("strace")
RESULTS: dict[str, Any] = {}


@pytest.fixture(scope="module")
def own_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    workdir = tmp_path_factory.mktemp("own-gateway")
    # The longest context the tiny model has: the engine-kill test's streams must still be decoding at the kill.
    config = medgate_config(workdir, port=free_port(), max_num_seqs=8, max_model_len=2048, limits=LIMITS)
    config["models"][0]["max_ongoing_requests"] = 8  # beyond: Serve's queue (8), beyond that: 503
    config["gateway"] = {"replicas": {"min": 1, "max": 1}, "max_ongoing_requests": 32}
    wrapper = (
        [
            STRACE,
            "-f",
            "--seccomp-bpf",
            "-qq",
            "-s",
            "200",
            "-e",
            "trace=connect,sendto,sendmmsg,execve,clone,clone3,fork,vfork",
            "-o",
            str(workdir / "connect.trace"),
        ]
        if STRACE
        else []
    )
    server = start_medgate(config, workdir, api_keys=f"ward-a:{KEY},slow:{SLOW_KEY}", api_key=KEY, wrapper=wrapper)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()
        print(f"\nreliability figures: {json.dumps(RESULTS, indent=2)}")
        (workdir / "reliability.json").write_text(json.dumps(RESULTS, indent=2), encoding="utf-8")


def _chat(server: ServerProcess, key: str, *, max_tokens: int = 8, timeout: float = 120) -> httpx.Response:
    body = {
        "model": SERVED_MODEL,
        "messages": [{"role": "user", "content": "What is a normal resting heart rate?"}],
        "max_tokens": max_tokens,
    }
    return httpx.post(
        f"{server.base_url}/v1/chat/completions", json=body, timeout=timeout, headers={"Authorization": f"Bearer {key}"}
    )


def _stream_payload(max_tokens: int) -> dict[str, Any]:
    return {
        "model": SERVED_MODEL,
        "messages": [{"role": "user", "content": "Explain how to manage hypertension."}],
        "max_tokens": max_tokens,
        "stream": True,
        "stream_options": {"include_usage": True},
        **forced_repeating(),  # long and benign whatever the random weights say: no stream is cut by a guard
        "ignore_eos": True,
    }


async def _streams_with_action(
    server: ServerProcess, count: int, max_tokens: int, action: Any, *, timeout_s: float = 240
) -> tuple[list[RequestResult], int]:
    """Start ``count`` long streams, run ``action()`` once text is streaming; returns results and hung count.

    The action waits for the first streamed text (at most a minute), not for a fixed time: on a loaded machine
    the streams may not have started after a second or two, and an action before any stream runs tests nothing.
    """
    url = f"{server.base_url}/v1/chat/completions"
    headers = {"Authorization": f"Bearer {KEY}"}
    started = asyncio.Event()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None)) as session:
        tasks = [
            asyncio.create_task(stream_chat(session, url, headers, _stream_payload(max_tokens), started=started))
            for _ in range(count)
        ]
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(started.wait(), 60)
        await asyncio.sleep(0.5)  # the other streams start too
        action()
        done, pending = await asyncio.wait(tasks, timeout=timeout_s)
        for task in pending:
            task.cancel()
    return [t.result() for t in done], len(pending)


def _wait_until_answering(server: ServerProcess, since: float, deadline_s: float = 420) -> tuple[float, list[int]]:
    """Poll with small requests until one succeeds; returns seconds since ``since`` and the statuses seen."""
    statuses: list[int] = []
    while time.monotonic() - since < deadline_s:
        try:
            response = _chat(server, KEY, max_tokens=4, timeout=150)
        except httpx.HTTPError:
            statuses.append(0)
            time.sleep(1)
            continue
        statuses.append(response.status_code)
        if response.status_code == 200:
            return time.monotonic() - since, statuses
        assert response.status_code in (502, 503, 504), response.text[:300]
        assert response.json()["error"]["message"]
        time.sleep(1)
    pytest.fail(f"the gateway did not answer again within {deadline_s} s (statuses {statuses[-10:]})")


def test_tenant_rate_limits_answer_429_with_openai_headers(own_gateway: ServerProcess) -> None:
    answers = [_chat(own_gateway, SLOW_KEY) for _ in range(SLOW_RPM + 1)]
    for i, response in enumerate(answers[:SLOW_RPM]):
        assert response.status_code == 200, response.text[:300]
        assert response.headers["x-ratelimit-limit-requests"] == str(SLOW_RPM)
        assert response.headers["x-ratelimit-remaining-requests"] == str(SLOW_RPM - 1 - i)
        assert response.headers["x-ratelimit-limit-tokens"] == "5000"
        assert int(response.headers["x-ratelimit-remaining-tokens"]) < 5000
        assert re.fullmatch(r"\d+(ms|(\.\d+)?s|m\d+s)", response.headers["x-ratelimit-reset-requests"])
    limited = answers[-1]
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.headers["x-ratelimit-remaining-requests"] == "0"
    assert limited.json()["error"]["type"] == "rate_limit_error"
    other = _chat(own_gateway, KEY)  # another tenant is not affected, and has no limits configured
    assert other.status_code == 200 and "x-ratelimit-limit-requests" not in other.headers


def test_locust_mix_runs_without_failures(own_gateway: ServerProcess, tmp_path: Path) -> None:
    locustfile = Path(__file__).resolve().parents[2] / "loadtests" / "locustfile.py"
    command = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(locustfile),
        "--headless",
        "-u",
        "6",
        "-r",
        "3",
        "-t",
        "20s",
        "--host",
        own_gateway.base_url,
        "--csv",
        str(tmp_path / "locust"),
        "--only-summary",
    ]
    run = subprocess.run(
        command, env={**os.environ, "MEDGATE_API_KEY": KEY}, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    stats = (tmp_path / "locust_stats.csv").read_text()
    rows = {line.split(",")[1]: line.split(",") for line in stats.splitlines()[1:]}
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert int(rows["Aggregated"][2]) > 0 and int(rows["Aggregated"][3]) == 0  # requests, failures
    RESULTS["locust_20s"] = {
        name: {"requests": int(r[2]), "failures": int(r[3]), "median_ms": r[5]} for name, r in rows.items()
    }


@pytest.mark.parametrize("duration_s", [20, pytest.param(300, marks=pytest.mark.slow)], ids=["short", "long"])
def test_overload_at_twice_capacity_ends_every_request_cleanly(own_gateway: ServerProcess, duration_s: int) -> None:
    report = asyncio.run(
        overload.run(
            own_gateway.base_url,
            KEY,
            factor=2,
            duration_s=duration_s,
            capacity_s=10,
            concurrency=16,
            max_tokens=32,
            drain_timeout_s=180,
        )
    )
    RESULTS[f"overload_{duration_s}s"] = report.as_dict()
    print(json.dumps(report.as_dict()))
    assert report.hung == 0, "requests still open long after the load stopped"
    assert not report.failed, report.failed[:10]
    assert report.rejected_without_retry_after == 0
    assert report.capacity_rps > 0, report.capacity_probes
    assert report.completed > 0
    shed = sum(report.rejected.values()) + report.blocked_failed_closed
    assert shed > 0, "at twice the capacity something must shed load: the bounded queues (503) or guard timeouts"


def test_killed_engine_replica_ends_streams_with_an_error_and_recovers(own_gateway: ServerProcess) -> None:
    engines = own_gateway.processes("ServeReplica:medgate:Engine")
    assert engines, "no engine replica process found"
    killed_at: list[float] = []

    def kill() -> None:
        for process in engines:
            process.send_signal(signal.SIGKILL)
        killed_at.append(time.monotonic())

    # 1,900 tokens: under load a gateway relaying 900 lagged so far behind the engine that it had finished them all.
    results, hung = asyncio.run(_streams_with_action(own_gateway, count=6, max_tokens=1900, action=kill))
    assert hung == 0, "a stream hung after its engine replica died"
    for result in results:  # refused before streaming (a guard failing closed under load): a clean error
        assert result.status in (200, 400, 503), (result.status, result.error)
    interrupted = [r for r in results if r.status == 200 and not r.ok]
    seen = [(r.status, r.ok, r.error) for r in results]
    assert interrupted, f"no stream was running at the kill, nothing was tested: {seen}"
    for result in interrupted:  # an error event, then [DONE]: never a silently cut connection
        assert result.error == "engine_failed", result.error
    recovery_s, statuses = _wait_until_answering(own_gateway, killed_at[0])
    RESULTS["engine_kill"] = {
        "streams": len(results),
        "interrupted_with_error_event": len(interrupted),
        "recovery_s": round(recovery_s, 1),
        "statuses_while_down": statuses,
    }


def test_audit_log_keeps_every_completed_request_when_the_gateway_is_killed(own_gateway: ServerProcess) -> None:
    gateways = own_gateway.processes("ServeReplica:medgate:Gateway")
    assert gateways, "no gateway replica process found"
    killed_at: list[float] = []

    def kill() -> None:
        for process in gateways:
            process.send_signal(signal.SIGKILL)
        killed_at.append(time.monotonic())

    results, hung = asyncio.run(_audit_load(own_gateway, kill))
    assert hung == 0
    completed = {r.request_id for r in results if r.ok}
    assert completed, "no request completed before the kill"
    _wait_until_answering(own_gateway, killed_at[0])

    audit_dir = Path(own_gateway.extra["config"]["audit"]["dir"])
    logs = sorted(audit_dir.glob("audit-*.jsonl"))
    recorded = {json.loads(line).get("request_id") for path in logs for line in _complete_lines(path)}
    missing = completed - recorded
    RESULTS["audit_kill"] = {
        "completed_before_kill": len(completed),
        "missing_records": len(missing),
        "files": len(logs),
    }
    assert not missing, f"{len(missing)} completed requests have no audit record"

    # The chain key medgate generated (no key configured), and the anchor log beside the audit directory.
    assert own_gateway.workdir is not None
    key_file = own_gateway.workdir / "config" / "medgate" / "audit-chain.key"
    anchors = audit_dir.parent / f"{audit_dir.name}-anchors"
    report = audit_verify([audit_dir], keys=load_keys([key_file]), anchors=anchors)
    cli = subprocess.run(
        [sys.executable, "-m", "medgate", "audit", "verify", "--key-file", str(key_file), "--anchors", str(anchors)]
        + [str(audit_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=audit_dir,
    )
    assert report.ok, report.problems  # a torn last line (never acknowledged) is only a note
    assert cli.returncode == 0, cli.stdout + cli.stderr
    RESULTS["audit_kill"]["torn_tails"] = int(report.torn_tail)


async def _audit_load(server: ServerProcess, kill: Any) -> tuple[list[RequestResult], int]:
    """Four clients of streamed and plain requests; the gateway replica is SIGKILLed after 5 s."""
    url = f"{server.base_url}/v1/chat/completions"
    headers = {"Authorization": f"Bearer {KEY}"}
    results: list[RequestResult] = []
    stop = time.monotonic() + 9
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=150)) as session:

        async def client() -> None:
            while time.monotonic() < stop:
                result = await stream_chat(session, url, headers, _stream_payload(24))
                results.append(result)
                if result.status != 200:
                    await asyncio.sleep(0.5)

        async def killer() -> None:
            await asyncio.sleep(5)
            kill()

        tasks = [asyncio.create_task(client()) for _ in range(4)]
        await killer()
        _, pending = await asyncio.wait(tasks, timeout=180)
        for task in pending:
            task.cancel()
    return results, len(pending)


def _complete_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [line for line in text.split("\n")[:-1] if line.strip()]  # the part after the last newline may be torn


def test_sigterm_drains_in_flight_streams(own_gateway: ServerProcess) -> None:
    pid = own_gateway.main_pid()
    assert pid is not None, "medgate serve process not found"
    results, hung = asyncio.run(
        _streams_with_action(own_gateway, count=4, max_tokens=600, action=lambda: os.kill(pid, signal.SIGTERM))
    )
    assert hung == 0 and len(results) == 4
    in_flight = [r for r in results if r.status == 200]
    refused = [r for r in results if r.status != 200]  # a guard failing closed under CPU load, before streaming
    assert all(r.status == 503 for r in refused) and len(in_flight) >= 3, [(r.status, r.error) for r in results]
    assert all(r.ok for r in in_flight), [(r.status, r.error) for r in in_flight]  # every started stream finished
    streams_ended = time.monotonic()
    try:
        exit_code = own_gateway.process.wait(timeout=LIMITS["drain_timeout_s"] + 90)
    except subprocess.TimeoutExpired:
        pytest.fail(f"medgate serve still running after the drain limit + 90 s:\n{own_gateway.log_tail()}")
    assert exit_code == 0, own_gateway.log_tail()
    RESULTS["drain"] = {
        "in_flight_streams": len(in_flight),
        "completed": sum(r.ok for r in in_flight),
        "exit_after_last_stream_s": round(time.monotonic() - streams_ended, 1),
    }


def test_no_connection_to_any_non_loopback_address(own_gateway: ServerProcess) -> None:
    """Every connect() of every process, start to shutdown: only loopback and this host's own addresses.

    Known and not switchable by configuration, so reported, not failed: Ray's and vLLM's own-IP detection
    connect a UDP socket to 8.8.8.8 (ports 53 and 80: a routing lookup, no packet is sent), and Ray's
    dashboard process (started even with include_dashboard=False, to run UsageStatsHead) probes cloud metadata
    (169.254.169.254:80, and DNS for metadata.google.internal) on every start, before it checks that usage
    stats are disabled (ray/dashboard/modules/usage_stats/usage_stats_head.py, run()). HAProxy (the default
    HTTP front end) connects UDP sockets to the nameservers of /etc/resolv.conf for its default resolvers section;
    the gateway's config names no host, so it sends no query (``dns_queries`` lists every name asked). Anything
    else fails.
    """
    if not STRACE:
        pytest.skip("strace is not installed (apt-get install strace)")
    own_gateway.stop()  # the whole life cycle, start to shutdown, is in the trace
    trace = (own_gateway.workdir / "connect.trace").read_text(errors="replace")
    own = {a.address.split("%")[0] for addrs in psutil.net_if_addrs().values() for a in addrs}
    nameservers = (
        set(re.findall(r"^nameserver\s+(\S+)", Path("/etc/resolv.conf").read_text(), re.M))
        if Path("/etc/resolv.conf").exists()
        else set()
    )
    programs = _programs(trace)
    known, offenders = set(), set()
    for tid, address, port in _connects(trace):
        if _local(address, own):
            continue
        program = programs.get(tid, "?")
        if (
            (address, port) in (("8.8.8.8", 53), ("8.8.8.8", 80))
            or (
                "dashboard.py" in program
                and ((address, port) == ("169.254.169.254", 80) or (address in nameservers and port == 53))
            )
            or ("/haproxy" in program and address in nameservers and port == 53)
        ):
            known.add(f"{address}:{port} ({program})")
        else:
            offenders.add(f"{address}:{port} ({program})")
    RESULTS["egress"] = {
        "connect_calls": len(list(_connects(trace))),
        "known_ray_probes": sorted(known),
        "offenders": sorted(offenders),
        "dns_queries": sorted(_dns_names(trace)),
    }
    assert not offenders, f"connections attempted to {sorted(offenders)}"


def _connects(trace: str) -> Iterator[tuple[str, str, int]]:
    """(thread id, address, port) of every AF_INET/AF_INET6 connect() in an ``strace -f`` log."""
    pattern = (
        r"^(\d+)\s+connect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\((\d+)\), "
        r'.*?inet(?:_addr|_pton)\((?:AF_INET6?, )?"([^"]+)"'
    )
    for match in re.finditer(pattern, trace, re.M):
        address = match.group(3).removeprefix("::ffff:")
        yield match.group(1), address, int(match.group(2))


def _dns_names(trace: str) -> set[str]:
    """Names in the DNS queries the processes sent (sendto/sendmmsg buffers of 12-byte header + QNAME)."""
    names = set()
    for content in re.findall(r'iov_base="((?:[^"\\]|\\.)*)"|sendto\(\d+, "((?:[^"\\]|\\.)*)"', trace):
        packet = _unescape(content[0] or content[1])
        labels, i = [], 12
        while 12 <= i < len(packet) and packet[i]:
            labels.append(packet[i + 1 : i + 1 + packet[i]].decode("ascii", errors="replace"))
            i += 1 + packet[i]
        if labels and packet[i + 1 : i + 5] in (b"\0\1\0\1", b"\0\x1c\0\1"):  # type A or AAAA, class IN
            names.add(".".join(labels))
    return names


_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13}


def _unescape(text: str) -> bytes:
    """The bytes of a string as strace prints it (C escapes, octal)."""
    out, i = bytearray(), 0
    while i < len(text):
        if text[i] != "\\" or i + 1 == len(text):
            out += text[i].encode("utf-8", errors="replace")
            i += 1
            continue
        octal = re.match(r"[0-7]{1,3}", text[i + 1 : i + 4])
        if octal:
            out.append(int(octal.group(), 8) & 0xFF)
            i += 1 + len(octal.group())
        else:
            out.append(_ESCAPES.get(text[i + 1], ord(text[i + 1]) & 0xFF))
            i += 2
    return bytes(out)


def _programs(trace: str) -> dict[str, str]:
    """Thread id -> the program its process last exec'd (threads and children inherit their parent's)."""
    programs: dict[str, str] = {}
    for line in trace.splitlines():
        parts = line.split(None, 1)
        if len(parts) < 2:
            continue
        tid, call = parts
        if call.startswith("execve(") and " = -1 " not in call:  # may be "<unfinished ...>": the argv is here
            argv = re.search(r"\[(.*?)\]", call)
            programs[tid] = " ".join(re.findall(r'"([^"]*)"', argv.group(1) if argv else ""))[:160]
        child = re.search(r"(?:clone3?|fork|vfork)\b.*= (\d+)$", call)
        if child:
            programs.setdefault(child.group(1), programs.get(tid, "?"))
    return programs


def _local(address: str, own: set[str]) -> bool:
    """Loopback, unspecified, or one of this host's own addresses (Ray talks to its node IP)."""
    ip = ipaddress.ip_address(address)
    return ip.is_loopback or ip.is_unspecified or address in own
