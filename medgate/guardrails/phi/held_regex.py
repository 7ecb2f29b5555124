"""``regex`` patterns that keep the GIL while they match: the PHI modules import this instead of ``regex``.

``regex`` releases the GIL for every match on a ``str`` and must take it back afterwards. Detecting PHI in one text
runs a few hundred matches, and in the gateway other threads always want the GIL (other requests' checks, the event
loop, Ray's), so every match ended in a wait for it. With 8 busy threads, detection in a note of the fresh3 split
took 86 ms p50 (251 ms at worst) instead of 1 ms. Under 16 streams the 0.25 s regex timeouts and the 1 s stage
budget ran out on checks needing 3 ms of CPU, and those requests failed closed. The patterns are linear-time
(``tests/phi/test_linear_time.py``) and each match is short, so holding the GIL delays other threads by one match at
most. Only the calls differ from ``regex``'s (``concurrent=False`` on each); compile, flags and results are its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex
from regex import IGNORECASE, UNICODE, VERSION0, Match, escape

__all__ = ["IGNORECASE", "UNICODE", "VERSION0", "Match", "Pattern", "compile", "escape", "search", "split"]


class Pattern:
    """A compiled ``regex`` pattern whose matching methods keep the GIL."""

    __slots__ = ("compiled", "flags", "groupindex", "pattern")

    def __init__(self, compiled: regex.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern: str = compiled.pattern
        self.flags: int = compiled.flags
        self.groupindex = compiled.groupindex

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> Match[str] | None:
        return self.compiled.search(string, pos, endpos, concurrent=False, timeout=timeout)

    def match(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> Match[str] | None:
        return self.compiled.match(string, pos, endpos, concurrent=False, timeout=timeout)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos, concurrent=False, timeout=timeout)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> Iterator[Match[str]]:
        return self.compiled.finditer(string, pos, endpos, concurrent=False, timeout=timeout)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        found: list[str] = self.compiled.findall(string, pos, endpos, concurrent=False)
        return found

    def sub(self, repl: str | Callable[[Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count, concurrent=False)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        parts: list[str] = self.compiled.split(string, maxsplit, concurrent=False)
        return parts


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - the name ``regex`` callers use
    """``regex.compile``, matching with the GIL held."""
    return Pattern(regex.compile(pattern, flags))


def search(pattern: str, string: str) -> Match[str] | None:
    """``regex.search`` with the GIL held (the pattern is cached by ``regex``)."""
    return regex.search(pattern, string, concurrent=False)


def split(pattern: str, string: str, maxsplit: int = 0) -> list[str]:
    """``regex.split`` with the GIL held (the pattern is cached by ``regex``)."""
    parts: list[str] = regex.split(pattern, string, maxsplit, concurrent=False)
    return parts
