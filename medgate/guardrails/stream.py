"""Output guard for streamed answers: release only text that has been checked.

Deltas accumulate until ``stream_window_chars`` (W) characters are pending (for the first check
``stream_first_window_chars``, smaller, so that the client's first token is not held behind a whole
window); then the output stages run over the pending text plus up to ``4 W`` characters of already
released context, and everything but the last half window is released, PHI replaced with the
request's placeholders. The context starts where its sentence does, and the safety classifier reads
it in sentence windows, each encoded once per stream (``classifier/windows.py``, StreamCheck). The release
point never splits what could still grow into an identifier: a detected span, or a trailing run that
may not be complete yet (the last token, digit groups with separators such as "138 0013 80",
capitalised words of a name, the last CJK characters), so an identifier split across deltas
("zhang.wei" + "@example.com") is seen whole before any of it leaves. At most
``stream_max_holdback_chars`` are held back. An unsafe window stops the stream: nothing more is
released and ``verdict.blocked`` is True (with its categories and reasons).
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from medgate.guardrails.classifier.windows import STREAM_CHECK, StreamCheck, sentence_start
from medgate.guardrails.evaluation import build_verdict, redaction_spans
from medgate.guardrails.language import language_of
from medgate.guardrails.verdict import GuardVerdict, StageResult, worst

if TYPE_CHECKING:
    from medgate.guardrails.phi import PhiSpan
    from medgate.guardrails.pipeline import RequestGuard  # the orchestrator that owns this stream guard

CONTEXT_WINDOWS = 4
_NAME_WORDS = 4  # capitalised words held together as a possible name
_CJK_NAME_CHARS = 4  # a Chinese name has two to four characters
_DIGIT_GROUP = re.compile(r"[\d()+\-./]+")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z'\-]*\.?,?")
_CJK_TAIL = re.compile(rf"[\u3400-\u9fff]{{1,{_CJK_NAME_CHARS}}}$")
_WORD_BOUNDARY = re.compile(r"[^\S ]|[\u3000-\u9fff\uff00-\uffef]")  # breaks, tabs, CJK characters and punctuation
_TAIL_SCAN_CHARS = 1024  # longer than any hold-back: an unfinished tail never starts before this


def unfinished_tail_start(text: str) -> int:
    """Where a trailing run begins that more text could still turn into an identifier (``len(text)`` if none).

    Words are separated by spaces; a line break, a tab, a CJK character or CJK punctuation ends
    every word before it (Chinese text has no spaces: without that, a whole Chinese answer would
    be one unfinished word, held back until ``stream_max_holdback_chars``).
    """
    if cjk := _CJK_TAIL.search(text):
        return cjk.start()
    stripped = text.rstrip(" ")
    trailing_space = len(text) - len(stripped)
    recent = max(0, len(stripped) - _TAIL_SCAN_CHARS)
    boundary = max((m.end() for m in _WORD_BOUNDARY.finditer(stripped, recent)), default=recent)
    tokens = stripped[boundary:].split(" ")
    if boundary == len(stripped) or trailing_space > 1 or (trailing_space and not _DIGIT_GROUP.fullmatch(tokens[-1])):
        return len(text)  # the last token is complete and no digit group can continue it
    start = len(stripped) - len(tokens[-1])
    kind = "digits" if _DIGIT_GROUP.fullmatch(tokens[-1]) else "name" if _CAPITALISED.fullmatch(tokens[-1]) else ""
    taken = 1
    for token in reversed(tokens[:-1]):
        joins = (kind == "digits" and _DIGIT_GROUP.fullmatch(token)) or (
            kind == "name" and taken < _NAME_WORDS and _CAPITALISED.fullmatch(token)
        )
        if not token or not joins:
            break
        start -= len(token) + 1
        taken += 1
    return start


class StreamGuard:
    """Checks a streamed answer window by window; see the module docstring."""

    def __init__(self, request: RequestGuard, *, disclaim: bool = True) -> None:
        self._request = request
        self._policy = request.policy
        self._disclaim = disclaim
        self._window = self._policy.stream_window_chars
        self._first_window = min(self._policy.stream_first_window_chars, self._window)
        self._checked = False  # the first window is smaller
        self._max_hold = max(self._window, self._policy.stream_max_holdback_chars)
        self._raw = ""
        self._released = 0
        self._check = StreamCheck()  # what the classifier keeps between checks
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
        return self._release(final=False) if self._check_due() else ""

    def _check_due(self, incoming: int = 0) -> bool:
        """Whether the text held (plus ``incoming`` characters not added yet) fills the current window."""
        return len(self._raw) + incoming - self._released >= self._current_window

    @property
    def _current_window(self) -> int:
        return self._window if self._checked else self._first_window

    def finish(self) -> str:
        """Check and release the rest (plus the disclaimer if review is required)."""
        if self._finished:
            return ""
        self._finished = True
        text = "" if self._stopped else self._release(final=True)
        verdict = self._verdict
        append = self._disclaim and self._policy.disclaimer.append_on_review
        if not verdict.blocked and verdict.review_required and append:
            verdict.disclaimer = self._policy.disclaimer.for_language(language_of(self._raw))
            text += f"\n\n{verdict.disclaimer}"
            self._out.append(f"\n\n{verdict.disclaimer}")
        return text

    async def afeed(self, delta: str) -> str:
        """``feed``, with a due check run in the pipeline's worker threads (off the event loop, and batched
        with the checks of other streams)."""
        if self._stopped or self._finished or not self._check_due(len(delta)):
            return self.feed(delta)  # only accumulates
        return await asyncio.get_running_loop().run_in_executor(self._request.pipeline.executor, self.feed, delta)

    async def afinish(self) -> str:
        """``finish`` in the pipeline's worker threads."""
        return await asyncio.get_running_loop().run_in_executor(self._request.pipeline.executor, self.finish)

    @property
    def held_chars(self) -> int:
        """Characters received and not released yet."""
        return len(self._raw) - self._released

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

        hold = self._current_window // 2
        self._checked = True
        # the context: 1-4 windows back from the release point, from a sentence start where there is one
        earliest = max(0, self._released - CONTEXT_WINDOWS * self._window)
        start = sentence_start(self._raw, earliest, max(earliest, self._released - self._window))
        segment = self._raw[start:]
        self._check.open = not final
        token = STREAM_CHECK.set(self._check)
        try:
            evaluation = self._request.evaluate([segment], "output")
        finally:
            STREAM_CHECK.reset(token)
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
            cut = min(end - hold, unfinished_tail_start(self._raw))
            for span in spans:
                if span.start < cut < span.end:
                    cut = span.start
            cut = max(cut, self._released, end - self._max_hold)
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
