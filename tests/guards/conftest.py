"""Fixtures for the guard tests: policies built from the packaged default."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from medgate.guardrails import GuardPipeline, GuardPolicy


@pytest.fixture(scope="session")
def make_policy() -> Callable[..., GuardPolicy]:
    """A policy: the packaged default (without its tenants) with top-level fields replaced."""
    base = GuardPolicy.load().model_dump(exclude={"tenants"})

    def make(**overrides: Any) -> GuardPolicy:
        return GuardPolicy.model_validate({**base, **overrides})

    return make


@pytest.fixture(scope="session")
def phi_policy(make_policy: Callable[..., GuardPolicy]) -> GuardPolicy:
    """Default actions, classifier-free stages: PHI in, PHI + review out."""
    return make_policy(input_stages=["phi"], output_stages=["phi", "clinical_advice"])


@pytest.fixture(scope="session")
def phi_pipeline(phi_policy: GuardPolicy) -> GuardPipeline:
    return GuardPipeline.from_policy(phi_policy)


@pytest.fixture(scope="session")
def full_pipeline() -> GuardPipeline:
    """The packaged default policy with every stage (needs the classifier artifact)."""
    return GuardPipeline.from_policy(GuardPolicy.load())
