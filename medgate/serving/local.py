"""``medgate serve``: run the gateway on a local Ray head of its own until interrupted."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Collection
from pathlib import Path
from types import TracebackType

from medgate.serving.auth import load_or_create_local_key, user_key_file
from medgate.serving.config import ModelConfig, Settings
from medgate.serving.frontend import HttpFrontend, haproxy_environment

_RAY_START_TIMEOUT_S = 180
_HEAD_STARTED = b"Ray runtime started."  # what `ray start` prints once the head's processes are up
# Ray gives a new raylet a fixed 30 s to register with the GCS (ray/_private/node.py); on a loaded machine it can
# take longer. That is a slow machine, not a broken head: the start is tried again.
_RAYLET_SLOW = b"timed out during startup"
_RAY_START_ATTEMPTS = 3


def prepare_settings(config: Path | None, *, model: Path | None, host: str | None, port: int | None) -> Settings:
    """Load settings and apply command-line overrides; create a local API key when none is configured."""
    settings = Settings.load(config)
    if model is not None:
        settings.models = [ModelConfig(name=model.expanduser().resolve().name, path=model)]
    if host is not None:
        settings.host = host
    if port is not None:
        settings.port = port
    if not settings.api_keys:
        entries, new_key = load_or_create_local_key()
        settings.api_keys = entries
        if new_key:
            print(
                f"No API key was configured. Generated one for tenant 'local' (shown once, only its hash is kept in "
                f"{user_key_file()}):\n\n    {new_key}\n",
                flush=True,
            )
        else:
            print(f"Using the API key stored (as a hash) in {user_key_file()}.", flush=True)
    return settings


def free_port(avoid: Collection[int] = ()) -> int:
    """A TCP port on the loopback interface that is free right now and not in ``avoid`` (ports chosen for
    servers that have not bound them yet: the kernel hands a just-closed port out again)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if port not in avoid:
            return port


# Waits in Ray's shutdown that guard a multi-node cluster, not one machine that `medgate serve` stops as a whole
# (each measured at 30 s on the SIGTERM path). The head's node drain: by the time the head is stopped, the app has
# been deleted (which drains it) and Serve shut down, so nothing is left to drain. A gateway replica's minimum
# draining period behind HAProxy: time for load balancers on other nodes to drop it; the local HAProxy reloads in
# well under a second, and stale HAProxy workers are refused at connect time and retry elsewhere.
APP_NAME = "medgate"
_DELETE_MARGIN_S = 15  # past the replicas' drain limit: the controller's kill and its bookkeeping

_SHUTDOWN_WAITS = {"RAY_GRACEFUL_SHUTDOWN_DRAIN_TIMEOUT_S": "0", "RAY_SERVE_DIRECT_INGRESS_MIN_DRAINING_PERIOD_S": "5"}


class LocalRayHead:
    """A Ray head started with ``ray start --head --block`` on ports of its own, stopped with its process group.

    ``ray.init()`` cannot choose the dashboard agent's port (fixed at 52365), so two local
    clusters on one machine (two gateways, a test run beside a dev server) would collide;
    ``ray start`` can. The head runs with usage stats off, no dashboard,
    and Ray's token authentication with a random token of its own. Ray's processes
    start without OTEL_SDK_DISABLED (which medgate sets for guardrails-ai): Ray's metrics
    agent exports through the OpenTelemetry SDK, which that variable would silence.
    """

    def __init__(
        self,
        *,
        num_cpus: int,
        metrics_export_port: int,
        log_path: Path,
        frontend: HttpFrontend = "proxy",
        serve_port: int | None = None,
    ) -> None:
        self.num_cpus = num_cpus
        self.metrics_export_port = metrics_export_port
        self.log_path = log_path
        # The ports of this head's own processes, none of them the configured ones (not yet bound)
        self._taken = {metrics_export_port, *([serve_port] if serve_port else [])}
        self.gcs_port = self._port()
        # HAProxy's sockets live here (a short path); the proxy front end needs none
        self._runtime_dir = Path(tempfile.mkdtemp(prefix="medgate-")) if frontend == "haproxy" else None
        if self._runtime_dir is not None:
            # Ray Serve reads its switches from the environment of every process, this driver's included.
            os.environ |= haproxy_environment(self._runtime_dir, self._port)
        self.process: subprocess.Popen[bytes] | None = None
        # A token of this head's own, shared by the head, this driver and the workers it starts. Ray reads it
        # once per process, so it is set here, before this process first imports ray.
        os.environ |= {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}
        os.environ.pop("RAY_AUTH_TOKEN_PATH", None)

    def _port(self) -> int:
        port = free_port(self._taken)
        self._taken.add(port)
        return port

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.gcs_port}"

    def __enter__(self) -> LocalRayHead:
        env = {k: v for k, v in os.environ.items() if k != "OTEL_SDK_DISABLED"}
        # With usage stats off, a head started by `ray start` still POSTs a "disabled" report to
        # usage-stats.ray.io (ray/dashboard/modules/usage_stats/usage_stats_head.py); send it nowhere instead.
        env |= {"RAY_USAGE_STATS_ENABLED": "0", "RAY_USAGE_STATS_REPORT_URL": "http://127.0.0.1:9/"}
        env |= _SHUTDOWN_WAITS
        command = [
            str(Path(sys.executable).with_name("ray")),
            "start",
            "--head",
            "--block",
            "--disable-usage-stats",
            "--include-dashboard=false",
            f"--port={self.gcs_port}",
            f"--num-cpus={self.num_cpus}",
            f"--metrics-export-port={self.metrics_export_port}",
            f"--dashboard-agent-listen-port={self._port()}",
            f"--dashboard-agent-grpc-port={self._port()}",
            f"--runtime-env-agent-port={self._port()}",
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            for attempt in range(1, _RAY_START_ATTEMPTS + 1):
                with self.log_path.open("ab") as log:
                    log_start = log.tell()
                    process = subprocess.Popen(
                        command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
                    )
                self.process = process
                try:
                    self._wait_for_head(process, log_start)
                    break
                except RuntimeError:
                    if attempt == _RAY_START_ATTEMPTS or _RAYLET_SLOW not in self._log_since(log_start):
                        raise
                    self._kill_head_group()  # what the failed start left running, then once more
            self._connect(process)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_for_head(self, process: subprocess.Popen[bytes], log_start: int) -> None:
        """Return once ``ray start`` reports the head running (GCS and raylet both up); raise at once, with its
        log, if it exited. A listening GCS alone is not enough: a driver that connects before the raylet has
        registered looks among other clusters' raylets on this host and gives up after 60 s."""
        deadline = time.monotonic() + _RAY_START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"ray start exited with {process.returncode}; the end of {self.log_path}:\n{self._log_tail()}"
                )
            if _HEAD_STARTED in self._log_since(log_start):
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"Ray's head did not start within {_RAY_START_TIMEOUT_S} s; see {self.log_path}")
            time.sleep(0.5)

    def _connect(self, process: subprocess.Popen[bytes]) -> None:
        """``ray.init`` on this head, retried (a driver's search for its raylet can still time out on a busy
        machine with other Ray clusters beside it, which is not a failure of the head)."""
        import ray

        deadline = time.monotonic() + _RAY_START_TIMEOUT_S
        while True:
            try:
                ray.init(address=self.address, log_to_driver=os.environ.get("MEDGATE_RAY_LOGS", "0") == "1")
                return
            except ConnectionError as exc:
                ray.shutdown()
                if process.poll() is not None or time.monotonic() > deadline:
                    raise ConnectionError(f"{exc}; the end of {self.log_path}:\n{self._log_tail()}") from exc
                time.sleep(1)

    def _log_since(self, offset: int) -> bytes:
        with self.log_path.open("rb") as log:
            log.seek(offset)
            return log.read()

    def _kill_head_group(self) -> None:
        """SIGKILL the head's process group: a ``ray start`` that gave up leaves its GCS and raylet running."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        import ray

        started = time.monotonic()
        ray.shutdown()
        try:
            self._stop_head()
            print(f"Ray head stopped in {time.monotonic() - started:.1f} s.", flush=True)
        finally:
            if self._runtime_dir is not None:
                shutil.rmtree(self._runtime_dir, ignore_errors=True)

    def _stop_head(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        for sig, wait_s in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
            try:
                os.killpg(self.process.pid, sig)
                self.process.wait(timeout=wait_s)
                return
            except subprocess.TimeoutExpired:
                continue
            except ProcessLookupError:
                return


def deploy(settings: Settings) -> None:
    """Deploy the application on the connected Ray; returns once every deployment is running."""
    from ray import serve

    from medgate.serving.builder import build_app

    serve.start(http_options={"host": settings.host, "port": settings.port})
    serve.run(build_app(settings), name=APP_NAME, route_prefix="/", blocking=False)


def serve_forever(settings: Settings) -> int:
    if any(m.embedded for m in settings.models):
        print(
            "NOTE: serving the embedded tiny model with RANDOM weights: its answers are meaningless. "
            "Give a real checkpoint with `medgate serve --model PATH`.",
            flush=True,
        )
    print("Starting Ray Serve and the engine (the first start takes a minute or two)...", flush=True)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    if settings.ray.address is not None:
        import ray

        ray.init(address=settings.ray.address)
        return _run(settings, stop)
    head = LocalRayHead(  # before ray is imported: see its token
        # logical CPUs: the gateway, each engine's bundle, and room to start replicas (2 more per guard model)
        num_cpus=settings.ray.num_cpus or max(4 + 2 * len(settings.guard_models), os.cpu_count() or 1),
        metrics_export_port=settings.ray.metrics_export_port,
        frontend=settings.gateway.http_frontend,
        serve_port=settings.port,
        log_path=settings.audit.dir.expanduser().parent / "ray-head.log",
    )
    with head:
        return _run(settings, stop)


def _run(settings: Settings, stop: threading.Event) -> int:

    deploy(settings)
    for sig in (signal.SIGINT, signal.SIGTERM):  # ray.init() installed its own handlers, which abort at once
        signal.signal(sig, lambda *_: stop.set())
    names = ", ".join(m.name for m in settings.models)
    print(
        f"medgate is ready on http://{settings.host}:{settings.port}/v1 (models: {names}). Ctrl-C stops it.", flush=True
    )
    stop.wait()
    print("Draining in-flight requests and shutting down...", flush=True)
    _drain_and_stop(settings.limits.drain_timeout_s)
    return 0


def _drain_and_stop(drain_timeout_s: float) -> None:
    """Delete the application, which drains it, then stop Serve.

    Deleting first: replicas stop taking requests and finish their in-flight ones (up to ``drain_timeout_s``,
    after which the controller kills them) while the HTTP proxy still streams their answers; serve.shutdown()
    alone would kill the proxy, and with it every open connection, at once. Ray's blocking delete gives up after
    60 s whatever the deployments' limit, so a longer drain is waited for here.
    """
    from ray import serve

    started = time.monotonic()
    try:
        serve.delete(APP_NAME)
    except TimeoutError:
        deadline = started + drain_timeout_s + _DELETE_MARGIN_S
        while APP_NAME in serve.status().applications and time.monotonic() < deadline:
            time.sleep(0.5)
    print(f"Drained and deleted the application in {time.monotonic() - started:.1f} s.", flush=True)
    serve.shutdown()
    print(f"Ray Serve stopped {time.monotonic() - started:.1f} s after the signal.", flush=True)
