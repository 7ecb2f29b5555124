"""``medgate/clinical_advice``: answers giving diagnosis, dosing or treatment advice."""

from __future__ import annotations

from typing import Any

from guardrails import register_validator
from guardrails_ai.types import ErrorSpan, ValidationResult

from medgate.guardrails.clinical_advice import ClinicalAdviceDetector
from medgate.guardrails.policy import CLINICAL_ADVICE_CATEGORY
from medgate.guardrails.validators.base import MedgateValidator, verdict_result


@register_validator(name="medgate/clinical_advice", data_type="string")
class ClinicalAdviceValidator(MedgateValidator):
    """Fails (for physician review, not refusal) when an answer gives clinical advice."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._detector = ClinicalAdviceDetector()

    def _validate(self, value: str, metadata: dict[str, Any]) -> ValidationResult:
        findings = self._detector.detect(value)
        reasons = sorted({f.reason for f in findings})
        return verdict_result(
            {CLINICAL_ADVICE_CATEGORY: 1.0 if findings else 0.0},
            [CLINICAL_ADVICE_CATEGORY] if findings else [],
            "; ".join(reasons),
            spans=[ErrorSpan(start=f.start, end=f.end, reason=f.reason) for f in findings],
            reasons=reasons,
        )
