"""``medgate/regex``: a tenant-configured pattern (e.g. internal host names, codes)."""

from __future__ import annotations

import re
from typing import Any

from guardrails import register_validator
from guardrails_ai.types import ErrorSpan, ValidationResult

from medgate.guardrails.validators.base import MedgateValidator, verdict_result


@register_validator(name="medgate/regex", data_type="string")
class RegexValidator(MedgateValidator):
    """Fails when ``pattern`` matches; ``fix_value`` has the matches replaced."""

    def __init__(self, pattern: str, category: str = "regex", replacement: str = "[REDACTED]", **kwargs: Any) -> None:
        super().__init__(pattern=pattern, category=category, replacement=replacement, **kwargs)
        self._pattern = re.compile(pattern)
        self._category = category
        self._replacement = replacement

    def _validate(self, value: str, metadata: dict[str, Any]) -> ValidationResult:
        matches = list(self._pattern.finditer(value))
        return verdict_result(
            {self._category: 1.0 if matches else 0.0},
            [self._category] if matches else [],
            f"{self._category}: pattern matched",
            spans=[ErrorSpan(start=m.start(), end=m.end(), reason=self._category) for m in matches],
            fix_value=self._pattern.sub(self._replacement, value) if matches else None,
        )
