"""The guard-model stage: a guard LLM asked about a request's prompt, or a piece of its answer, and its
verdict folded into the classifier's findings as the tenant's policy says.

The call goes through :class:`GuardModelClient` (the gateway implements it over the guard model's
Serve deployment), so this package never imports the serving layer. The guard model sees what the
chat model sees: the prompt after PHI redaction. A call that times out, errors or answers outside
the verdict grammar fails the check closed, like any other stage.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from medgate.guardrails.classifier.categories import CATEGORIES
from medgate.guardrails.evaluation import Evaluation, fail_closed
from medgate.guardrails.guard_model.adapters import GuardAdapter, ModelVerdict, UnparseableVerdict, literal
from medgate.guardrails.policy import CONTROVERSIAL_CATEGORY, Direction, GuardPolicy
from medgate.guardrails.verdict import ACTION_DECISION, Decision, StageResult, worst

STAGE = "guard_model"
# The classifier's safety categories: in ``uncertain_band`` mode the guard model's verdict replaces them.
SAFETY_CATEGORIES = tuple(c for c in CATEGORIES if c != "prompt_injection")
_SEVERITY = {"safe": 0, "controversial": 1, "unsafe": 2}

# vLLM's ``structured_outputs`` request field: {"regex": PATTERN} or {"choice": [TEXT, ...]}.
StructuredOutputs = dict[str, str | list[str]]


class GuardModelClient(Protocol):
    """A served guard model."""

    async def moderate(
        self, messages: list[dict[str, str]], *, structured: StructuredOutputs, max_tokens: int, tenant: str
    ) -> str:
        """The model's answer to ``messages`` (greedy, constrained by ``structured``); raises if it has none."""
        ...


@dataclass(frozen=True)
class GuardModelResult:
    """One check's outcome: the (worst) verdict over its calls, or why there is none."""

    verdict: ModelVerdict | None
    elapsed_ms: float
    error: str | None = None


class GuardModel:
    """One configured guard model: its adapter, its client and the size of what one call may carry."""

    def __init__(
        self, name: str, adapter: GuardAdapter, client: GuardModelClient, *, max_tokens: int, max_input_chars: int
    ) -> None:
        self.name = name
        self.adapter = adapter
        self._client = client
        self._max_tokens = max_tokens
        self._max_chars = max_input_chars

    def check_pins(self, policy: GuardPolicy) -> None:
        """Refuse (ValueError) a pinned verdict this model's adapter could not parse."""
        for direction, text in policy.guard_model.pinned_verdicts.items():
            try:
                self.adapter.parse(text, direction)
            except UnparseableVerdict as exc:
                raise ValueError(f"guard_model.pinned_verdicts.{direction}: {exc}") from None

    def needed(self, policy: GuardPolicy, evaluation: Evaluation) -> bool:
        """Whether this check asks the guard model: never once it is decided (failed, or blocked by another
        stage); in ``uncertain_band`` mode only when the classifier's highest safety score lies in the band."""
        if evaluation.failure is not None:
            return False
        settings = policy.guard_model
        if settings.mode == "both":
            return not any(stage.decision == "block" for stage in evaluation.stages)
        if any(stage.decision == "block" and stage.name != "safety" for stage in evaluation.stages):
            return False
        score = max((f.scores.get(c, 0.0) for f in evaluation.findings for c in SAFETY_CATEGORIES), default=0.0)
        low, high = settings.band
        return low <= score <= high

    async def check(
        self, policy: GuardPolicy, direction: Direction, prompt: str, answer: str | None, tenant: str
    ) -> GuardModelResult:
        """Moderate ``prompt`` (input) or ``answer`` after ``prompt`` (output), in pieces that fit one call,
        all at once; the worst verdict wins."""
        settings = policy.guard_model
        pinned = settings.pinned_verdicts.get(direction)
        structured: StructuredOutputs = (
            {"regex": literal(pinned)} if pinned is not None else {"regex": self.adapter.grammar(direction)}
        )
        if answer is None:
            conversations = [self.adapter.messages(piece, None) for piece in _pieces(prompt, self._max_chars)]
        else:
            half = self._max_chars // 2
            context = prompt[-half:]
            conversations = [self.adapter.messages(context, piece) for piece in _pieces(answer, half)]
        started = time.perf_counter()
        try:
            async with asyncio.timeout(settings.timeout_ms / 1000):
                answers = await asyncio.gather(
                    *(
                        self._client.moderate(c, structured=structured, max_tokens=self._max_tokens, tenant=tenant)
                        for c in conversations
                    )
                )
            verdicts = [self.adapter.parse(text, direction) for text in answers]
        except TimeoutError:
            return self._failed(started, f"stage {STAGE} timed out (> {settings.timeout_ms} ms)")
        except UnparseableVerdict as exc:
            return self._failed(started, f"stage {STAGE}: {exc}")
        except Exception as exc:  # noqa: BLE001 - a failed guard deployment blocks, never passes
            return self._failed(started, f"stage {STAGE} failed: {type(exc).__name__}")
        worst_verdict = max(verdicts, key=lambda v: _SEVERITY[v.label], default=ModelVerdict("safe"))
        listed = [c for v in verdicts if v.label == worst_verdict.label for c in v.model_categories]
        mapped = [c for v in verdicts if v.label == worst_verdict.label for c in v.categories]
        verdict = ModelVerdict(worst_verdict.label, tuple(dict.fromkeys(listed)), tuple(dict.fromkeys(mapped)))
        return GuardModelResult(verdict, _elapsed_ms(started))

    def combine(self, evaluation: Evaluation, result: GuardModelResult, policy: GuardPolicy) -> None:
        """Fold the guard model's verdict into ``evaluation`` (which build_verdict then decides on)."""
        if result.verdict is None:
            fail_closed(evaluation, STAGE, result.elapsed_ms, result.error or f"stage {STAGE} failed")
            return
        if policy.guard_model.mode == "uncertain_band":  # in the band, the guard model decides instead
            for found in evaluation.findings:
                for category in SAFETY_CATEGORIES:
                    found.fired.pop(category, None)
        verdict = result.verdict
        fired = fired_categories(verdict)
        decision: Decision = "allow"
        if fired and evaluation.findings:
            found = evaluation.findings[0]  # the guard model judged the request's texts together
            reason = f"{STAGE} {self.adapter.name}: {verdict.label} ({', '.join(verdict.model_categories)})"
            for category in fired:
                found.fired.setdefault(category, []).append(reason)
                found.scores[category] = 1.0
                decision = worst(decision, ACTION_DECISION[policy.action_for(category)])
        evaluation.stages.append(StageResult(STAGE, decision, result.elapsed_ms, sorted(fired)))

    def _failed(self, started: float, reason: str) -> GuardModelResult:
        return GuardModelResult(None, _elapsed_ms(started), reason)


def fired_categories(verdict: ModelVerdict) -> list[str]:
    """medgate's categories a verdict fires: its mapped categories when unsafe, ``controversial`` when
    controversial (the policy's ``guard_model.controversial`` decides that one), none when safe."""
    if verdict.label == "unsafe":
        return list(verdict.categories)
    return [CONTROVERSIAL_CATEGORY] if verdict.label == "controversial" else []


def _pieces(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters (one call each); none for a blank text."""
    return [text[i : i + size] for i in range(0, len(text), size)] if text.strip() else []


def _elapsed_ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def joined(texts: Sequence[str]) -> str:
    """A request's texts as one conversation turn for the guard model."""
    return "\n\n".join(t for t in texts if t.strip())
