"""An in-process gateway (real guards, limits, audit) over a scripted stand-in engine, for attack tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from medgate.testing.fake_engine import FakeEngine
from medgate.testing.in_process import InProcessGateway, in_process_gateway, settings_for_tests
from tests.security.attack import KEY, MODEL, OTHER_KEY


@pytest.fixture()
def engine() -> FakeEngine:
    return FakeEngine()


@pytest_asyncio.fixture()
async def gw(tmp_path: Path, engine: FakeEngine) -> AsyncIterator[InProcessGateway]:
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY, "ward-b": OTHER_KEY})
    async with in_process_gateway(settings, {MODEL: engine}, KEY) as gateway:
        yield gateway
