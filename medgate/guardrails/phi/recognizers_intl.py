"""Hong Kong, Taiwanese and Australian identifiers and phones: checksummed IDs found anywhere, numbers
without a checksum only in the form or context that makes them one (a +852 prefix, 电话 or "phone" before)."""

from presidio_analyzer import Pattern

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ContextPatternRecognizer
from medgate.guardrails.phi.checks import au_medicare_ok, hkid_ok, tw_id_ok

_B = r"(?<![0-9A-Za-z])"
_E = r"(?![0-9A-Za-z])"
# Gates are written with [0-9], not \d: the regex package searches an ASCII class several times faster.
_PHONE_WORDS = ("电话", "手机", "联络", "联系", "致电", "phone", "tel", "mobile", "cell", "contact", "call", "whatsapp")
# An 8-digit date (20240131) is not a phone number.
_YYYYMMDD = regex.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


class HkidRecognizer(ContextPatternRecognizer):
    """Hong Kong identity card numbers, A123456(3) or XY123456(A), kept only when the check digit is right.
    Written with the check digit in brackets they are found anywhere; run together (A1234563) they look like
    other identifiers, so they need HKID/身份证/identity card before them."""

    def __init__(self, *, bracketed: bool) -> None:
        check = r"[(（][0-9A][)）]" if bracketed else r"[0-9A]"
        pattern = Pattern("hkid", r"(?=[A-Z])" + _B + r"[A-Z]{1,2}\d{6}" + check + _E, 0.05)
        context = ("hkid", "身份证", "身份證", "identity card", "id card", "香港身份")
        super().__init__(
            "NATIONAL_ID",
            [pattern],
            context=context if not bracketed else (),
            gate=r"[0-9]{6}[(（]" if bracketed else r"[A-Z][0-9]{6}",
            require_context=not bracketed,
            validated_score=0.9,
            language="zh",
        )

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return hkid_ok(pattern_text)


class TaiwanIdRecognizer(ContextPatternRecognizer):
    """Taiwanese national IDs (A123456789: a letter, 1/2 for the sex or 8/9 for a resident certificate, and
    eight digits), kept only when the checksum holds (one random string in ten passes)."""

    def __init__(self) -> None:
        pattern = Pattern("taiwan id", r"(?=[A-Z])" + _B + r"[A-Z][1289]\d{8}" + _E, 0.05)
        super().__init__("NATIONAL_ID", [pattern], gate=r"[A-Z][1289][0-9]{8}", validated_score=0.9, language="zh")

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return tw_id_ok(pattern_text)


class MedicareRecognizer(ContextPatternRecognizer):
    """Australian Medicare numbers printed as on the card (2123 45670 1, an optional card position after
    it), kept only when the check digit holds; labelled ones ("Medicare no.") are the insurance rule's."""

    def __init__(self) -> None:
        number = r"(?=[2-6])" + _B + r"[2-6]\d{3} \d{5} \d(?:[ /-]?\d)?" + _E
        super().__init__(
            "INSURANCE_ID", [Pattern("medicare", number, 0.05)], gate=r"[0-9]{4} [0-9]{5} [0-9]", validated_score=0.8
        )

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return au_medicare_ok(pattern_text)


def taiwan_mobile() -> ContextPatternRecognizer:
    """Taiwanese mobiles: 09xx-xxx-xxx, 09xxxxxxxx or +886 9xx xxx xxx."""
    mobile = r"(?=[+0])(?<![0-9A-Za-z+])(?:\+886[ -]?|0)9\d{2}[ -]?\d{3}[ -]?\d{3}" + _E
    return ContextPatternRecognizer(
        "PHONE", [Pattern("taiwan mobile", mobile, 0.6)], context=_PHONE_WORDS, keywords=("09", "+886"), language="zh"
    )


class HongKongPhoneRecognizer(ContextPatternRecognizer):
    """Hong Kong numbers (eight digits, 2/3 landlines, 5/6/7/9 mobiles): with +852 anywhere, bare only
    right after a phone word (an 8-digit number alone is as likely a record number or a date)."""

    def __init__(self, *, prefixed: bool) -> None:
        number = r"[235-79]\d{3}[ -]?\d{4}" + _E
        if prefixed:
            patterns = [Pattern("hk phone +852", r"(?=\+)\+852[ -]?" + number, 0.6)]
        else:
            patterns = [Pattern("hk phone", r"(?=[235-79])" + _B + r"(?<!\+852[ -]?)" + number, 0.1)]
        super().__init__(
            "PHONE",
            patterns,
            context=_PHONE_WORDS,
            window=16,
            boost=0.5,
            keywords=("+852",) if prefixed else (),
            gate=None if prefixed else r"[235-79][0-9]{3}[ -]?[0-9]{4}",
            require_context=not prefixed,
            language="zh",
        )

    def invalidate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return bool(_YYYYMMDD.fullmatch(pattern_text))


def international_recognizers() -> list[ContextPatternRecognizer]:
    """The Hong Kong, Taiwanese and Australian recognizers, checksummed ones first."""
    return [
        HkidRecognizer(bracketed=True),
        HkidRecognizer(bracketed=False),
        TaiwanIdRecognizer(),
        MedicareRecognizer(),
        taiwan_mobile(),
        HongKongPhoneRecognizer(prefixed=True),
        HongKongPhoneRecognizer(prefixed=False),
    ]
