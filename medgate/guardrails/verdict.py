"""What a guard check returns: per-stage results and the overall verdict."""

from __future__ import annotations

from collections import Counter
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


@dataclass(kw_only=True)
class GuardVerdict:
    """The guard's decision for one request's input, or one answer.

    ``redacted_texts`` holds one text per input text with PHI replaced as the policy
    says; for an output verdict that needs physician review it also ends with the
    language-matched disclaimer (``disclaimer`` holds what was appended). A verdict
    that failed closed carries empty texts: nothing of it may be released.
    """

    decision: Decision = "allow"
    categories: dict[str, bool] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    redacted_texts: list[str] = field(default_factory=list)
    phi: list[list[PhiSpan]] = field(default_factory=list)
    review_required: bool = False
    reasons: list[str] = field(default_factory=list)
    stages: list[StageResult] = field(default_factory=list)
    failed_closed: bool = False
    disclaimer: str | None = None

    @property
    def phi_counts(self) -> dict[str, int]:
        """PHI spans found, per type, over every checked text."""
        return dict(Counter(span.type for spans in self.phi for span in spans))

    @classmethod
    def merged(cls, verdicts: list[GuardVerdict]) -> GuardVerdict:
        """One verdict over several checks (the strictest decision, every finding)."""
        merged = cls()
        for verdict in verdicts:
            merged.decision = worst(merged.decision, verdict.decision)
            for category, fired in verdict.categories.items():
                merged.categories[category] = merged.categories.get(category, False) or fired
            for category, score in verdict.scores.items():
                merged.scores[category] = max(merged.scores.get(category, 0.0), score)
            merged.redacted_texts += verdict.redacted_texts
            merged.phi += verdict.phi
            merged.review_required = merged.review_required or verdict.review_required
            merged.reasons += [r for r in verdict.reasons if r not in merged.reasons]
            merged.stages += verdict.stages
            merged.failed_closed = merged.failed_closed or verdict.failed_closed
        return merged

    @property
    def fired(self) -> list[str]:
        """The categories that fired."""
        return [name for name, fired in self.categories.items() if fired]

    @property
    def blocked(self) -> bool:
        """True when nothing of the checked text may reach the model or the client."""
        return self.decision == "block"
