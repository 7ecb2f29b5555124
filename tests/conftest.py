"""Shared fixtures: one real gateway (Ray Serve + vLLM CPU engine + guards) for the whole test session.

It is started the way a user starts it, ``medgate serve --config FILE``, in its own
process, and is stopped (SIGTERM, drain) at the end of the session.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import torch
import yaml

# Triton kernels are tested on CPU through Triton's interpreter. Triton reads this when a kernel is
# defined, so it is set here, before any test module (or vLLM) imports triton.
if not torch.cuda.is_available():
    os.environ.setdefault("TRITON_INTERPRET", "1")

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEFAULT_POLICY = Path(__file__).resolve().parents[1] / "medgate" / "guardrails" / "policies" / "default.yaml"
STARTUP_TIMEOUT_S = float(os.environ.get("MEDGATE_TEST_STARTUP_TIMEOUT", "420"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="also run tests marked slow (long load/soak runs)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow test: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Gateway:
    """A running gateway and what tests need to talk to it."""

    base_url: str
    api_key: str
    tenant: str
    model: str
    other_api_key: str
    other_tenant: str
    metrics_targets: list[str]
    audit_dir: Path
    log_path: Path
    process: subprocess.Popen | None
    config_path: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def v1(self) -> str:
        return f"{self.base_url}/v1"

    def headers(self, key: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {key or self.api_key}"}

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]


_TEST_KEY_A, _TEST_KEY_B = "test-key-ward-a-0123456789abcdefghij", "test-key-ward-b-0123456789abcdefghij"  # >= 32 chars
_TEST_KEYS = f"ward-a:{_TEST_KEY_A},ward-b:{_TEST_KEY_B}"


def _attached(config_path: Path) -> Gateway:
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    root = Path(config["audit"]["dir"]).parent
    return Gateway(
        base_url=f"http://127.0.0.1:{config['port']}",
        api_key=_TEST_KEY_A,
        tenant="ward-a",
        model=config["models"][0]["name"],
        other_api_key=_TEST_KEY_B,
        other_tenant="ward-b",
        metrics_targets=[f"127.0.0.1:{config['ray']['metrics_export_port']}"],
        audit_dir=Path(config["audit"]["dir"]),
        log_path=root / "serve.log",
        process=None,
        config_path=config_path,
    )


def _wait_ready(gw: Gateway) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if gw.process.poll() is not None:
            raise RuntimeError(f"medgate serve exited with {gw.process.returncode}:\n{gw.log_tail()}")
        try:
            if httpx.get(f"{gw.base_url}/ready", timeout=10).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(2)
    raise RuntimeError(f"medgate did not become ready in {STARTUP_TIMEOUT_S} s:\n{gw.log_tail()}")


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """The session's gateway; ``MEDGATE_TEST_ATTACH=CONFIG_FILE`` reuses one already started with that config
    and the keys below (for development only: CI always starts its own)."""
    if attach := os.environ.get("MEDGATE_TEST_ATTACH"):
        yield _attached(Path(attach))
        return
    root = tmp_path_factory.mktemp("gateway")
    port, metrics_port = free_port(), free_port()
    config = {
        "host": "127.0.0.1",
        "port": port,
        "models": [{"name": "medgate-tiny", "max_model_len": 1024, "kv_cache_gib": 1, "max_num_seqs": 32}],
        "audit": {"dir": str(root / "audit"), "fsync": "always"},
        "ray": {"num_cpus": 4, "metrics_export_port": metrics_port},
    }
    policy = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    # ward-b lets PHI through to the engine, so the OUTPUT guard has identifiers to redact (seen via `echo`).
    policy.setdefault("tenants", {})["ward-b"] = {"input_stages": [s for s in policy["input_stages"] if s != "phi"]}
    (root / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    config["guard_policy"] = str(root / "policy.yaml")
    config_path = root / "medgate.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {
        **{k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"},  # the gateway runs as users run it
        "MEDGATE_API_KEYS": _TEST_KEYS,
        "XDG_CONFIG_HOME": str(root / "config"),
        "PYTHONUNBUFFERED": "1",
    }
    log_path = root / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("medgate")), "serve", "--config", str(config_path)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    gw = Gateway(
        base_url=f"http://127.0.0.1:{port}",
        api_key=_TEST_KEY_A,
        tenant="ward-a",
        model="medgate-tiny",
        other_api_key=_TEST_KEY_B,
        other_tenant="ward-b",
        metrics_targets=[f"127.0.0.1:{metrics_port}"],
        audit_dir=root / "audit",
        log_path=log_path,
        process=process,
        config_path=config_path,
        env=env,
    )
    try:
        _wait_ready(gw)
        yield gw
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
