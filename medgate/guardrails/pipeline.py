"""Guard orchestration: the pipeline shared by every request, and the guard of one request.

guardrails-ai's ``Guard.validate`` costs ~10 ms of orchestration per call (see
``loadtests/guard_latency.py``); here the same ``Validator`` objects are called
directly (``validate`` / batched ``validate_many``) and their ``PassResult`` /
``FailResult`` are turned into one :class:`GuardVerdict` by ``evaluation.py``.
Checks run in the pipeline's worker threads (the input under a watchdog, so a stage that hangs
fails the check closed at its limits instead of holding the request; stream windows as
they come), never on the event loop, so concurrent requests' checks overlap and the classifier
can encode their windows in one call (``classifier/batching.py``). Where the gateway
serves a guard model (``guard_model/``), the async checks then ask it as well, as the
tenant's ``guard_model`` policy says.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from medgate.guardrails.evaluation import (
    Evaluation,
    Findings,
    Progress,
    build_verdict,
    evaluate,
    fail_closed,
    new_placeholders,
)
from medgate.guardrails.guard_model.stage import GuardModel, joined
from medgate.guardrails.guard_model.stream_gate import GatedStream
from medgate.guardrails.policy import Direction, GuardPolicy
from medgate.guardrails.stages import CACHE_SCOPE, GuardUnavailable, Resources, Stage, build_stages
from medgate.guardrails.stream import StreamGuard
from medgate.guardrails.verdict import GuardVerdict

if TYPE_CHECKING:
    from medgate.guardrails.phi import Placeholders

T = TypeVar("T")
GUARD_THREADS = 64


class GuardPipeline:
    """The guard for every tenant: detectors loaded once, stages built per tenant policy."""

    def __init__(
        self, policy: GuardPolicy, resources: Resources, guard_models: Mapping[str, GuardModel] | None = None
    ) -> None:
        self.policy = policy
        self._resources = resources
        self._stages: dict[tuple[int, Direction], tuple[GuardPolicy, list[Stage]]] = {}
        self._guard_models = dict(guard_models or {})
        # Threads mostly wait (for the encoder call they share, or in numpy without the GIL): one per check that
        # may be in flight, so a wave of stream windows is encoded together instead of GUARD_THREADS at a time.
        self.executor = ThreadPoolExecutor(max_workers=GUARD_THREADS, thread_name_prefix="medgate-guard")

    @classmethod
    def from_policy(
        cls,
        policy: GuardPolicy,
        classifier_dir: Path | None = None,
        threads: int = 1,
        guard_models: Mapping[str, GuardModel] | None = None,
    ) -> GuardPipeline:
        """Build the pipeline and its detectors now (a missing artifact fails closed later); a tenant policy
        naming a guard model that is not served, or pinning a verdict it cannot parse, is refused here."""
        pipeline = cls(policy, Resources(classifier_dir, threads), guard_models)
        for tenant in ["", *policy.tenants]:
            tenant_policy = policy.for_tenant(tenant)
            for direction in ("input", "output"):
                pipeline.stages(tenant_policy, direction)
                model = pipeline.guard_model(tenant_policy, direction)
                if model is not None:
                    model.check_pins(tenant_policy)
        return pipeline

    def guard_model(self, policy: GuardPolicy, direction: Direction) -> GuardModel | None:
        """The guard model ``policy`` asks for ``direction``; None when none is served or the policy uses none."""
        settings = policy.guard_model
        if not self._guard_models or settings.mode == "off" or direction not in settings.directions:
            return None
        name = settings.model or next(iter(self._guard_models))
        if name not in self._guard_models:
            raise ValueError(f"guard_model.model: {name!r} is not a served guard model")
        return self._guard_models[name]

    def stages(self, policy: GuardPolicy, direction: Direction) -> list[Stage]:
        """The stages of ``policy`` for ``direction`` (built once per policy object)."""
        key = (id(policy), direction)
        if key not in self._stages:  # the policy is kept with its stages, so its id stays unique
            self._stages[key] = (policy, build_stages(policy, direction, self._resources))
        return self._stages[key][1]

    def new_request(self, tenant: str = "default") -> RequestGuard:
        """A guard for one request of ``tenant`` (its own PHI placeholders)."""
        return RequestGuard(self, self.policy.for_tenant(tenant), tenant)

    def check_each(
        self, texts: Sequence[str], tenant: str = "default", direction: Direction = "input"
    ) -> list[GuardVerdict]:
        """One verdict per text, each text its own request, stages run once over the batch
        (each stage's limits scaled by the number of texts)."""
        policy = self.policy.for_tenant(tenant)
        stages = self.stages(policy, direction)
        evaluation = evaluate(stages, policy, texts, Progress.of(policy, len(texts)))
        verdicts = []
        for text, found in zip(texts, evaluation.findings, strict=False):
            single = Evaluation([found], evaluation.stages, evaluation.failure)
            verdicts.append(RequestGuard(self, policy, tenant).finish_check([text], single, direction))
        return verdicts


class RequestGuard:
    """Guards one request: its input, then its answer, with shared placeholders."""

    def __init__(self, pipeline: GuardPipeline, policy: GuardPolicy, tenant: str = "") -> None:
        self.pipeline = pipeline
        self.policy = policy
        self.tenant = tenant
        self.guard_prompt = ""  # the checked (redacted) prompt: the guard model's context for the answer
        self._placeholders: Placeholders | None = None

    def placeholders(self) -> Placeholders:
        """This request's placeholder map, created on first use."""
        if self._placeholders is None:
            self._placeholders = new_placeholders()
        return self._placeholders

    def evaluate(self, texts: Sequence[str], direction: Direction, progress: Progress | None = None) -> Evaluation:
        """Run the stages of ``direction`` over ``texts`` without redacting (score cache scoped to the tenant)."""
        return self._run(self.pipeline.stages(self.policy, direction), texts, progress or Progress.of(self.policy))

    def _run(self, stages: Sequence[Stage], texts: Sequence[str], progress: Progress) -> Evaluation:
        """``evaluate`` with the score cache scoped to this request's tenant."""
        scope = CACHE_SCOPE.set(self.tenant)
        try:
            return evaluate(stages, self.policy, texts, progress)
        finally:
            CACHE_SCOPE.reset(scope)

    def finish_check(self, texts: Sequence[str], evaluation: Evaluation, direction: Direction) -> GuardVerdict:
        """Redact and decide; a redaction failure fails closed too."""
        try:
            placeholders = [self.placeholders()] * len(texts)
            verdict = build_verdict(self.policy, texts, evaluation, placeholders, disclaim=direction == "output")
        except Exception as exc:  # noqa: BLE001 - redaction errors block, never pass through
            reason = str(exc) if isinstance(exc, GuardUnavailable) else f"redaction raised {type(exc).__name__}"
            fail_closed(evaluation, "redact", 0.0, reason)
            return build_verdict(self.policy, texts, evaluation, None)
        return verdict

    def check(self, texts: Sequence[str], direction: Direction, progress: Progress | None = None) -> GuardVerdict:
        """Check ``texts`` in the calling thread (a late stage fails closed after the fact)."""
        texts = list(texts)
        return self.finish_check(texts, self.evaluate(texts, direction, progress), direction)

    def redact(self, texts: Sequence[str]) -> list[str] | None:
        """PHI redaction alone, with this request's placeholders, for fragments of an answer already checked whole
        (a JSON document's keys and values); None when the policy blocks what was found."""
        stages = [
            stage
            for stage in self.pipeline.stages(self.policy, "output")
            if stage.name == "phi" or (stage.extra is not None and self.policy.action_for(stage.extra.name) == "redact")
        ]
        texts = list(texts)
        # "input": no disclaimer inside a document
        verdict = self.finish_check(texts, self._run(stages, texts, Progress.of(self.policy)), "input")
        return None if verdict.blocked else verdict.redacted_texts

    def check_input(self, texts: Sequence[str]) -> GuardVerdict:
        """Check all user/system message contents of the request."""
        return self.check(texts, "input")

    def check_output(self, text: str) -> GuardVerdict:
        """Check a whole (non-streamed) answer; PHI uses the input's placeholders."""
        return self.check([text], "output")

    async def acheck_input(self, texts: Sequence[str]) -> GuardVerdict:
        """``check_input`` in a worker thread; a stage past its limits blocks at once."""
        return await self._acheck(texts, "input")

    async def acheck_output(self, texts: Sequence[str]) -> GuardVerdict:
        """The texts of one answer (its main text first: a disclaimer is appended there) in a worker thread,
        with the same watchdog."""
        return await self._acheck(texts, "output")

    def stream(self, *, disclaim: bool = True) -> StreamGuard | GatedStream:
        """A guard for one streamed text of an answer (``disclaim``: its main text, which gets the disclaimer)."""
        model = self.pipeline.guard_model(self.policy, "output")
        return StreamGuard(self, disclaim=disclaim) if model is None else GatedStream(self, model, disclaim=disclaim)

    async def _acheck(self, texts: Sequence[str], direction: Direction) -> GuardVerdict:
        texts = list(texts)
        model = self.pipeline.guard_model(self.policy, direction)
        if model is None:
            verdict = await self._watched(self.check, texts, direction)
        else:
            verdict = await self._with_guard_model(model, texts, direction)
        if direction == "input" and not verdict.blocked:
            self.guard_prompt = joined(verdict.redacted_texts)
        return verdict

    async def _with_guard_model(self, model: GuardModel, texts: list[str], direction: Direction) -> GuardVerdict:
        """The stages, then (on the redacted texts, if the check is not decided yet) the guard model."""
        evaluation = await self._watched(self.evaluate, texts, direction)
        if isinstance(evaluation, GuardVerdict):  # a stage overran: already failed closed
            return evaluation
        verdict = self.finish_check(texts, evaluation, direction)
        if verdict.failed_closed or not model.needed(self.policy, evaluation):
            return verdict
        if direction == "input":
            result = await model.check(self.policy, direction, joined(verdict.redacted_texts), None, self.tenant)
        else:
            answer = joined(verdict.redacted_texts)
            result = await model.check(self.policy, direction, self.guard_prompt, answer, self.tenant)
        model.combine(evaluation, result, self.policy)
        return self.finish_check(texts, evaluation, direction)

    async def _watched(
        self, work: Callable[[list[str], Direction, Progress], T], texts: list[str], direction: Direction
    ) -> T | GuardVerdict:
        """``work`` in a worker thread; a failed-closed verdict once a stage overruns its limits (``Progress``),
        or once the whole check has taken longer than one stage may wait plus every stage's CPU budget (queued
        behind other checks)."""
        progress = Progress.of(self.policy)
        future = asyncio.get_running_loop().run_in_executor(self.pipeline.executor, work, texts, direction, progress)
        stages = len(self.pipeline.stages(self.policy, direction))
        deadline = time.perf_counter() + (progress.wall_limit_ms + progress.cpu_limit_ms * stages) / 1000
        poll_s = progress.cpu_limit_ms / 1000 / 4  # the smaller limit: the policy keeps the wall one above it
        while True:
            done, _ = await asyncio.wait({future}, timeout=poll_s)
            if done:
                return future.result()
            why = progress.overrun() if progress.stage is not None else None
            if why is None and time.perf_counter() >= deadline:
                why = f"check timed out ({'stage ' + progress.stage if progress.stage else 'queued'})"
            if why is not None:
                return self._timed_out(texts, progress.stage or "queue", progress.elapsed_s() * 1000, why)

    def _timed_out(self, texts: Sequence[str], stage: str, elapsed_ms: float, why: str) -> GuardVerdict:
        evaluation = Evaluation([Findings() for _ in texts])
        fail_closed(evaluation, stage, elapsed_ms, why)
        return build_verdict(self.policy, texts, evaluation, None)
