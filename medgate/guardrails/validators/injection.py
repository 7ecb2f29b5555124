"""``medgate/injection``: prompt-injection and jailbreak attempts in user input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from guardrails import register_validator
from guardrails_ai.types import ValidationResult

from medgate.guardrails.validators.base import MedgateValidator, verdict_result

INJECTION_CATEGORY = "prompt_injection"


@register_validator(name="medgate/injection", data_type="string")
class InjectionValidator(MedgateValidator):
    """Fails when the injection detector's score reaches its threshold."""

    def __init__(self, detector: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._detector = detector

    def _validate(self, value: str, metadata: dict[str, Any]) -> ValidationResult:
        return self.validate_many([value], metadata)[0]

    def validate_many(self, values: Sequence[str], metadata: dict[str, Any]) -> list[ValidationResult]:
        """Scores the batch (whole texts and their segments) in one classifier call."""
        results = []
        for score, reasons in self._detector.score_batch(list(values)):
            fired = [INJECTION_CATEGORY] if score >= self._detector.threshold else []
            results.append(
                verdict_result(
                    {INJECTION_CATEGORY: float(score)},
                    fired,
                    "prompt injection suspected",
                    reasons=[f"{INJECTION_CATEGORY}: {r}" for r in reasons] if fired else [],
                )
            )
        return results
