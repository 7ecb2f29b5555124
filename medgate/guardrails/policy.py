"""Tenant guard policy: which stages run, thresholds, and what each category triggers."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from medgate.guardrails.verdict import Action

Direction = Literal["input", "output"]
BuiltinStage = Literal["phi", "injection", "safety", "clinical_advice"]

GuardModelMode = Literal["off", "both", "uncertain_band"]
# Where the PHI detector's learned name tagger runs (phi/detector.py's ``TaggerScope``, checked against it by mypy)
PhiTaggerScope = Literal["off", "latin", "all"]

PHI_CATEGORY = "phi"
CLINICAL_ADVICE_CATEGORY = "clinical_advice"
CONTROVERSIAL_CATEGORY = "controversial"  # a guard model's middle verdict (Qwen3Guard's "Controversial")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PhiSettings(_Strict):
    """PHI detector settings; ``entities=None`` means every type the detector knows."""

    entities: list[str] | None = None
    min_score: float = Field(0.5, ge=0.0, le=1.0)
    # where the learned name tagger runs beside the rules (phi/README.md, "Learned name tagger"): nowhere, on
    # Latin script only, on all text; None: the detector's default (Latin)
    tagger: PhiTaggerScope | None = None


class Disclaimer(_Strict):
    """Text appended to answers that need physician review, per language."""

    append_on_review: bool = True
    en: str
    zh: str

    def for_language(self, lang: str) -> str:
        """The disclaimer in ``lang`` ("zh" or "en")."""
        return self.zh if lang == "zh" else self.en


class ExtraValidator(_Strict):
    """A trusted guardrails-ai validator (e.g. from the Hub) run as an extra stage.

    It sees text with PHI already replaced by placeholders; on failure its
    ``category`` fires with ``action`` (``redact`` applies its ``fix_value``).
    """

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    import_path: str = Field(pattern=r"^[\w.]+[:.]\w+$")
    kwargs: dict[str, Any] = Field(default_factory=dict)
    action: Action = "block"
    directions: list[Direction] = Field(default_factory=lambda: list[Direction](["input", "output"]))

    @model_validator(mode="after")
    def _local_only(self) -> ExtraValidator:
        if self.kwargs.get("use_local", True) is not True:
            raise ValueError(f"extra validator {self.name}: remote inference is not allowed")
        return self


class GuardModelPolicy(_Strict):
    """How a tenant uses the guard model the gateway's config serves (ignored where it serves none).

    ``both``: the guard model checks every text the classifier did not already block, and either one
    can block. ``uncertain_band``: the classifier decides clear cases; when its highest safety score
    lies within ``band`` the guard model's verdict replaces the classifier's safety categories.
    """

    mode: GuardModelMode = "both"
    model: str | None = None  # which configured guard model; None: the first
    directions: list[Direction] = Field(default_factory=lambda: list[Direction](["input", "output"]))
    band: tuple[float, float] = (0.2, 0.8)
    controversial: Literal["block", "review", "allow"] = "review"
    timeout_ms: int = Field(5000, gt=0)  # one guard-model call; past it the check fails closed
    # TEST SEAM, never for production: the guard model's answer is constrained to exactly this verdict text
    # (per direction) instead of its whole verdict grammar, so that a random-weight stand-in model gives the
    # verdict a test needs. It must parse as a verdict of the configured adapter.
    pinned_verdicts: dict[Direction, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _ordered_band(self) -> GuardModelPolicy:
        low, high = self.band
        if not 0.0 <= low <= high <= 1.0:
            raise ValueError("guard_model.band must be [low, high] with 0 <= low <= high <= 1")
        return self


class GuardPolicy(_Strict):
    """A tenant's guard policy. Load with :meth:`load`, specialise with :meth:`for_tenant`."""

    input_stages: list[BuiltinStage] = Field(default_factory=lambda: list[BuiltinStage](["phi", "injection", "safety"]))
    output_stages: list[BuiltinStage] = Field(
        default_factory=lambda: list[BuiltinStage](["phi", "safety", "clinical_advice"])
    )
    stage_timeout_ms: int = Field(1000, gt=0)  # CPU time a stage may use on its thread, then it fails closed
    stage_wall_timeout_ms: int = Field(5000, gt=0)  # how long a stage may run at all (a hung call, CPU starvation)
    stream_window_chars: int = Field(48, ge=16, le=4096)
    stream_first_window_chars: int = Field(16, ge=8, le=4096)  # the first check comes sooner: time to first token
    stream_max_holdback_chars: int = Field(256, ge=16, le=16384)  # longest run a stream may hold back unreleased
    allow_logprobs: bool = False  # logprobs of answers the guards left unchanged; withheld wherever they changed it
    phi: PhiSettings = PhiSettings()
    thresholds: dict[str, float] = Field(default_factory=dict)
    actions: dict[str, Action] = Field(default_factory=dict)
    default_action: Action = "block"
    disclaimer: Disclaimer
    extra_validators: list[ExtraValidator] = Field(default_factory=list)
    guard_model: GuardModelPolicy = GuardModelPolicy()
    tenants: dict[str, dict[str, Any]] = Field(default_factory=dict)

    _tenant_cache: dict[str, GuardPolicy] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> GuardPolicy:
        redactable = {PHI_CATEGORY} | {e.name for e in self.extra_validators}
        for category, action in self.actions.items():
            if action == "redact" and category not in redactable:
                raise ValueError(f"action 'redact' needs a stage that can redact; {category!r} has none")
        for category, value in self.thresholds.items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"threshold for {category!r} must be in [0, 1]")
        if self.stage_wall_timeout_ms < self.stage_timeout_ms:
            raise ValueError("stage_wall_timeout_ms must be at least stage_timeout_ms (CPU time never exceeds it)")
        names = [e.name for e in self.extra_validators]
        if len(names) != len(set(names)):
            raise ValueError("extra validator names must be unique")
        for tenant in self.tenants:
            self.for_tenant(tenant)  # surface a bad override at load time
        return self

    @classmethod
    def load(cls, path: Path | None = None) -> GuardPolicy:
        """Read a YAML policy; ``None`` reads the packaged ``policies/default.yaml``."""
        if path is None:
            text = resources.files("medgate.guardrails").joinpath("policies/default.yaml").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        return cls.model_validate(yaml.safe_load(text))

    def for_tenant(self, tenant: str) -> GuardPolicy:
        """This policy with ``tenants[tenant]`` deep-merged over it (itself if no override)."""
        if tenant not in self.tenants:
            return self
        if tenant not in self._tenant_cache:
            base = self.model_dump(exclude={"tenants"})
            self._tenant_cache[tenant] = GuardPolicy.model_validate(_deep_merge(base, self.tenants[tenant]))
        return self._tenant_cache[tenant]

    def action_for(self, category: str) -> Action:
        """The action a fired category triggers."""
        if category == CONTROVERSIAL_CATEGORY:
            return "monitor" if self.guard_model.controversial == "allow" else self.guard_model.controversial
        for extra in self.extra_validators:
            if extra.name == category:
                return self.actions.get(category, extra.action)
        return self.actions.get(category, self.default_action)

    def stages(self, direction: Direction) -> list[BuiltinStage]:
        """Built-in stages for one direction, in order."""
        return self.input_stages if direction == "input" else self.output_stages

    def extras(self, direction: Direction) -> list[ExtraValidator]:
        """Extra validators that apply to one direction."""
        return [e for e in self.extra_validators if direction in e.directions]


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged
