"""Check-digit and plausibility tests for identifier candidates (python-stdnum where it has them)."""

import datetime

from stdnum import luhn
from stdnum.cn import ric
from stdnum.exceptions import ValidationError

_SEPARATORS = str.maketrans("", "", " -")


def digits_only(value: str) -> str:
    """Strip the separators (spaces, dashes) people put inside numbers."""
    return value.translate(_SEPARATORS)


def luhn_ok(value: str) -> bool:
    """Luhn (mod 10) check of a card number written with optional spaces or dashes."""
    number = digits_only(value)
    return number.isdigit() and luhn.is_valid(number)


def cn_resident_id18_ok(value: str) -> bool:
    """GB 11643 check character and a real birth date (region codes are not required)."""
    number = value.upper()
    try:
        return ric.calc_check_digit(number) == number[-1] and bool(ric.get_birth_date(number))
    except (ValidationError, ValueError):
        return False


def cn_resident_id15_ok(value: str) -> bool:
    """Legacy 15-digit ID: six-digit region code then a real YYMMDD (19xx) birth date."""
    try:
        datetime.date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
    except ValueError:
        return False
    return True
