"""Phone numbers in the national forms the phone rules miss, and their extensions.

A trunk code in brackets (``(02) 9390 2727``, ``(020) 8737 5371``) and an Australian mobile printed in its
groups (``0412 251 189``) or a London number (``020 7956 4926``) are phones in any context: no date, dose or
record number is written so. An extension (``x4226``, ``ext. 6845``, ``转1586``) belongs to the number before
it (a Chinese landline with its extension outranks a card-number reading of its digits). Chinese dictation
reads a number out in characters (``电话是幺九五三幺二二五幺三二``) or spaced digits
(``1 9 5 8 3 4 6 0 3 6 8``): taken only right after 电话/手机. English dictation's digit-by-digit numbers
from a leading zero (``oh four one three…``) and Cantonese 我打 + a Hong Kong number are phones too.
"""

from presidio_analyzer import Pattern

from medgate.guardrails.phi.base import ContextPatternRecognizer

_E = r"(?![0-9A-Za-z])"
_EXTENSION = r"(?:[ \t]*+(?:x|ext\.?|extn\.?|转|分机)[ \t]*+[0-9]{1,5}+)?"


def national_phone() -> ContextPatternRecognizer:
    """Bracketed trunk codes, AU mobiles, London numbers and CN landlines with an extension."""
    patterns = [
        Pattern("bracketed trunk", r"(?<![0-9A-Za-z])\(0[0-9]{1,3}\)[ \t]?[0-9]{3,4}[ \t-]?[0-9]{4}" + _EXTENSION, 0.6),
        Pattern("au mobile", r"(?<![0-9A-Za-z+])04[0-9]{2}[ \t][0-9]{3}[ \t][0-9]{3}" + _EXTENSION, 0.6),
        Pattern("london", r"(?<![0-9A-Za-z+])020[ \t][378][0-9]{3}[ \t][0-9]{4}" + _EXTENSION, 0.6),
        Pattern("cn landline ext", r"(?<![0-9A-Za-z])0[0-9]{2,3}-[0-9]{7,8}(?:转|分机|-)[0-9]{1,5}+" + _E, 0.7),
    ]
    return ContextPatternRecognizer("PHONE", patterns, gate=r"\(0[0-9]|0[0-9]{2,3}[ \t-][0-9]")


def extension_after_number() -> ContextPatternRecognizer:
    """A NANP or +CC number with its extension (``+1 301 576 1820 ext. 12``)."""
    number = r"(?<![0-9A-Za-z+])\+?[0-9](?:[ ()-]?[0-9]){6,14}+"
    pattern = Pattern("number with extension", number + r"[ \t]*+(?:x|ext\.?|extn\.?)[ \t]*+[0-9]{1,5}+" + _E, 0.6)
    return ContextPatternRecognizer("PHONE", [pattern], gate=r"[0-9][ \t]*+(?:x|ext)")


def spoken_phone_zh() -> ContextPatternRecognizer:
    """电话/手机 (是/为) then eleven or so digits read out as characters or spaced digits."""
    value = r"[〇零一二三四五六七八九幺]{7,12}+|[0-9](?:[ \t][0-9]){6,11}+"
    pattern = Pattern(
        "spoken phone", r"(?:电话|手机)(?:号码)?(?:是|为|[:：])?[ \t]*+(?P<v>" + value + r")(?![0-9])", 0.7
    )
    return ContextPatternRecognizer("PHONE", [pattern], keywords=("电话", "手机"), language="zh")


def spoken_phone_en() -> ContextPatternRecognizer:
    """A number dictated digit by digit from its leading zero: ``0 4 1 9 0 4 8 4 1 9``, ``oh four one three…``
    (nine to eleven digits in a row; no score, dose or date is read so)."""
    digit = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)"
    patterns = [
        Pattern("spaced digits", r"(?<![0-9][ \t]?)(?<![A-Za-z])0(?:[ \t][0-9]){8,10}+(?![ \t]?[0-9])", 0.6),
        Pattern("digit words", r"(?<![\p{L}])(?i:oh|zero)(?:[ \t]" + digit + r"){8,10}+(?![\p{L}])", 0.6),
    ]
    return ContextPatternRecognizer("PHONE", patterns, gate=r"0[ \t][0-9][ \t][0-9]|(?i:oh|zero)[ \t][a-z]")


def cantonese_call() -> ContextPatternRecognizer:
    """我打/打去/打俾 (Cantonese: "I'll call") then a Hong Kong number."""
    pattern = r"(?:我打|打去|打俾|打畀)[ \t]*+(?P<v>[235-79][0-9]{3}[ \t]?[0-9]{4})(?![0-9])"
    return ContextPatternRecognizer("PHONE", [Pattern("hk call", pattern, 0.6)], keywords=("打",), language="zh")


def phone_form_recognizers() -> list[ContextPatternRecognizer]:
    """The phone forms above."""
    return [national_phone(), extension_after_number(), spoken_phone_zh(), spoken_phone_en(), cantonese_call()]
