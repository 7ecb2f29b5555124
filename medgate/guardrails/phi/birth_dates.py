"""Birth dates in the printed and spoken forms the date-of-birth rules miss, always after a birth label.

Wristbands and forms print ``07-MAR-1961`` and ``7.3.61``; Chinese forms ``61.03.07`` (year first, two
digits), ``一九六一年三月七日`` or ``…七号``; dictation says ``9 6 1981`` or ``22nd of june 1950``. The label
(DOB, date of birth, 出生日期, 生日) is required: a date alone is a visit or a lab date, not a birth date.
"""

import unicodedata

from presidio_analyzer import Pattern, RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ContextPatternRecognizer, ScanRecognizer

_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?"
_EN_DATE = (
    r"[0-9]{1,2}-" + _MONTH + r"-(?:19|20)?[0-9]{2}"  # 07-MAR-1961
    r"|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2}(?:[0-9]{2})?"  # 7.3.61
    r"|[0-9]{1,2}[ \t][0-9]{1,2}[ \t](?:19|20)[0-9]{2}"  # 9 6 1981 (spoken)
    r"|[0-9]{1,2}(?:st|nd|rd|th)?[ \t](?:of[ \t])?" + _MONTH + r"[ \t](?:19|20)[0-9]{2}"  # 22nd of june 1950
)
_HAN_DIGIT = "[〇零一二三四五六七八九]"
_ZH_DATE = (
    r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}(?![0-9.])"  # 61.03.07
    r"|(?:19|20)[0-9]{2}[./][0-9]{1,2}[./][0-9]{1,2}"
    r"|(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}[日号]"
    r"|"
    + _HAN_DIGIT
    + r"{2}(?:"
    + _HAN_DIGIT
    + r"{2})?年(?:十[一二]?|[一二三四五六七八九])月[一二三四五六七八九十]{1,3}[日号]"  # 一九六一年三月七日, 四五年…
)
_LEADER = r"(?>[ \t]*+(?:\.{2,}+|[:：\-])?[ \t]*+)"


def printed_date_of_birth() -> ContextPatternRecognizer:
    """A birth label, an optional colon or dotted leader, then one of the dates above."""
    label = r"(?=[DdBb出生])(?:(?i:DOB|D\.O\.B\.?|date of birth|birth ?date)|出生日期|出生年月日|生日)"
    pattern = Pattern(
        "printed dob", label + _LEADER + r"(?P<v>" + _EN_DATE + "|" + _ZH_DATE + r")(?![0-9A-Za-z])", 0.85
    )
    return ContextPatternRecognizer("DATE_OF_BIRTH", [pattern], keywords=("dob", "d.o.b", "birth", "出生", "生日"))


# Any written date after a birth label, whatever its form: the forms above are the ones a fixed grammar knows, and
# each blind split brought others (``Apr 18 '66``, ``20030709``, ``24MAR2006``, ``February 17th, 1987``,
# ``78年5月19日``, ``民國93年10月8日``, ``084/06/04``, full-width digits). Parts: numbers (an ordinal suffix allowed),
# month names and a two-digit year after an apostrophe, joined by the separators dates are written with.
_D = "[0-9０-９]"
_PART = rf"(?:{_D}{{1,4}}+(?i:st|nd|rd|th)?|{_MONTH}|['’]{_D}{{2}})"
_JOIN = r"(?:[ \t]*+[/.\-,][ \t]*+|[ \t]++(?:of[ \t]++)?|年|月)"
LOOSE_DATE = (
    rf"(?:民[國国][ \t]*+)?{_PART}(?:{_JOIN}{_PART}){{1,2}}+[日号號]?"  # 2 or 3 parts: 5/3/87, Apr 18 '66
    rf"|{_D}{{8}}"  # 20030709
    rf"|{_D}{{1,2}}(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec){_D}{{2,4}}"  # 24MAR2006
)
_BIRTH_LABEL = (
    r"(?:(?i:DOB|D\.O\.B\.?|date[ \t]of[ \t]birth|birth[ \t]?date|born(?:[ \t]on)?)"
    r"|出生日期|出生年月日|出生年月|出生于|生日|出生)"
)
_LOOSE_DOB = regex.compile(_BIRTH_LABEL + _LEADER + r"(?P<v>" + LOOSE_DATE + r")(?![0-9０-９A-Za-z])")


def is_written_date(value: str) -> bool:
    """Whether a ``LOOSE_DATE`` match reads as a date: three digits at least, and a compact eight-digit run a
    calendar date (year first or last, 1900-2099)."""
    digits = "".join(str(unicodedata.digit(c)) for c in value if c.isdigit())
    if len(digits) < 3:
        return False
    if len(digits) == 8 and len(value) == 8:
        return any(
            _calendar_date(y, m, d)
            for y, m, d in ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2]))
        )
    return True


def _calendar_date(year: str, month: str, day: str) -> bool:
    return year[:2] in ("19", "20") and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


class WrittenBirthDateRecognizer(ScanRecognizer):
    """DATE_OF_BIRTH: a birth label, then a date in any written form (``is_written_date``)."""

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["DATE_OF_BIRTH"], name="WrittenBirthDateRecognizer", supported_language="en"
        )

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Each labelled value that ``is_written_date``."""
        if not _GATE.search(lowered):
            return []
        return [
            RecognizerResult("DATE_OF_BIRTH", m.start("v"), m.end("v"), self.SCORE)
            for m in _LOOSE_DOB.finditer(text)
            if is_written_date(m.group("v"))
        ]


_GATE = regex.compile(r"dob|d\.o\.b|birth|born|出生|生日")
