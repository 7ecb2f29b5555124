"""Typed placeholders that stay consistent across all texts of one request."""

from collections import Counter
from collections.abc import Sequence

from medgate.guardrails.phi.spans import PhiSpan

_IGNORED_IN_KEY = str.maketrans("", "", " -().\u3000")


def _value_key(entity: str, value: str) -> tuple[str, str]:
    """Identity of a value: the same number written with other spacing/dashes is the same value."""
    return entity, value.translate(_IGNORED_IN_KEY).casefold()


class Placeholders:
    """One per request: typed placeholders consistent across all texts of that request."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._per_type: Counter[str] = Counter()

    def redact(self, text: str, spans: Sequence[PhiSpan]) -> str:
        """Replace each span with ``[TYPE_n]``; the same value gets the same placeholder. Spans must not overlap."""
        pieces: list[str] = []
        cursor = 0
        for span in sorted(spans, key=lambda s: s.start):
            if span.start < cursor:
                raise ValueError("PHI spans overlap")
            pieces.append(text[cursor : span.start])
            pieces.append(self._placeholder(span.type, text[span.start : span.end]))
            cursor = span.end
        pieces.append(text[cursor:])
        return "".join(pieces)

    def counts(self) -> dict[str, int]:
        """Distinct values redacted so far, by entity type."""
        return dict(self._per_type)

    def _placeholder(self, entity: str, value: str) -> str:
        key = _value_key(entity, value)
        if key not in self._by_value:
            self._per_type[entity] += 1
            self._by_value[key] = f"[{entity}_{self._per_type[entity]}]"
        return self._by_value[key]
