"""Reliability tests: the repo root on sys.path (for ``loadtests``), and the module with its own gateway last."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for `loadtests`

OWN_GATEWAY_MODULE = "test_resilience.py"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run test_resilience.py (it kills replicas and shuts its gateway down) after every other test."""
    last = [item for item in items if item.path.name == OWN_GATEWAY_MODULE]
    items[:] = [item for item in items if item.path.name != OWN_GATEWAY_MODULE] + last
