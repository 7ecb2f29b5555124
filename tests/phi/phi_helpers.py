"""Helpers for PHI tests: valid identifiers (check characters computed, never hard-coded) and span views."""

import datetime
import random

from stdnum import luhn
from stdnum.cn import ric

from medgate.guardrails.phi import PhiDetector


def make_resident_id(rng: random.Random, region: str = "110105") -> str:
    """A random 18-character resident ID with a real birth date and the GB 11643 check character."""
    born = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(0, 30000))
    body = f"{region}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def make_card(rng: random.Random, prefix: str, length: int) -> str:
    """A random Luhn-valid card number."""
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def found(detector: PhiDetector, text: str) -> dict[str, str]:
    """Detected values mapped to their types."""
    return {text[s.start : s.end]: s.type for s in detector.detect(text)}


def spans(detector: PhiDetector, text: str) -> list[tuple[str, str]]:
    """(type, value) of every detection, in the detector's order."""
    return [(s.type, text[s.start : s.end]) for s in detector.detect(text)]
