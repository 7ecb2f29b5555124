"""How the request path talks to an engine: a small protocol, and its implementation over a Serve handle.

The request path only needs three calls of an engine deployment; naming them here lets
the gateway's own logic run in-process against a stand-in engine in unit tests
(``medgate.testing.fake_engine``), while production calls Ray Serve LLM's ``LLMServer``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

from ray.serve.handle import DeploymentHandle
from ray.serve.llm.openai_api_models import ChatCompletionRequest

from medgate.serving.openai_wire import EngineItem, EngineRequest


class EngineClient(Protocol):
    """One served model."""

    def generate(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        """The engine's answer: one response object, or a stream of SSE packets; cancelling it aborts generation."""
        ...

    async def check_health(self) -> None:
        """Raises when the engine cannot serve."""
        ...


class ServeEngine:
    """An ``LLMServer`` deployment reached through its Serve handle."""

    def __init__(self, handle: DeploymentHandle) -> None:
        self._handle = handle
        self._streaming = handle.options(stream=True)

    def generate(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        method = self._streaming.chat if isinstance(request, ChatCompletionRequest) else self._streaming.completions
        return method.remote(request, None)  # type: ignore[no-any-return]  # a DeploymentResponseGenerator

    async def check_health(self) -> None:
        await self._handle.check_health.remote()
