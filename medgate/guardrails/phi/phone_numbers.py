"""Telephone numbers checked against the numbering plans of the regions medgate's hospitals serve.

The phone rules know printed forms one by one, and every blind split of notes brought forms they did not know
(UK landlines ``01724 697898``, ``+44 (0)7892 133345``, Singapore and New Zealand numbers, Chinese mobiles in
full-width digits or after ``0086``). Google's libphonenumber (the ``phonenumbers`` port) knows each region's
numbering plan instead: which prefixes are allocated and how long a number is.

A candidate is a run of seven to fifteen digits with the separators phones are printed with. It is a phone when

* it is a valid number of one of ``REGIONS`` (an allocated prefix and a right length), or
* it is printed as a phone (an international prefix ``+``/``00``, a trunk code in brackets, or digit groups split
  by spaces or hyphens) and has a possible length for one of them.

Amounts and decimals (``18652.40``), dates and year ranges (``2009-10-8``, ``2001-2009``) are never candidates;
a bare digit run must be valid, so a record number or a count rarely reads as a phone (and one that does is
redacted all the same, under another placeholder).
"""

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import phonenumbers
from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer
from medgate.guardrails.phi.identifier_shapes import follows_a_thing_label

# China and its special administrative regions, Taiwan, Singapore, Malaysia, the UK, Ireland, the US and Canada,
# Australia, New Zealand and India: the first valid reading wins, so the likeliest comes first.
REGIONS = ("CN", "HK", "MO", "TW", "SG", "MY", "GB", "IE", "US", "CA", "AU", "NZ", "IN")

_DIGIT = "[0-9０-９]"
# Groups after the first have two digits at least (no phone is printed 1-2-3-4), and a candidate does not start
# inside a run of digits and hyphens or dots (so a long such run is read once, not from every group).
_CANDIDATE = regex.compile(
    r"(?=[0-9０-９+(])(?<![0-9０-９A-Za-z.,]|[0-9０-９][.-])"
    r"(?:\(?(?:\+|00)[0-9]{1,3}\)?[ \t.-]?)?+"  # country code: +44, 0086, (+86)
    r"(?:\(0\)[ \t]?)?+"  # the UK's dropped trunk zero: +44 (0)7892 133345
    rf"(?:\(?{_DIGIT}{{1,5}}+\)?(?:[ \t.-]?{_DIGIT}{{2,}}+){{1,6}}+|{_DIGIT}{{7,15}}+)"
    rf"(?!{_DIGIT}|[.,][0-9])"
)
# Printed as a phone: an international prefix, a trunk code in brackets or a leading trunk zero, groups joined by
# hyphens, or a North American number with dots.
_PRINTED_AS_PHONE = regex.compile(rf"^(?:\(?(?:\+|00)|\(|[0０])|{_DIGIT}-{_DIGIT}")
_NANP_DOTS = regex.compile(r"^(?:1\.)?[0-9]{3}\.[0-9]{3}\.[0-9]{4}$")  # 545.397.1623
_SSN = regex.compile(r"^[0-9]{3}-[0-9]{2}-[0-9]{4}$")
# A date, with the hour after it (2000-04-16 11:34), or a range of years (2001-2009)
_DATE_OR_YEARS = regex.compile(r"^(?:19|20)[0-9]{2}[-./](?:[0-9]{1,2}(?:[-./][0-9]{1,2})?|(?:19|20)?[0-9]{2})(?![0-9])")


def phone_reading(candidate: str) -> str | None:
    """How a candidate (a ``_CANDIDATE`` match) reads as a telephone number of one of ``REGIONS``: "printed" (it
    is written as a phone and its length is possible), "valid" (a bare run, not split by spaces, that a plan
    allocates) or None."""
    if not 7 <= sum(c.isdigit() for c in candidate) <= 15:
        return None
    unbracketed = candidate.lstrip("(")
    if (
        _DATE_OR_YEARS.match(unbracketed)
        or _SSN.match(candidate)
        or ("." in candidate and not _NANP_DOTS.match(candidate))
    ):
        return None
    printed_as_phone = _PRINTED_AS_PHONE.search(candidate) is not None or _NANP_DOTS.match(candidate) is not None
    if not printed_as_phone and " " in candidate.strip():
        # Bare groups split by spaces alone are numbers side by side (a flat and a house number: 17151 2450) as
        # often as a local phone; a phone label before them is for the labelled rules to read.
        return None
    if unbracketed.startswith(("+", "00")):
        number = "+" + unbracketed[2:] if unbracketed.startswith("00") else candidate
        regions: tuple[str | None, ...] = (None,)
    else:
        number = candidate
        regions = _regions_of_length(unicodedata.normalize("NFKC", "".join(c for c in candidate if c.isdigit())))
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if printed_as_phone and phonenumbers.is_possible_number(parsed):
            return "printed"
        if not printed_as_phone and phonenumbers.is_valid_number(parsed):
            return "valid"
    return None


@cache
def _plans() -> tuple[tuple[str, frozenset[int], str], ...]:
    """Per country code (the first of ``REGIONS`` that has it: parsing as US reads Canada's numbers too): the
    region, the possible lengths of its national numbers and its trunk prefix."""
    plans: dict[int, tuple[str, frozenset[int], str]] = {}
    for region in REGIONS:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        assert metadata is not None and metadata.general_desc is not None, region
        lengths = frozenset(metadata.general_desc.possible_length or ())
        plans.setdefault(metadata.country_code or 0, (region, lengths, metadata.national_prefix or ""))
    return tuple(plans.values())


def _regions_of_length(digits: str) -> tuple[str, ...]:
    """The regions where ``digits`` (a national number, with its trunk prefix or not) has a possible length: only
    these are parsed (a parse costs ~50 us; most digit runs in a note fit two or three plans, not thirteen)."""
    return tuple(
        region
        for region, lengths, prefix in _plans()
        if len(digits) in lengths or (prefix and digits.startswith(prefix) and len(digits) - len(prefix) in lengths)
    )


class NumberingPlanPhoneRecognizer(ScanRecognizer):
    """PHONE: candidates that libphonenumber reads as numbers of ``REGIONS`` (no context needed)."""

    # A bare run that a plan allocates scores below the labelled rules (an SSN, a record number after its label)
    SCORES = {"printed": 0.6, "valid": 0.5}

    def __init__(self) -> None:
        super().__init__(supported_entities=["PHONE"], name="NumberingPlanPhoneRecognizer", supported_language="en")

    def scan(self, text: str, lowered: str, found_before: Sequence[tuple[int, int]] = ()) -> list[RecognizerResult]:
        """Every candidate that reads as a phone, but those inside a span the rules before it found with a score of
        0.6 or more (``found_before``, sorted or not; such a span outranks this reading): most numbers in a note are
        typed by a labelled rule already, and a parse costs ~50 us."""
        before = sorted(found_before)
        starts = [start for start, _ in before]
        found = []
        for match in _CANDIDATE.finditer(text):
            at = bisect_right(starts, match.start())
            if at and before[at - 1][1] >= match.end():
                continue
            reading = phone_reading(match.group())
            if reading == "valid" and follows_a_thing_label(text, match.start()):
                continue  # Run 91234567 of the analyser
            if reading is not None:
                found.append(RecognizerResult("PHONE", match.start(), match.end(), self.SCORES[reading]))
        return found
