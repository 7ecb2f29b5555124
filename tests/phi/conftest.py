"""Fixtures for the PHI tests: one shared detector and a seeded random generator."""

import random

import pytest

from medgate.guardrails.phi import PhiDetector


@pytest.fixture(scope="session")
def detector() -> PhiDetector:
    return PhiDetector()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(20261127)
