"""What a guard check returns: per-stage results and the overall verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from medgate.guardrails.phi import PhiSpan

Decision = Literal["allow", "redact", "review", "block"]
Action = Literal["block", "redact", "review", "monitor"]

DECISION_RANK: dict[str, int] = {"allow": 0, "redact": 1, "review": 2, "block": 3}
ACTION_DECISION: dict[str, Decision] = {
    "monitor": "allow",
    "redact": "redact",
    "review": "review",
    "block": "block",
}


def worst(a: Decision, b: Decision) -> Decision:
    """The stricter of two decisions."""
    return a if DECISION_RANK[a] >= DECISION_RANK[b] else b


@dataclass
class StageResult:
    """Outcome of one stage (validator) over the texts of one check."""

    name: str
    decision: Decision
    latency_ms: float
    categories: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class GuardVerdict:
    """The guard's decision for one request's input, or one answer.

    ``redacted_texts`` holds one text per input text with PHI replaced as the policy
    says; for an output verdict that needs physician review it also ends with the
    language-matched disclaimer (``disclaimer`` holds what was appended). A verdict
    that failed closed carries empty texts: nothing of it may be released.
    """

    decision: Decision
    categories: dict[str, bool]
    scores: dict[str, float]
    redacted_texts: list[str]
    phi: list[list[PhiSpan]]
    phi_counts: dict[str, int]
    review_required: bool
    reasons: list[str]
    stages: list[StageResult]
    failed_closed: bool = False
    disclaimer: str | None = None

    @property
    def blocked(self) -> bool:
        """True when nothing of the checked text may reach the model or the client."""
        return self.decision == "block"
