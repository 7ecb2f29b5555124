"""Fixtures for the safety classifier tests: the committed artifacts, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.guardrails.classifier import SafetyClassifier
from medgate.guardrails.injection import InjectionDetector

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.fixture(scope="session")
def classifier() -> SafetyClassifier:
    return SafetyClassifier.load()


@pytest.fixture(scope="session")
def detector(classifier: SafetyClassifier) -> InjectionDetector:
    return InjectionDetector(classifier)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "guard_dev.jsonl").exists():
        pytest.skip(f"shared data not present: {SHARED_DATA}")
    return SHARED_DATA
