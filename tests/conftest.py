"""Shared fixtures: one real gateway (Ray Serve + vLLM CPU engine + guards) for the whole test session.

It is started the way a user starts it, ``medgate serve --config FILE``, in its own
process (``medgate.testing.servers``, shared with the load tools), and is stopped
(SIGTERM, drain) at the end of the session. Request-path logic without Ray and vLLM
is tested in-process (``tests/serving/test_request_path.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
import yaml

from medgate.testing.servers import LiveGateway, free_port, medgate_config, start_medgate

# Triton kernels are tested on CPU through Triton's interpreter. Triton reads this when a kernel is
# defined, so it is set here, before any test module (or vLLM) imports triton.
if not torch.cuda.is_available():
    os.environ.setdefault("TRITON_INTERPRET", "1")

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEFAULT_POLICY = Path(__file__).resolve().parents[1] / "medgate" / "guardrails" / "policies" / "default.yaml"
STARTUP_TIMEOUT_S = float(os.environ.get("MEDGATE_TEST_STARTUP_TIMEOUT", "420"))
# A shared gateway is stopped hard after a short grace: its graceful drain and shutdown are tested on their own
# (tests/reliability), and waiting them out at every module's end cost about a minute each.
STOP_GRACE_S = 5
TEST_KEYS = {"ward-a": "test-key-ward-a-0123456789abcdef0123", "ward-b": "test-key-ward-b-0123456789abcdef0123"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="also run tests marked slow (long load/soak runs)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow test: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveGateway]:
    """The session's gateway: the tiny model on the CPU engine, two tenants, the default policy except that
    ward-b lets PHI through to the engine (so the OUTPUT guard has identifiers to redact)."""
    root = tmp_path_factory.mktemp("gateway")
    policy = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    policy.setdefault("tenants", {})["ward-b"] = {"input_stages": [s for s in policy["input_stages"] if s != "phi"]}
    policy_path = root / "policy.yaml"
    policy_path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    config = medgate_config(root, port=free_port(), max_num_seqs=32, guard_policy=policy_path)
    config["openapi_docs"] = True  # schemathesis reads /openapi.json
    keys = ",".join(f"{tenant}:{key}" for tenant, key in TEST_KEYS.items())
    server = start_medgate(config, root, api_keys=keys, api_key=TEST_KEYS["ward-a"])
    try:
        server.wait_ready(STARTUP_TIMEOUT_S)
        yield LiveGateway(
            server,
            api_key=TEST_KEYS["ward-a"],
            tenant="ward-a",
            other_api_key=TEST_KEYS["ward-b"],
            other_tenant="ward-b",
        )
    finally:
        server.stop(grace_s=STOP_GRACE_S)
