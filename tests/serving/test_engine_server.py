"""The engine replica's stream batching (``medgate.serving.engine_server``), on timed stand-in sources."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from medgate.serving.engine_server import EngineServer, ramped_batches


async def timed(items: list[tuple[float, str]], error: Exception | None = None) -> AsyncIterator[str]:
    """Yields each item after its delay (seconds since the previous one), then raises ``error`` if given."""
    for delay, item in items:
        await asyncio.sleep(delay)
        yield item
    if error is not None:
        raise error


async def collect(source: AsyncIterator[str], interval_s: float) -> list[tuple[float, list[str]]]:
    start = time.perf_counter()
    return [(time.perf_counter() - start, batch) async for batch in ramped_batches(source, interval_s)]


def test_the_first_item_leaves_at_once_and_later_ones_in_growing_batches() -> None:
    tokens = [(0.03, "role")] + [(0.002, f"t{i}") for i in range(150)]
    batches = asyncio.run(collect(timed(tokens), interval_s=0.05))

    assert [item for _, batch in batches for item in batch] == [item for _, item in tokens]
    first_at, first = batches[0]
    assert first == ["role"] and first_at < 0.045  # Ray's own batcher: not before its 50 ms tick
    sizes = [len(batch) for _, batch in batches]
    assert sizes[1] < sizes[4], sizes  # waits double: later batches hold more tokens
    assert len(batches) < len(tokens) / 3  # still batched: far fewer messages than tokens


def test_a_finished_stream_is_not_held_for_the_interval() -> None:
    batches = asyncio.run(collect(timed([(0.0, "a"), (0.001, "b"), (0.001, "c")]), interval_s=5.0))
    assert [item for _, batch in batches for item in batch] == ["a", "b", "c"]
    assert batches[-1][0] < 1.0


def test_an_error_of_the_engine_stream_comes_after_the_items_before_it() -> None:
    seen: list[str] = []

    async def run() -> None:
        async for batch in ramped_batches(timed([(0.0, "a"), (0.01, "b")], RuntimeError("engine died")), 0.05):
            seen.extend(batch)

    with pytest.raises(RuntimeError, match="engine died"):
        asyncio.run(run())
    assert seen == ["a", "b"]


def test_closing_the_batches_cancels_the_engine_stream() -> None:
    cancelled = asyncio.Event()

    async def endless() -> AsyncIterator[str]:
        try:
            while True:
                await asyncio.sleep(0.001)
                yield "t"
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def run() -> None:
        batches = ramped_batches(endless(), 0.05)
        await anext(batches)
        await batches.aclose()  # what Serve does when the caller stops reading
        await asyncio.wait_for(cancelled.wait(), 1.0)

    asyncio.run(run())


def test_the_engine_replica_batches_with_it() -> None:
    assert EngineServer._batch_output_stream is not EngineServer.__mro__[1]._batch_output_stream
