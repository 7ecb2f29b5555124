"""The evaluation algebra of a guard check: run stages over texts, collect findings, turn them into a verdict.

Pure functions over a policy and texts; orchestration (per-request state, threads,
watchdogs) lives in ``pipeline.py`` and ``stream.py``. Any stage that raises, is
unavailable, computes past ``stage_timeout_ms`` of CPU or is still running after ``stage_wall_timeout_ms``
blocks the check (``failed_closed=True``, the stage named in ``reasons``).
"""

from __future__ import annotations

import threading
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
    """Which stage a check is running and what it has used, so a watchdog can stop the one that overruns.

    A stage's budget is CPU time on its own thread (``cpu_limit_ms``): on a machine shared with an engine or
    with other requests' checks, wall time measures the neighbours, and a wall-clock budget turned a crowded
    gateway's correct checks into fail-closed answers (16 streams on 2 cores: 3 ms PHI checks ran past 1 s,
    the shed requests were resent and the goodput fell below that of 8 streams). The wall-clock limit
    (``wall_limit_ms``) still stops a stage that waits, not computes: a hung call, or a process starved for
    seconds."""

    cpu_limit_ms: float
    wall_limit_ms: float
    stage: str | None = None
    started: float = field(default_factory=time.perf_counter)
    _cpu_clock: int | None = None
    _cpu_started: float = 0.0

    @classmethod
    def of(cls, policy: GuardPolicy, texts: int = 1) -> Progress:
        """The policy's limits, for a stage that checks ``texts`` texts in one run."""
        scale = max(1, texts)
        return cls(policy.stage_timeout_ms * scale, policy.stage_wall_timeout_ms * scale)

    def begin(self, stage: str) -> None:
        """Called by the worker thread as it starts ``stage``."""
        self.stage, self.started = stage, time.perf_counter()
        self._cpu_clock = _thread_cpu_clock()
        self._cpu_started = _cpu_seconds(self._cpu_clock) or 0.0

    def elapsed_s(self) -> float:
        return time.perf_counter() - self.started

    def cpu_s(self) -> float:
        """CPU seconds the stage's thread has used since it began (wall seconds where it has no CPU clock)."""
        now = _cpu_seconds(self._cpu_clock)
        return self.elapsed_s() if now is None else now - self._cpu_started

    def overrun(self) -> str | None:
        """Why the running stage must be stopped, or None while it is within both limits."""
        wall_ms, cpu_ms = self.elapsed_s() * 1000, self.cpu_s() * 1000
        if cpu_ms > self.cpu_limit_ms:
            return f"stage {self.stage} timed out ({cpu_ms:.0f} ms of CPU > {self.cpu_limit_ms:.0f} ms)"
        if wall_ms > self.wall_limit_ms:
            return (
                f"stage {self.stage} timed out (running {wall_ms:.0f} ms > {self.wall_limit_ms:.0f} ms, "
                f"{cpu_ms:.0f} ms of it on CPU: waiting, or starved of CPU)"
            )
        return None


def _thread_cpu_clock() -> int | None:
    """The calling thread's CPU-time clock id, where the platform has per-thread clocks."""
    try:
        return time.pthread_getcpuclockid(threading.get_ident())
    except (AttributeError, OSError):
        return None


def _cpu_seconds(clock: int | None) -> float | None:
    """A thread CPU clock's reading; None without one (or once its thread has gone)."""
    if clock is None:
        return None
    try:
        return time.clock_gettime(clock)
    except OSError:
        return None


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
) -> Evaluation:
    """Run every stage over ``texts``; stop at the first stage that fails or overruns ``progress``'s limits."""
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
        error = error or progress.overrun()
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
