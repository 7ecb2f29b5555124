"""Birth dates in the printed and spoken forms the date-of-birth rules miss, always after a birth label.

Wristbands and forms print ``07-MAR-1961`` and ``7.3.61``; Chinese forms ``61.03.07`` (year first, two
digits), ``一九六一年三月七日`` or ``…七号``; dictation says ``9 6 1981`` or ``22nd of june 1950``. The label
(DOB, date of birth, 出生日期, 生日) is required: a date alone is a visit or a lab date, not a birth date.
"""

from presidio_analyzer import Pattern

from medgate.guardrails.phi.base import ContextPatternRecognizer

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
