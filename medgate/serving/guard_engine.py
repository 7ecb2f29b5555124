"""Guard models on the engine pool: their Serve LLM deployments, and the client the guard pipeline calls.

A guard model is deployed exactly like a chat model (``engine_config``: CPU engine on the embedded
default, GPU bundles where ``gpus_per_replica`` is set), under the prefix ``Guard:``; the gateway
reaches it only through :class:`ServeGuardClient`, never as a model clients can name. Each call is
a greedy chat request, its answer constrained to the adapter's verdict grammar by vLLM structured
outputs, and keyed with the tenant's prefix-cache salt like every engine request of that tenant.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

from ray.serve.deployment import Application
from ray.serve.llm import build_llm_deployment
from ray.serve.llm.openai_api_models import ChatCompletionRequest

from medgate.guardrails import GuardModel
from medgate.guardrails.guard_model import StructuredOutputs, adapter_for
from medgate.serving.config import GuardModelConfig, LimitsConfig
from medgate.serving.engine import engine_config
from medgate.serving.engine_client import EngineClient
from medgate.serving.openai_wire import check_engine_item, choices_of, packets, parse_packet, text_of


def guard_deployment(model: GuardModelConfig, path: Path, limits: LimitsConfig) -> Application:
    """The guard model's own LLMServer deployment (named ``Guard:<name>``)."""
    return build_llm_deployment(engine_config(model, path, limits), name_prefix="Guard:")


class ServeGuardClient:
    """A guard model's deployment, as the guard pipeline's ``GuardModelClient``."""

    def __init__(self, name: str, engine: EngineClient, salt: Callable[[str], str]) -> None:
        self._name = name
        self._engine = engine
        self._salt = salt

    async def moderate(
        self, messages: list[dict[str, str]], *, structured: StructuredOutputs, max_tokens: int, tenant: str
    ) -> str:
        request = ChatCompletionRequest.model_validate(
            {
                "model": self._name,
                "messages": messages,
                "max_completion_tokens": max_tokens,
                "temperature": 0.0,
                "structured_outputs": structured,
                "cache_salt": self._salt(tenant),
                "request_id": f"guard-{uuid.uuid4().hex}",
            }
        )
        answer = self._engine.generate(request)
        item = check_engine_item(await anext(answer))
        body = parse_packet(packets(item)[0])
        choices = choices_of(body) if body is not None else []
        message = choices[0].get("message") if choices else None
        if not isinstance(message, dict):
            raise RuntimeError("the guard model returned no message")
        return text_of(message, "content")


def guard_models(
    configs: list[GuardModelConfig], engines: Mapping[str, EngineClient], salt: Callable[[str], str]
) -> dict[str, GuardModel]:
    """The guard pipeline's view of each configured guard model."""
    return {
        config.name: GuardModel(
            config.name,
            adapter_for(config.adapter),
            ServeGuardClient(config.name, engines[config.name], salt),
            max_tokens=config.max_tokens,
            max_input_chars=config.max_input_chars,
        )
        for config in configs
    }
