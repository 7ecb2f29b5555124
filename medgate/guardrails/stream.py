"""Output guard for streamed answers: release only text that has been checked.

Deltas accumulate until ``stream_window_chars`` (W) characters are pending; then the
output stages run over the pending text plus up to ``4 W`` characters of already
released context, and everything but the last ``W // 2`` characters is released,
PHI replaced with the request's placeholders. The held-back tail lets an identifier
split across deltas ("138 0013" + "8000") be seen whole before any of it is released,
and a detected span is never cut at the release point. At most W characters are ever
held back. An unsafe window stops the stream: nothing more is released and
``verdict.blocked`` is True (with its categories and reasons).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medgate.guardrails.evaluation import build_verdict, redaction_spans
from medgate.guardrails.language import language_of
from medgate.guardrails.verdict import GuardVerdict, StageResult, worst

if TYPE_CHECKING:
    from medgate.guardrails.phi import PhiSpan
    from medgate.guardrails.pipeline import RequestGuard  # the orchestrator that owns this stream guard

CONTEXT_WINDOWS = 4


class StreamGuard:
    """Checks a streamed answer window by window; see the module docstring."""

    def __init__(self, request: RequestGuard) -> None:
        self._request = request
        self._policy = request.policy
        self._window = self._policy.stream_window_chars
        self._hold = self._window // 2
        self._raw = ""
        self._released = 0
        self._out: list[str] = []
        self._phi: dict[tuple[str, int, int], PhiSpan] = {}
        self._stages: dict[str, StageResult] = {}
        self._verdict = GuardVerdict()
        self._stopped = False
        self._finished = False

    def feed(self, delta: str) -> str:
        """Add a delta; return the text now safe to release ("" while holding back)."""
        if self._stopped or self._finished:
            return ""
        self._raw += delta
        if len(self._raw) - self._released < self._window:
            return ""
        return self._release(final=False)

    def finish(self) -> str:
        """Check and release the rest (plus the disclaimer if review is required)."""
        if self._finished:
            return ""
        self._finished = True
        text = "" if self._stopped else self._release(final=True)
        verdict = self._verdict
        if not verdict.blocked and verdict.review_required and self._policy.disclaimer.append_on_review:
            verdict.disclaimer = self._policy.disclaimer.for_language(language_of(self._raw))
            text += f"\n\n{verdict.disclaimer}"
            self._out.append(f"\n\n{verdict.disclaimer}")
        return text

    @property
    def verdict(self) -> GuardVerdict:
        """The verdict so far; ``redacted_texts[0]`` is everything released."""
        verdict = self._verdict
        verdict.redacted_texts = ["".join(self._out)]
        verdict.phi = [sorted(self._phi.values(), key=lambda s: s.start)]
        verdict.stages = list(self._stages.values())
        return verdict

    def _release(self, final: bool) -> str:
        from medgate.guardrails.phi import PhiSpan

        start = max(0, self._released - CONTEXT_WINDOWS * self._window)
        segment = self._raw[start:]
        evaluation = self._request.evaluate([segment], "output")
        self._merge(build_verdict(self._policy, [segment], evaluation, None), start)
        if self._verdict.blocked:
            self._stopped = True
            return ""
        end = len(self._raw)
        spans = [
            PhiSpan(s.type, s.start + start, s.end + start, s.score)
            for s in redaction_spans(evaluation.findings[0], self._policy)
        ]
        cut = end
        if not final:
            cut = end - self._hold
            for span in spans:
                if span.start < cut < span.end:
                    cut = span.start
            cut = max(cut, self._released, end - self._window)
        piece = self._raw[self._released : cut]
        local = [
            PhiSpan(s.type, max(s.start, self._released) - self._released, min(s.end, cut) - self._released, s.score)
            for s in spans
            if s.end > self._released and s.start < cut
        ]
        if local:
            try:
                piece = self._request.placeholders().redact(piece, local)
            except Exception:  # noqa: BLE001 - cannot redact: stop rather than leak
                self._verdict.decision, self._verdict.failed_closed = "block", True
                self._verdict.reasons.append("guard failed closed: redaction failed")
                self._stages["redact"] = StageResult("redact", "block", 0.0, [], error="redaction failed")
                self._stopped = True
                return ""
        self._released = cut
        self._out.append(piece)
        return piece

    def _merge(self, window: GuardVerdict, offset: int) -> None:
        acc = self._verdict
        acc.decision = worst(acc.decision, window.decision)
        for category, fired in window.categories.items():
            acc.categories[category] = acc.categories.get(category, False) or fired
        for category, score in window.scores.items():
            acc.scores[category] = max(acc.scores.get(category, 0.0), score)
        acc.reasons += [r for r in window.reasons if r not in acc.reasons]
        acc.review_required = acc.review_required or window.review_required
        acc.failed_closed = acc.failed_closed or window.failed_closed
        for span in window.phi[0]:
            key = (span.type, span.start + offset, span.end + offset)
            self._phi.setdefault(key, type(span)(span.type, key[1], key[2], span.score))
        for stage in window.stages:
            seen = self._stages.get(stage.name)
            if seen is None:
                self._stages[stage.name] = StageResult(
                    stage.name, stage.decision, stage.latency_ms, list(stage.categories), stage.error
                )
            else:
                seen.decision = worst(seen.decision, stage.decision)
                seen.latency_ms += stage.latency_ms
                seen.categories = sorted(set(seen.categories) | set(stage.categories))
                seen.error = stage.error or seen.error
