"""The evaluation algebra of a guard check: run stages over texts, collect findings, turn them into a verdict.

Pure functions over a policy and texts; orchestration (per-request state, threads,
watchdogs) lives in ``pipeline.py`` and ``stream.py``. Any stage that raises, is
unavailable or overruns ``stage_timeout_ms`` blocks the check (``failed_closed=True``,
the stage named in ``reasons``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from guardrails_ai.types import FailResult, ValidationResult

from medgate.guardrails.language import language_of
from medgate.guardrails.policy import PHI_CATEGORY, GuardPolicy
from medgate.guardrails.stages import GuardUnavailable, Stage
from medgate.guardrails.validators.base import CATEGORIES, REASONS, SCORES
from medgate.guardrails.validators.phi import PHI_SPANS
from medgate.guardrails.verdict import ACTION_DECISION, Decision, GuardVerdict, StageResult, worst

if TYPE_CHECKING:
    from medgate.guardrails.phi import PhiSpan, Placeholders


@dataclass
class Progress:
    """Which stage a check is running, so a watchdog can name the one that hangs."""

    stage: str | None = None
    started: float = field(default_factory=time.perf_counter)

    def begin(self, stage: str) -> None:
        self.stage, self.started = stage, time.perf_counter()

    def elapsed_s(self) -> float:
        return time.perf_counter() - self.started


@dataclass
class Findings:
    """What the stages found in one text (offsets into that text)."""

    scores: dict[str, float] = field(default_factory=dict)
    fired: dict[str, list[str]] = field(default_factory=dict)  # category -> detail reasons
    phi: list[PhiSpan] = field(default_factory=list)
    extra_spans: list[tuple[str, int, int]] = field(default_factory=list)  # (category, start, end)
    unredactable: set[str] = field(default_factory=set)  # fired extras that gave no spans


@dataclass
class Evaluation:
    """Stage results over a batch of texts; ``failure`` is set when the check failed closed."""

    findings: list[Findings]
    stages: list[StageResult] = field(default_factory=list)
    failure: str | None = None


def evaluate(
    stages: Sequence[Stage],
    policy: GuardPolicy,
    texts: Sequence[str],
    progress: Progress,
    timeout_ms: float | None = None,
) -> Evaluation:
    """Run every stage over ``texts``; stop at the first stage that fails or overruns
    ``timeout_ms`` (default: the policy's ``stage_timeout_ms``)."""
    timeout_ms = policy.stage_timeout_ms if timeout_ms is None else timeout_ms
    evaluation = Evaluation([Findings() for _ in texts])
    checked = [i for i, text in enumerate(texts) if text.strip()]  # blank texts carry nothing to check
    for stage in stages:
        progress.begin(stage.name)
        fired: set[str] = set()
        error = None
        try:
            results = stage.run([texts[i] for i in checked]) if checked else []
            for i, result in zip(checked, results, strict=False):
                fired |= _absorb(evaluation.findings[i], stage, result)
        except GuardUnavailable as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - fail closed on anything a validator raises or returns
            error = f"stage {stage.name} raised {type(exc).__name__}"
        elapsed_ms = progress.elapsed_s() * 1000
        if error is None and elapsed_ms > timeout_ms:
            error = f"stage {stage.name} timed out ({elapsed_ms:.0f} ms > {timeout_ms:.0f} ms)"
        if error is not None:
            fail_closed(evaluation, stage.name, elapsed_ms, error)
            return evaluation
        decision: Decision = "allow"
        for category in fired:
            decision = worst(decision, ACTION_DECISION[policy.action_for(category)])
        evaluation.stages.append(StageResult(stage.name, decision, elapsed_ms, sorted(fired)))
    return evaluation


def fail_closed(evaluation: Evaluation, stage: str, elapsed_ms: float, reason: str) -> None:
    """Mark the evaluation blocked by ``stage`` (its StageResult carries the error, for counting)."""
    evaluation.stages.append(StageResult(stage, "block", elapsed_ms, [], error=reason))
    evaluation.failure = f"guard failed closed: {reason}"


def _absorb(found: Findings, stage: Stage, result: ValidationResult) -> set[str]:
    failed = isinstance(result, FailResult)
    if stage.extra is not None:  # a Hub/custom validator: its failure is the policy's category
        name = stage.extra.name
        found.scores[name] = max(found.scores.get(name, 0.0), 1.0 if failed else 0.0)
        if not failed:
            return set()
        found.fired.setdefault(name, [])
        spans = result.error_spans or []
        found.extra_spans += [(name, s.start, s.end) for s in spans]
        if not spans:
            found.unredactable.add(name)
        return {name}
    meta = result.metadata or {}
    for category, score in meta.get(SCORES, {}).items():
        found.scores[category] = max(found.scores.get(category, 0.0), score)
    found.phi += meta.get(PHI_SPANS, [])
    if not failed:
        return set()
    for category in meta.get(CATEGORIES, []):
        found.fired.setdefault(category, []).extend(meta.get(REASONS, []))
    return set(meta.get(CATEGORIES, []))


def redaction_spans(found: Findings, policy: GuardPolicy) -> list[PhiSpan]:
    """Spans the policy wants replaced by placeholders, in text order; overlaps are merged."""
    from medgate.guardrails.phi import PhiSpan

    spans = list(found.phi) if policy.action_for(PHI_CATEGORY) == "redact" else []
    spans += [PhiSpan(c.upper(), s, e, 1.0) for c, s, e in found.extra_spans if policy.action_for(c) == "redact"]
    merged: list[PhiSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = PhiSpan(last.type, last.start, max(last.end, span.end), last.score)
        else:
            merged.append(span)
    return merged


def build_verdict(
    policy: GuardPolicy,
    texts: Sequence[str],
    evaluation: Evaluation,
    placeholders: Sequence[Placeholders] | None,
    *,
    disclaim: bool = False,
) -> GuardVerdict:
    """Turn an evaluation into a verdict; ``placeholders`` (one per text) redact, None skips it."""
    findings = evaluation.findings
    scores: dict[str, float] = {}
    fired: dict[str, list[str]] = {}
    for found in findings:
        for category, score in found.scores.items():
            scores[category] = max(scores.get(category, 0.0), score)
        for category, details in found.fired.items():
            fired.setdefault(category, []).extend(d for d in details if d not in fired[category])
    categories = {c: c in fired for c in sorted(scores.keys() | fired.keys())}
    phi = [sorted(found.phi, key=lambda s: s.start) for found in findings]
    if evaluation.failure is not None:
        return GuardVerdict(
            decision="block",
            categories=categories,
            scores=scores,
            redacted_texts=[""] * len(texts),
            phi=phi,
            reasons=[evaluation.failure],
            stages=evaluation.stages,
            failed_closed=True,
        )
    decision: Decision = "allow"
    reasons: list[str] = []
    for category in sorted(fired):
        action = policy.action_for(category)
        if action == "redact" and any(category in f.unredactable for f in findings):
            action = "block"  # asked to redact, but the validator gave no spans to redact
        decision = worst(decision, ACTION_DECISION[action])
        reasons.append(f"{category}: {action}")
        reasons += fired[category]
    redacted = list(texts)
    if placeholders is not None:
        redacted = [
            ph.redact(t, spans) if (spans := redaction_spans(f, policy)) else t
            for t, f, ph in zip(texts, findings, placeholders, strict=False)
        ]
    review = any(policy.action_for(c) == "review" for c in fired)
    verdict = GuardVerdict(
        decision=decision,
        categories=categories,
        scores=scores,
        redacted_texts=redacted,
        phi=phi,
        review_required=review,
        reasons=reasons,
        stages=evaluation.stages,
    )
    if disclaim and review and decision != "block" and policy.disclaimer.append_on_review:
        verdict.disclaimer = policy.disclaimer.for_language(language_of(" ".join(texts)))
        verdict.redacted_texts[0] = f"{verdict.redacted_texts[0]}\n\n{verdict.disclaimer}"  # the answer's main text
    return verdict


def new_placeholders() -> Placeholders:
    """A fresh per-request placeholder map (raises GuardUnavailable if PHI code is missing)."""
    try:
        from medgate.guardrails.phi import Placeholders
    except ImportError as exc:
        raise GuardUnavailable(f"PHI placeholders unavailable: {exc}") from exc
    return Placeholders()
