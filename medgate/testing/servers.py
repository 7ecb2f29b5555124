"""Start and stop the servers under test as child processes: bare vLLM and ``medgate serve``.

Each runs in a session of its own. Stopping sends SIGTERM to the server process
only (as Kubernetes does), so that it can drain; signalling its whole group would
also stop Ray's processes at once and take every replica with them. Whatever the
server started and is still there afterwards gets SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
import yaml

from medgate.serving.local import free_port

__all__ = [
    "FORCED_ANSWER",
    "FORCED_MAX_TOKENS",
    "SERVED_MODEL",
    "forced",
    "LiveGateway",
    "ServerProcess",
    "free_port",
    "medgate_config",
    "start_medgate",
    "start_rayllm",
    "start_vllm",
]

SERVED_MODEL = "medgate-tiny"

# The tiny model's weights are random: a test that needs a particular answer makes the engine emit it with
# vLLM's structured outputs (a one-choice grammar), so it cannot pass or fail by what the model happens to say.
FORCED_ANSWER = "Thank you for your question."
FORCED_MAX_TOKENS = 64


def forced(answer: str = FORCED_ANSWER) -> dict[str, Any]:
    """Request fields (``extra_body`` for the openai SDK) that make the engine answer exactly ``answer``."""
    return {"structured_outputs": {"choice": [answer]}}


def forced_repeating(sentence: str = "The heart rate is normal.", times: int = 400) -> dict[str, Any]:
    """Request fields that make the engine repeat a benign ``sentence`` (long streams the guards let through)."""
    return {"structured_outputs": {"regex": f"({re.escape(sentence)} ){{{times}}}"}}


@dataclass
class ServerProcess:
    """A server child process and where to reach it."""

    name: str
    base_url: str
    ready_path: str
    process: subprocess.Popen
    log_path: Path
    api_key: str = "none"
    marker: str = ""  # in the server's own command line (it may run under a wrapper such as strace)
    workdir: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]

    def wait_ready(self, timeout_s: float = 420) -> float:
        """Poll the readiness endpoint; returns the seconds it took."""
        start = time.monotonic()
        while time.monotonic() - start < timeout_s:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(self.base_url + self.ready_path, timeout=10).status_code == 200:
                    return time.monotonic() - start
            except httpx.HTTPError:
                pass
            time.sleep(2)
        self.stop()
        raise RuntimeError(f"{self.name} was not ready after {timeout_s} s:\n{self.log_tail()}")

    def processes(self, marker: str) -> list[psutil.Process]:
        """This server's descendant processes (Ray workers included) whose command line contains ``marker``."""
        try:
            children = psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []
        found = []
        for child in children:
            try:
                if marker in " ".join(child.cmdline()):
                    found.append(child)
            except psutil.Error:
                continue
        return found

    def main_pid(self) -> int | None:
        """The server process itself: the child we started, or, under a wrapper (whose command line holds the
        server's too), the wrapper's first descendant that matches."""
        found = self.processes(self.marker)
        if found:
            return found[0].pid
        return self.process.pid if self.process.poll() is None else None

    def stop(self, grace_s: float = 90) -> int | None:
        """SIGTERM the server process; after it exits (or ``grace_s``), SIGKILL every process it started.

        The process tree is read before the SIGTERM and again before the SIGKILL: a shutdown cut short can have
        started processes since (HAProxy starts a new process on every reload), which would outlive their parent.
        """
        tree = _descendants(self.process.pid)
        if self.process.poll() is None:
            pid = self.main_pid()
            if pid is not None:
                os.kill(pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=grace_s)
        tree += _descendants(self.process.pid)
        _killpg(self.process.pid, signal.SIGKILL)
        for process in tree:  # Ray's head and workers run in sessions of their own
            try:
                process.kill()
            except psutil.Error:
                continue
        return self.process.wait()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def _descendants(pid: int) -> list[psutil.Process]:
    try:
        return list(psutil.Process(pid).children(recursive=True))
    except psutil.Error:
        return []


def _killpg(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)


def _spawn(argv: Sequence[str], env: dict[str, str], log_path: Path) -> subprocess.Popen:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        return subprocess.Popen(
            list(argv), stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=log_path.parent
        )


def start_vllm(
    model_dir: Path,
    workdir: Path,
    *,
    port: int | None = None,
    max_model_len: int = 1024,
    max_num_seqs: int = 64,
    kv_cache_gib: float = 1,
) -> ServerProcess:
    """Bare vLLM's OpenAI server on ``model_dir`` (the reference the gateway is compared with)."""
    port = port or free_port()
    argv = [
        sys.executable,
        "-m",
        "vllm.entrypoints.openai.api_server",
        "--model",
        str(model_dir),
        "--served-model-name",
        SERVED_MODEL,
        "--max-model-len",
        str(max_model_len),
        "--max-num-seqs",
        str(max_num_seqs),
        "--enforce-eager",
        "--dtype",
        "float32",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": str(kv_cache_gib), "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1"}
    process = _spawn(argv, env, workdir / "vllm.log")
    return ServerProcess(
        "vllm",
        f"http://127.0.0.1:{port}",
        "/health",
        process,
        workdir / "vllm.log",
        marker="vllm.entrypoints.openai.api_server",
        workdir=workdir,
    )


def medgate_config(
    workdir: Path,
    *,
    port: int,
    max_model_len: int = 1024,
    max_num_seqs: int = 64,
    kv_cache_gib: float = 1,
    limits: dict[str, Any] | None = None,
    metrics_port: int | None = None,
    guard_policy: Path | None = None,
) -> dict[str, Any]:
    """A ``medgate serve`` config for the tiny model with the same engine settings as :func:`start_vllm`."""
    config: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "models": [
            {
                "name": SERVED_MODEL,
                "max_model_len": max_model_len,
                "kv_cache_gib": kv_cache_gib,
                "max_num_seqs": max_num_seqs,
                "dtype": "float32",
            }
        ],
        "audit": {"dir": str(workdir / "audit"), "fsync": "always"},
        "limits": limits or {},
        "ray": {"num_cpus": 4, "metrics_export_port": metrics_port or free_port(avoid={port})},
    }
    if guard_policy is not None:
        config["guard_policy"] = str(guard_policy)
    return config


def start_medgate(
    config: dict[str, Any],
    workdir: Path,
    *,
    api_keys: str,
    api_key: str,
    wrapper: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> ServerProcess:
    """``medgate serve --config`` with ``config`` (see :func:`medgate_config`), optionally under ``wrapper``
    (e.g. strace); ``api_keys`` is ``MEDGATE_API_KEYS`` and ``api_key`` the one clients use; ``env`` adds to
    the environment (e.g. ``PYTHONPATH`` of another checkout, to measure an earlier version side by side)."""
    workdir.mkdir(parents=True, exist_ok=True)
    config_path = workdir / "medgate.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {
        **{k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"},  # as users run it: no test switches
        "MEDGATE_API_KEYS": api_keys,
        "XDG_CONFIG_HOME": str(workdir / "config"),
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    argv = [*wrapper, sys.executable, "-m", "medgate", "serve", "--config", str(config_path)]
    process = _spawn(argv, env, workdir / "serve.log")
    return ServerProcess(
        "medgate",
        f"http://127.0.0.1:{config['port']}",
        "/ready",
        process,
        workdir / "serve.log",
        api_key=api_key,
        marker="-m medgate serve",
        workdir=workdir,
        extra={"config": config},
    )


def start_rayllm(config: dict[str, Any], workdir: Path) -> ServerProcess:
    """Stock Ray Serve LLM (``medgate.testing.rayllm``) on a ``medgate serve`` config's models, host and port."""
    workdir.mkdir(parents=True, exist_ok=True)
    config_path = workdir / "rayllm.yaml"
    config_path.write_text(yaml.safe_dump({**config, "api_keys": []}), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    argv = [sys.executable, "-m", "medgate.testing.rayllm", "--config", str(config_path)]
    process = _spawn(argv, env, workdir / "rayllm.log")
    return ServerProcess(
        "rayllm",
        f"http://127.0.0.1:{config['port']}",
        "/v1/models",
        process,
        workdir / "rayllm.log",
        marker="-m medgate.testing.rayllm",
        workdir=workdir,
        extra={"config": config},
    )


@dataclass
class LiveGateway:
    """A running ``medgate serve`` and what clients need to talk to it: two tenants' keys, its metrics and audit."""

    server: ServerProcess
    api_key: str
    tenant: str
    other_api_key: str
    other_tenant: str
    model: str = SERVED_MODEL

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def v1(self) -> str:
        return f"{self.base_url}/v1"

    @property
    def config(self) -> dict[str, Any]:
        return self.server.extra["config"]

    @property
    def audit_dir(self) -> Path:
        return Path(self.config["audit"]["dir"])

    @property
    def metrics_targets(self) -> list[str]:
        return [f"127.0.0.1:{self.config['ray']['metrics_export_port']}"]

    @property
    def log_path(self) -> Path:
        return self.server.log_path

    def headers(self, key: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {key or self.api_key}"}

    def log_tail(self, chars: int = 4000) -> str:
        return self.server.log_tail(chars)
