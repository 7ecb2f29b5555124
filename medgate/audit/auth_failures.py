"""Failed authentications, counted per source and reason and written as one record per interval.

Unauthenticated traffic must cost little: a flood of bad keys becomes a counter increment each,
and at most ``max_sources`` records per interval (further sources are counted under ``other``),
instead of one fsynced record per attempt that anyone who can reach the port could use to fill
the audit volume.
"""

import threading
from dataclasses import dataclass

from medgate.audit.log import now_iso

_MAX_CHARS = 128
OTHER = "other"


@dataclass
class _Count:
    first: str
    last: str = ""
    count: int = 0


class AuthFailureCounter:
    """Thread-safe counts of failed authentications since the last ``drain``."""

    def __init__(self, max_sources: int) -> None:
        self._max = max_sources
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str], _Count] = {}
        self.total = 0

    def add(self, source: str, reason: str) -> None:
        stamp = now_iso()
        key = (source[:_MAX_CHARS], reason[:_MAX_CHARS])
        with self._lock:
            self.total += 1
            if key not in self._counts and len(self._counts) >= self._max:
                key = (OTHER, key[1])
            entry = self._counts.setdefault(key, _Count(first=stamp))
            entry.count += 1
            entry.last = stamp

    def drain(self) -> list[dict[str, object]]:
        """The audit records for the counts so far (one per source and reason); the counts restart."""
        with self._lock:
            counts, self._counts = self._counts, {}
        return [
            {"event": "auth_failures", "source": src, "reason": why, "count": c.count, "first": c.first, "last": c.last}
            for (src, why), c in sorted(counts.items())
        ]
