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


def hkid_ok(value: str) -> bool:
    """Hong Kong identity card check digit: letters A=10…Z=35 (a one-letter prefix counts a space, 36, before
    it), weights 9…2 over the prefix and six digits; the check is 11 − sum mod 11, 10 written A."""
    body = "".join(ch for ch in value.upper() if ch.isalnum())
    prefix, digits, check = body[:-7], body[-7:-1], body[-1]
    if not (1 <= len(prefix) <= 2 and prefix.isalpha() and prefix.isascii() and digits.isdigit()):
        return False
    values = ([36] if len(prefix) == 1 else []) + [ord(ch) - 55 for ch in prefix] + [int(d) for d in digits]
    expected = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True)) % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


# Taiwan's ID letters in code order (A=10 … Z=33; I, O, W, Z were added later, out of alphabetical order).
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def tw_id_ok(value: str) -> bool:
    """Taiwanese national ID (or new-style resident certificate): the letter's two-digit code and nine digits
    weighted 1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1 sum to a multiple of 10."""
    number = value.upper()
    if len(number) != 10 or number[0] not in _TW_LETTERS or not number[1:].isdigit():
        return False
    code = _TW_LETTERS.index(number[0]) + 10
    digits = [code // 10, code % 10, *map(int, number[1:])]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10 == 0


def au_medicare_ok(value: str) -> bool:
    """Australian Medicare card number: 10 digits (an 11th, the card position, may follow), the first 2–6;
    the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9 give the ninth digit mod 10."""
    number = "".join(ch for ch in value if ch.isdigit())
    if len(number) not in (10, 11) or number[0] not in "23456":
        return False
    total = sum(int(d) * w for d, w in zip(number[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
    return total % 10 == int(number[8])
