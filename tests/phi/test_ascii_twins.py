"""The standard-library twins of the word-level scans find the same matches as the `regex` patterns on ASCII text."""

import random

import pytest
import regex

from medgate.guardrails.phi import name_fields_en, names_en
from medgate.guardrails.phi.base import ascii_twin

# Pieces the two patterns are made of, and their neighbours: capitals, initials, particles, labels, separators.
PIECES = [
    *"AaBbJjÓOZz.'’-,:;|\t\n ()#0123",
    " ",
    " ",
    "Smith",
    "O'Brien",
    "McDonald",
    "Ying-chun",
    "J.",
    "de ",
    "van der ",
    "binti ",
    "THE ",
    "patient",
    "name",
    "dr",
    "mr",
    "mrs",
    "ms",
    "rn",
    "cc:",
    "regards,\n",
    "advice re",
    "reviewed by",
    "health visitor",
    "....",
    "  ",
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(count)]


@pytest.mark.parametrize(
    "pattern", [names_en._RUN, name_fields_en._LABEL], ids=["english name runs", "name field labels"]
)
def test_twin_matches_on_ascii_text(pattern: regex.Pattern[str]) -> None:
    twin = ascii_twin(pattern)
    for text in _texts(7, 20_000):
        if text.isascii():
            for probe in (text, text.lower()):
                assert [m.span() for m in twin.finditer(probe)] == [m.span() for m in pattern.finditer(probe)], probe


def test_twin_refuses_classes_it_cannot_translate() -> None:
    for source in (r"\s+", r"\d", r"(?i:mrn)", r"\p{Han}"):
        with pytest.raises(ValueError):
            ascii_twin(regex.compile(source))
