"""``medgate/phi``: finds protected health information in a text."""

from __future__ import annotations

from typing import Any

from guardrails import register_validator
from guardrails_ai.types import ErrorSpan, ValidationResult

from medgate.guardrails.policy import PHI_CATEGORY
from medgate.guardrails.validators.base import MedgateValidator, verdict_result

PHI_SPANS = "phi_spans"


@register_validator(name="medgate/phi", data_type="string")
class PhiValidator(MedgateValidator):
    """Fails when the detector finds PHI; ``metadata["phi_spans"]`` lists the spans.

    Redaction is left to the caller, which owns the request's placeholders.
    """

    def __init__(self, detector: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._detector = detector

    def _validate(self, value: str, metadata: dict[str, Any]) -> ValidationResult:
        spans = self._detector.detect(value)
        score = max((s.score for s in spans), default=0.0)
        return verdict_result(
            {PHI_CATEGORY: score},
            [PHI_CATEGORY] if spans else [],
            f"PHI found: {', '.join(sorted({s.type for s in spans}))}",
            spans=[ErrorSpan(start=s.start, end=s.end, reason=s.type) for s in spans],
            **{PHI_SPANS: spans},
        )
