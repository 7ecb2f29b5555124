"""A trivial guardrails-ai validator for the network probe (plain or medgate)."""

from typing import Any

from guardrails import Validator, register_validator
from guardrails_ai.types import PassResult, ValidationResult


@register_validator(name="medgate-probe/echo", data_type="string")
class Echo(Validator):
    """Always passes."""

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        return PassResult()
