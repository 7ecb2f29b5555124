"""``medgate/safety``: the medical safety classifier, scored in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from guardrails import register_validator
from guardrails_ai.types import ValidationResult

from medgate.guardrails.validators.base import MedgateValidator, verdict_result


@register_validator(name="medgate/safety", data_type="string")
class SafetyValidator(MedgateValidator):
    """Fails when any of ``categories`` scores at or above its threshold."""

    def __init__(self, classifier: Any, categories: Sequence[str], thresholds: dict[str, float], **kwargs: Any) -> None:
        super().__init__(categories=list(categories), thresholds=dict(thresholds), **kwargs)
        self._classifier = classifier
        self._columns = [(list(classifier.categories).index(c), c) for c in categories]
        self._thresholds = {c: thresholds.get(c, classifier.thresholds[c]) for c in categories}

    def _validate(self, value: str, metadata: dict[str, Any]) -> ValidationResult:
        return self.validate_many([value], metadata)[0]

    def validate_many(self, values: Sequence[str], metadata: dict[str, Any]) -> list[ValidationResult]:
        """Scores the whole batch in one classifier call."""
        matrix = self._classifier.score(list(values))
        results = []
        for row in matrix:
            scores = {c: float(row[i]) for i, c in self._columns}
            fired = [c for c, s in scores.items() if s >= self._thresholds[c]]
            results.append(verdict_result(scores, fired, f"unsafe: {', '.join(fired)}"))
        return results
