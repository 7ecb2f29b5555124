"""Tenant policy: loading, overrides and validation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from medgate.guardrails import GuardPolicy


def test_packaged_default_loads() -> None:
    policy = GuardPolicy.load()
    assert policy.input_stages == ["phi", "injection", "safety"]
    assert policy.action_for("phi") == "redact"
    assert policy.action_for("self_harm") == "block"
    assert policy.action_for("clinical_advice") == "review"
    assert policy.action_for("some_new_category") == "block"  # unknown categories fail closed
    assert policy.disclaimer.for_language("zh") != policy.disclaimer.for_language("en")


def test_tenant_override_is_deep_merged() -> None:
    policy = GuardPolicy.load()
    research = policy.for_tenant("research")
    assert research.action_for("phi") == "block"
    assert research.action_for("self_harm") == "block"  # untouched keys survive the merge
    nurse = policy.for_tenant("triage-nurse")
    assert nurse.action_for("clinical_advice") == "monitor"
    assert nurse.disclaimer.append_on_review is False
    assert nurse.disclaimer.en == policy.disclaimer.en
    assert policy.for_tenant("unknown-tenant") is policy
    assert policy.for_tenant("research") is research  # cached


def test_load_from_path(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(
        "stage_timeout_ms: 50\nstream_window_chars: 64\ndisclaimer: {en: Check with a doctor., zh: 请咨询医生。}\n"
    )
    policy = GuardPolicy.load(path)
    assert (policy.stage_timeout_ms, policy.stream_window_chars) == (50, 64)
    assert policy.actions == {}  # nothing listed: every category uses default_action
    assert policy.action_for("phi") == "block"


@pytest.mark.parametrize(
    "overrides",
    [
        {"actions": {"self_harm": "redact"}},  # nothing can redact a classifier category
        {"actions": {"phi": "ignore"}},
        {"input_stages": ["phi", "spellcheck"]},
        {"thresholds": {"self_harm": 1.5}},
        {"stream_window_chars": 4},
        {"tenants": {"bad": {"actions": {"phi": "shred"}}}},
        {"extra_validators": [{"name": "hub", "import_path": "guardrails.hub:X", "kwargs": {"use_local": False}}]},
        {"unknown_field": 1},
    ],
)
def test_invalid_policies_are_rejected(make_policy: Callable[..., GuardPolicy], overrides: dict) -> None:
    with pytest.raises(ValidationError):
        make_policy(**overrides)
