"""Shared conventions for medgate's guardrails-ai validators.

Every medgate check is a ``guardrails.Validator`` subclass registered under
``medgate/...``; it returns ``PassResult``/``FailResult`` as guardrails expects.
Results carry, in ``metadata``, the scores (``"scores"``: category -> float) and
fired categories (``"categories"``) the pipeline turns into a verdict.
``validate_many`` checks a batch in one call (the classifier scores a batch at once).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from guardrails import OnFailAction, Validator
from guardrails_ai.types import ErrorSpan, FailResult, PassResult, ValidationResult

SCORES = "scores"
CATEGORIES = "categories"
REASONS = "reasons"


class MedgateValidator(Validator):
    """A guardrails-ai validator that can also check a batch of texts at once."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["use_local"] = True  # never the hub's remote inference
        super().__init__(on_fail=OnFailAction.NOOP, **kwargs)

    def validate_many(self, values: Sequence[str], metadata: dict[str, Any]) -> list[ValidationResult]:
        """One result per value; subclasses override to batch their model calls."""
        return [self.validate(value, metadata) for value in values]


def validate_many(validator: Validator, values: Sequence[str], metadata: dict[str, Any]) -> list[ValidationResult]:
    """Run any guardrails validator (ours or a Hub one) over a batch of texts."""
    if isinstance(validator, MedgateValidator):
        return validator.validate_many(values, metadata)
    return [validator.validate(value, metadata) for value in values]


def verdict_result(
    scores: dict[str, float],
    fired: list[str],
    message: str,
    *,
    spans: list[ErrorSpan] | None = None,
    fix_value: str | None = None,
    reasons: list[str] | None = None,
    **extra: Any,
) -> ValidationResult:
    """A PassResult when nothing fired, else a FailResult naming the fired categories."""
    metadata = {SCORES: scores, CATEGORIES: fired, **({REASONS: reasons} if reasons is not None else {}), **extra}
    if not fired:
        return PassResult(metadata=metadata)
    return FailResult(error_message=message, metadata=metadata, error_spans=spans, fix_value=fix_value)
