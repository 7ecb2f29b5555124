"""A streamed answer behind the guard model as well: text the classifier's StreamGuard released is held
until the guard model has passed it, window by window.

Each window the StreamGuard releases starts a guard-model call at once (with the windows before it
as context), so the calls run while the engine keeps generating; text leaves in order as its
call passes. Reading from the engine waits only when more than ``stream_max_holdback_chars`` would
be held in all, so the hold-back stays bounded. An unsafe window, a timeout or a failed call stops
the stream (fail closed): nothing after it is released. In ``uncertain_band`` mode a window is sent
to the guard model once the classifier's score has reached the band; a classifier block of a stream
stays final (it stops the stream before any later window could overturn it).
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import TYPE_CHECKING

from medgate.guardrails.evaluation import Evaluation, Findings, build_verdict
from medgate.guardrails.guard_model.stage import SAFETY_CATEGORIES, GuardModel, GuardModelResult
from medgate.guardrails.language import language_of
from medgate.guardrails.stream import CONTEXT_WINDOWS, StreamGuard
from medgate.guardrails.verdict import GuardVerdict, StageResult, worst

if TYPE_CHECKING:
    from medgate.guardrails.pipeline import RequestGuard


class GatedStream:
    """A StreamGuard whose released text also passes the guard model; same ``afeed``/``afinish``/``verdict``."""

    def __init__(self, request: RequestGuard, model: GuardModel, *, disclaim: bool) -> None:
        self._inner = StreamGuard(request, disclaim=disclaim)
        self._request = request
        self._policy = request.policy
        self._model = model
        self._disclaim = disclaim
        self._context_chars = CONTEXT_WINDOWS * self._policy.stream_window_chars
        self._max_hold = self._policy.stream_max_holdback_chars
        self._sent = ""  # what the guard model has been asked about so far
        self._pending: deque[tuple[str, asyncio.Task[GuardModelResult] | None]] = deque()
        self._released: list[str] = []
        self._model_verdict = GuardVerdict()
        self._stage: StageResult | None = None
        self._stopped = False

    async def afeed(self, delta: str) -> str:
        """Add a delta; return the text both the classifier and the guard model have passed."""
        if self._stopped:
            return ""
        self._submit(await self._inner.afeed(delta))
        return await self._collect(hold=self._max_hold)

    async def afinish(self) -> str:
        """Check the rest, wait for every call, release what passed (with the disclaimer if one is due)."""
        if self._stopped:
            return ""
        self._submit(await self._inner.afinish())
        text = await self._collect(hold=0)
        due = self._model_verdict.review_required and self._inner.verdict.disclaimer is None
        if not self._stopped and due and self._disclaim and self._policy.disclaimer.append_on_review:
            disclaimer = self._policy.disclaimer.for_language(language_of("".join(self._released)))
            self._model_verdict.disclaimer = disclaimer
            text += f"\n\n{disclaimer}"
            self._released.append(f"\n\n{disclaimer}")
        return text

    @property
    def verdict(self) -> GuardVerdict:
        """The classifier's and the guard model's verdicts together; ``redacted_texts[0]`` is what was released."""
        inner = self._inner.verdict
        merged = GuardVerdict.merged([inner, self._model_verdict])
        merged.redacted_texts = ["".join(self._released)]
        merged.phi = inner.phi
        merged.disclaimer = inner.disclaimer or self._model_verdict.disclaimer
        merged.stages = inner.stages + ([self._stage] if self._stage is not None else [])
        return merged

    def _submit(self, piece: str) -> None:
        if not piece:
            return
        context = self._sent[-self._context_chars :]
        self._sent += piece
        if not self._wanted():
            self._pending.append((piece, None))  # released in its turn, without a call
            return
        request = self._request
        task = asyncio.create_task(
            self._model.check(self._policy, "output", request.guard_prompt, context + piece, request.tenant)
        )
        self._pending.append((piece, task))

    def _wanted(self) -> bool:
        if self._policy.guard_model.mode == "both":
            return True
        scores = self._inner.verdict.scores
        return max((scores.get(c, 0.0) for c in SAFETY_CATEGORIES), default=0.0) >= self._policy.guard_model.band[0]

    async def _collect(self, hold: int) -> str:
        """Release, in order, every piece whose call has passed; wait while more than ``hold`` chars are held."""
        out: list[str] = []
        while self._pending:
            piece, task = self._pending[0]
            held = sum(len(p) for p, _ in self._pending) + self._inner.held_chars
            if task is not None and not task.done() and held <= hold:
                break
            self._pending.popleft()
            if task is not None and not self._judge(await task):
                self._stop()
                return ""
            out.append(piece)
        self._released += out
        return "".join(out)

    def _judge(self, result: GuardModelResult) -> bool:
        """Fold one window's result into the verdict; False when it blocks."""
        evaluation = Evaluation([Findings()])
        self._model.combine(evaluation, result, self._policy)
        window = build_verdict(self._policy, [""], evaluation, None)
        acc = self._model_verdict
        acc.decision = worst(acc.decision, window.decision)
        for category, fired in window.categories.items():
            acc.categories[category] = acc.categories.get(category, False) or fired
        acc.scores.update({c: max(acc.scores.get(c, 0.0), s) for c, s in window.scores.items()})
        acc.reasons += [r for r in window.reasons if r not in acc.reasons]
        acc.review_required = acc.review_required or window.review_required
        acc.failed_closed = acc.failed_closed or window.failed_closed
        (stage,) = evaluation.stages
        if self._stage is None:
            self._stage = stage
        else:
            self._stage.decision = worst(self._stage.decision, stage.decision)
            self._stage.latency_ms += stage.latency_ms
            self._stage.categories = sorted(set(self._stage.categories) | set(stage.categories))
            self._stage.error = stage.error or self._stage.error
        return not window.blocked

    def _stop(self) -> None:
        self._stopped = True
        for _, task in self._pending:
            if task is not None:
                task.cancel()
        self._pending.clear()
