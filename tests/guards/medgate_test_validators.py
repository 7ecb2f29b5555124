"""Validators for the guard tests: real guardrails-ai validators that misbehave on purpose.

Policies load them by import path (``medgate_test_validators:Raising``), exactly as a
tenant would add a Hub validator.
"""

from __future__ import annotations

import time
from typing import Any

from guardrails import Validator, register_validator
from guardrails_ai.types import FailResult, PassResult, ValidationResult


@register_validator(name="medgate-test/raises", data_type="string")
class Raising(Validator):
    """Raises on every call, with the checked text in the message (which must not leak)."""

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        raise RuntimeError(f"boom on {value}")


@register_validator(name="medgate-test/sleeps", data_type="string")
class Sleeping(Validator):
    """Sleeps ``seconds`` then passes."""

    def __init__(self, seconds: float = 1.0, **kwargs: Any) -> None:
        super().__init__(seconds=seconds, **kwargs)
        self._seconds = seconds

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        time.sleep(self._seconds)
        return PassResult()


@register_validator(name="medgate-test/spins", data_type="string")
class Spinning(Validator):
    """Computes (a Python loop, holding its CPU) for ``seconds`` of wall time, then passes."""

    def __init__(self, seconds: float = 1.0, **kwargs: Any) -> None:
        super().__init__(seconds=seconds, **kwargs)
        self._seconds = seconds

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        end = time.perf_counter() + self._seconds
        while time.perf_counter() < end:
            pass
        return PassResult()


@register_validator(name="medgate-test/word", data_type="string")
class Word(Validator):
    """Fails on ``word``, without error spans (so it cannot be redacted)."""

    def __init__(self, word: str, **kwargs: Any) -> None:
        super().__init__(word=word, **kwargs)
        self._word = word

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        if self._word in value:
            return FailResult(error_message=f"found {self._word}")
        return PassResult()


@register_validator(name="medgate-test/returns-none", data_type="string")
class ReturnsNone(Validator):
    """Breaks the validator contract: returns None instead of a ValidationResult."""

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        return None  # type: ignore[return-value]
