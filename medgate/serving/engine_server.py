"""The engine replica: Ray Serve LLM's ``LLMServer`` with a stream batcher that does not hold back a stream's start.

Ray Serve LLM sends a streamed answer from the engine replica to its caller in batches, one every
``stream_batching_interval_ms`` (50 ms by default), the first one an interval after the request reached the
replica: each message through Ray costs CPU on both sides, so batching is what keeps many concurrent streams
cheap. It also holds the first tokens back: with one stream, vLLM's first token (about 10 ms in on the tiny
CPU model) leaves the replica at 50 ms, and the output guard's first window, a few tokens long, waits for that
tick. What it changed, measured: docs/RESULTS.md section 1 (more throughput at 8 and 32 streams; at one stream
the gateway's first text came sooner but the client's did not).

``ramped_batches`` sends the first batch as soon as anything is there, then waits 5, 10, 20, ... ms after the
first item of each batch, up to the interval: a stream's start goes out at once, and a long stream is batched
as before. Ray Serve LLM asks ``_batch_output_stream`` for the batching of every streamed call (its one seam for
it; the Ray pin in pyproject.toml keeps it stable, and the engine tests run through it).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TypeVar

from ray.serve.llm import LLMServer

T = TypeVar("T")

FIRST_DELAY_S = 0.005  # the second batch's wait; each later one doubles it, up to the configured interval


async def ramped_batches(source: AsyncIterator[T], interval_s: float) -> AsyncIterator[list[T]]:
    """Everything ``source`` yields, in order, in lists: the first list as soon as an item is there, later ones
    after a wait (from their first item) that doubles from ``FIRST_DELAY_S`` up to ``interval_s``.

    The source is read by a task of its own, so it never waits for the consumer; closing this generator (the
    caller went away) cancels that task, which aborts the generation. An error of the source is raised after
    the items before it were yielded.
    """
    pending: list[T] = []
    arrived = asyncio.Event()
    finished = asyncio.Event()

    async def read() -> None:
        try:
            async for item in source:
                pending.append(item)
                arrived.set()
        finally:
            finished.set()
            arrived.set()

    reader = asyncio.create_task(read())
    delay = 0.0
    try:
        while True:
            await arrived.wait()
            if delay > 0 and not finished.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(finished.wait(), delay)
            arrived.clear()
            if pending:
                batch = pending[:]
                pending.clear()
                yield batch
                delay = min(interval_s, max(FIRST_DELAY_S, 2 * delay))
            if finished.is_set() and not pending:
                reader.result()
                return
    finally:
        if not reader.done():
            reader.cancel()


class EngineServer(LLMServer):  # type: ignore[misc]  # Ray's class is untyped
    """``LLMServer`` whose streamed answers are batched by ``ramped_batches``; everything else is Ray's."""

    def _batch_output_stream(self, generator: AsyncIterator[T]) -> AsyncIterator[list[T]]:
        interval_ms = self._get_batch_interval_ms()
        return ramped_batches(generator, interval_ms / 1000)
