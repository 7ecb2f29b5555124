"""A lean Presidio pattern recognizer for the request hot path.

Presidio's ``PatternRecognizer.analyze`` builds an explanation per match, swallows
regex timeouts (fail open) and boosts scores with token-based context that needs an
NLP pipeline. This subclass keeps Presidio's ``Pattern``/``RecognizerResult`` types and
its ``validate_result``/``invalidate_result`` hooks, but:

* reports the span of the named group ``v`` when a pattern has one (so a pattern may
  include its context label, e.g. ``住院号：``, without redacting the label);
* boosts a match by ``boost`` when a context word occurs within ``window`` characters
  before it (character-based, so it works for Chinese without a tokenizer);
* skips all its patterns unless the text contains one of ``keywords`` (case-insensitive
  substrings; ``require_context`` makes the context words the keywords, for patterns too weak
  to pass without context) and matches the ``gate`` regex, when these are given: cheap
  pre-checks for recognizers whose patterns are costly to scan;
* skips one pattern unless the text passes its entry in ``pattern_gates`` (by pattern name): a
  regex for a substring every match of that pattern holds, or ``AnyOf`` (one of its words in the
  lower-cased text, or its regex in the text), found in a few µs where the pattern itself is tried
  at every digit, Han character or letter (tens to hundreds of µs on a note);
* lets ``TimeoutError`` propagate, so the calling guard fails closed.
"""

import re
import threading
from collections.abc import Mapping, Sequence

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from medgate.guardrails.phi import held_regex as regex

REGEX_TIMEOUT_S = 0.25
VALUE_GROUP = "v"

# The verdicts of the gates already searched in the text this thread scans now: several recognizers share a gate
# (seven the Han one), which a text then pays once. Keyed by the text object itself (held here, so its identity
# is not reused) and the gate's pattern.
_TEXT_GATES = threading.local()


class AnyOf:
    """A pattern's gate: one of ``words`` in the lower-cased text, or else a match of ``pattern`` in the text. For a
    pattern that opens with a case-insensitive alternation of labels, which the `regex` engine tries at every
    position (~100 µs on 2,400 characters of prose) where a substring test takes ~1 µs a word: every match of
    the pattern must hold one of the words (lower-case) or match ``pattern`` (a label too common as a
    substring, ``ur`` of ``URN``, goes there with what must follow it). The engine also matches a case-insensitive
    ``i`` to ``İ`` and ``s`` to ``ſ``, whose lower cases are not ``i`` and ``s``: a text with either opens it."""

    def __init__(self, *words: str, pattern: str | None = None) -> None:
        if any(word != word.lower() for word in words):
            raise ValueError(f"AnyOf words are lower-case: {words}")
        self.words = words
        self.pattern = regex.compile(pattern) if pattern else None

    def found(self, text: str, lowered: str) -> bool:
        """Whether the gate lets the text through."""
        for word in self.words:
            if word in lowered:
                return True
        if not text.isascii() and ("İ" in text or "ſ" in text):
            return True
        return self.pattern is not None and gate_found(self.pattern, text)


def gate_found(gate: regex.Pattern, text: str) -> bool:
    """Whether ``gate`` occurs in ``text``: searched once per text and gate pattern in a thread."""
    state = _TEXT_GATES
    if getattr(state, "text", None) is not text:
        state.text, state.found = text, {}
    found: dict[tuple[str, int], bool] = state.found
    key = (gate.pattern, gate.flags)
    hit = found.get(key)
    if hit is None:
        hit = found[key] = gate.search(text, timeout=REGEX_TIMEOUT_S) is not None
    return hit


# What the `regex` package's classes used by the word-level recognizers match in ASCII text, for `ascii_twin`.
_ASCII_CLASSES = {
    r"[\p{Latin}\p{M}'’-]": r"[A-Za-z'’-]",
    r"[\p{Latin}\p{M}]": r"[A-Za-z]",
    r"[\p{L}]": r"[A-Za-z]",
    r"\p{Lu}": r"[A-Z]",
    r"\p{Ll}": r"[a-z]",
    r"\p{L}": r"[A-Za-z]",
}


def ascii_twin(pattern: regex.Pattern) -> "re.Pattern[str]":
    r"""``pattern`` for ASCII text only, compiled by the standard library's `re`, which scans English prose about
    twice as fast as the `regex` package (names: ~110 → ~60 µs on 2,400 characters): its Unicode classes become
    their ASCII letters; the rest of the syntax (possessive and atomic groups, look-arounds, ``[ \t]``, literals)
    means the same to both engines, and the pattern may use nothing else (``\s``, ``\d``, flags: ValueError).
    The same matches on ASCII text (tests/phi/test_ascii_twins.py). No timeout: for the scans that had none."""
    source = pattern.pattern
    for unicode_class, ascii_class in _ASCII_CLASSES.items():
        source = source.replace(unicode_class, ascii_class)
    if pattern.flags & ~(regex.UNICODE | regex.VERSION0) or regex.search(r"\\[pPsSdDwWbBXNG]|\(\?[a-zA-Z]", source):
        raise ValueError(f"no ASCII twin for {pattern.pattern!r}")
    return re.compile(source)


class ContextPatternRecognizer(PatternRecognizer):
    """Regex recognizer with value groups, character-window context and checksum hooks.

    ``validate_result`` returning True sets the score to ``validated_score``, False drops the
    match and None keeps the pattern score (context may then add ``boost``);
    ``invalidate_result`` returning True drops the match.
    """

    def __init__(
        self,
        entity: str,
        patterns: Sequence[Pattern],
        *,
        context: Sequence[str] = (),
        window: int = 32,
        boost: float = 0.35,
        validated_score: float = EntityRecognizer.MAX_SCORE,
        keywords: Sequence[str] = (),
        require_context: bool = False,
        gate: str | None = None,
        pattern_gates: Mapping[str, "str | AnyOf"] | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(
            supported_entity=entity,
            name=f"{type(self).__name__}:{entity}",
            supported_language=language,
            patterns=list(patterns),
            context=list(context),
            global_regex_flags=0,
        )
        gates = pattern_gates or {}
        if unknown := set(gates) - {p.name for p in patterns}:
            raise ValueError(f"pattern_gates name no pattern: {sorted(unknown)}")
        # Compiled with `regex` (timeouts, no catastrophic fallbacks); kept beside presidio's own Pattern objects.
        # Each pattern with its score, its gate and whether it reports its value group.
        self._compiled: list[tuple[regex.Pattern, float, regex.Pattern | AnyOf | None, bool]] = []
        for p in patterns:
            compiled = regex.compile(p.regex)
            given = gates.get(p.name)
            gate_re = given if given is None or isinstance(given, AnyOf) else regex.compile(given)
            self._compiled.append((compiled, p.score, gate_re, VALUE_GROUP in compiled.groupindex))
        self._context_re = (
            regex.compile("|".join(regex.escape(word) for word in context), regex.IGNORECASE) if context else None
        )
        self._keywords = tuple(word.lower() for word in (context if require_context else keywords))
        self._gate = regex.compile(gate) if gate else None
        self._window = window
        self._boost = boost
        self._validated_score = validated_score

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's entry point: every match of every pattern, scored; raises TimeoutError on regex timeout."""
        if entities and self.supported_entities[0] not in entities:
            return []
        return self.scan(text, text.lower())

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """``analyze`` for callers that lower-case the text once for all recognizers."""
        if not self._gate_open(text, lowered):
            return []
        entity = self.supported_entities[0]
        results: list[RecognizerResult] = []
        for compiled, pattern_score, gate, has_value in self._compiled:
            if gate is not None and not (
                gate.found(text, lowered) if isinstance(gate, AnyOf) else gate_found(gate, text)
            ):
                continue
            for match in compiled.finditer(text, timeout=REGEX_TIMEOUT_S):
                start, end = match.span(VALUE_GROUP) if has_value else match.span()
                score = self._score(text, text[start:end], start, pattern_score)
                if score > EntityRecognizer.MIN_SCORE:
                    results.append(RecognizerResult(entity, start, end, score))
        return results

    def _gate_open(self, text: str, lowered: str) -> bool:
        """Whether the cheap pre-checks let this text through to the patterns."""
        if self._keywords:
            for word in self._keywords:
                if word in lowered:
                    break
            else:
                return False
        return self._gate is None or gate_found(self._gate, text)

    def _score(self, text: str, value: str, start: int, base: float) -> float:
        """Apply validation, invalidation and the context boost to one match."""
        verdict = self.validate_result(value)
        if verdict is False or self.invalidate_result(value):
            return EntityRecognizer.MIN_SCORE
        score = self._validated_score if verdict else base
        if (
            score < EntityRecognizer.MAX_SCORE
            and self._context_re is not None
            and self._context_re.search(text, max(0, start - self._window), start)
        ):
            score += self._boost
        return min(EntityRecognizer.MAX_SCORE, score)


class ScanRecognizer(EntityRecognizer):
    """A recognizer that is not a list of patterns: all of its work is ``scan``, which the detector calls with
    the lower-cased text it shares among recognizers; word lists or models are read in ``__init__``."""

    def load(self) -> None:
        """Presidio hook; everything is read in ``__init__``."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        """Presidio's entry point: ``scan``, kept to the entity types asked for."""
        return [r for r in self.scan(text, text.lower()) if not entities or r.entity_type in entities]

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Every finding in ``text`` (``lowered`` is ``text.lower()``)."""
        raise NotImplementedError
