"""Values that a document attaches to a patient without a label of their own.

Headers and labels print a patient's identifiers together: a record number in brackets after the name or the
address ("Diane Lau (ZY54358927)", "…Red Deer, AB T4N 5E1 [H26996342]"), a slash-separated line after the
name ("Pakjira Pitanuwat / October 12, 1982 / MR30831170"), or one label line for several values
("Name / DOB / MRN: Jo Bloggs / 01/02/1950 / 1234567"). The record-number and birth-date recognizers need a
label right before the value, so these run on the detector's results (and the text) afterwards.
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.recognizers_en import DATE

# Five digits at least, so ages and years ("(45)", "(1960)") stay.
_ID = r"[A-Za-z]{0,4}-?\d{5,20}+[A-Za-z]{0,2}"
_BRACKETED_ID = regex.compile(r"[ \t]{0,3}+[(（\[][ \t]*+(" + _ID + r")[ \t]*+[)）\]]")
_CN_DATE = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
# One field of a slash- or bar-separated line: a date, an identifier, or a sex/age field passed over.
_FIELD = regex.compile(
    r"[ \t]*+[/|｜][ \t]*+(?:(?P<date>" + DATE + "|" + _CN_DATE + r")|(?P<id>" + _ID + r")"
    r"|(?i:\d{1,3}[ \t]?(?:y|yo|yrs?|years?|岁|[MF])?|M|F|male|female|男|女))(?![0-9A-Za-z])"
)
_HEADER_LABELS: dict[str, str | None] = {
    "name": "PERSON",
    "patient": "PERSON",
    "patient name": "PERSON",
    "姓名": "PERSON",
    "dob": "DATE_OF_BIRTH",
    "d.o.b.": "DATE_OF_BIRTH",
    "d.o.b": "DATE_OF_BIRTH",
    "date of birth": "DATE_OF_BIRTH",
    "birth date": "DATE_OF_BIRTH",
    "出生日期": "DATE_OF_BIRTH",
    "mrn": "MEDICAL_RECORD_NO",
    "ur": "MEDICAL_RECORD_NO",
    "urn": "MEDICAL_RECORD_NO",
    "hospital no": "MEDICAL_RECORD_NO",
    "hospital no.": "MEDICAL_RECORD_NO",
    "record no": "MEDICAL_RECORD_NO",
    "住院号": "MEDICAL_RECORD_NO",
    "门诊号": "MEDICAL_RECORD_NO",
    "病案号": "MEDICAL_RECORD_NO",
    "病历号": "MEDICAL_RECORD_NO",
    "phone": "PHONE",
    "tel": "PHONE",
    "电话": "PHONE",
    "sex": None,
    "gender": None,
    "age": None,
    "性别": None,
    "年龄": None,
    "ward": None,
    "bed": None,
    "床号": None,
}
_LABEL = "(?:" + "|".join(regex.escape(label) for label in sorted(_HEADER_LABELS, key=len, reverse=True)) + ")"
# Label / label / label: value / value / value (values split at a spaced slash or a bar, so 01/02/1950 stays).
_HEADER = regex.compile(
    r"(?i)(?<![\p{L}])(" + _LABEL + r"(?:[ \t]*+/[ \t]*+" + _LABEL + r"){1,5}+)[ \t]*+[:：][ \t]*+([^\n]{1,200}+)"
)
# A letter, a slash and a letter (Name / DOB, 姓名/性别): the header's shape, cheap to search for.
_HEADER_GATE = regex.compile(r"[A-Za-z\p{Han}][ \t]{0,3}/[ \t]{0,3}[A-Za-z\p{Han}]")
_LABEL_SPLIT = regex.compile(r"[ \t]*+/[ \t]*+")
_VALUE_SPLIT = regex.compile(r"[ \t]++/[ \t]++|[ \t]*+[|｜][ \t]*+")
# The last value ends at a sentence or clause mark.
_VALUE_END = regex.compile(r"[;。；，]|[.,](?:[ \t]|$)")
WHOLE_SCORE = 0.85


def attached_ids(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Record numbers and birth dates attached to a detected name or address, and the values of a header
    line that names its labels first."""
    found: list[RecognizerResult] = []
    for r in results:
        if r.entity_type not in ("PERSON", "ADDRESS"):
            continue
        if match := _BRACKETED_ID.match(text, r.end):
            found.append(RecognizerResult("MEDICAL_RECORD_NO", match.start(1), match.end(1), WHOLE_SCORE))
        elif r.entity_type == "PERSON":
            found += _fields_after(text, r.end)
    if _HEADER_GATE.search(text):
        offset = 0
        for line in text.split("\n"):  # only lines that hold a slash and a colon
            if "/" in line and (":" in line or "：" in line):
                found += _header_values(text, offset, offset + len(line))
            offset += len(line) + 1
    return found


def _fields_after(text: str, at: int) -> list[RecognizerResult]:
    """Dates (birth dates) and identifiers (record numbers) in a slash-separated line after a name."""
    found = []
    while field := _FIELD.match(text, at):
        for group, entity in (("date", "DATE_OF_BIRTH"), ("id", "MEDICAL_RECORD_NO")):
            if field.group(group):
                found.append(RecognizerResult(entity, field.start(group), field.end(group), WHOLE_SCORE))
        at = field.end()
    return found


def _header_values(text: str, start: int, end: int) -> list[RecognizerResult]:
    """The values of "Name / DOB / MRN: a / b / c" in text[start:end], each typed by its label's position."""
    found = []
    for header in _HEADER.finditer(text, start, end):
        kinds = [_HEADER_LABELS[label.lower()] for label in _LABEL_SPLIT.split(header.group(1))]
        line, pieces, begin = header.group(2), [], 0
        for separator in _VALUE_SPLIT.finditer(line):
            pieces.append((begin, separator.start()))
            begin = separator.end()
        tail = _VALUE_END.search(line, begin)
        pieces.append((begin, tail.start() if tail else len(line)))
        if len(pieces) != len(kinds):
            continue
        for kind, (begin, end) in zip(kinds, pieces, strict=True):
            value = line[begin:end].strip()
            wanted = len(value) <= 40 if kind == "PERSON" else any(ch.isdigit() for ch in value)
            if kind is not None and value and wanted:
                offset = header.start(2) + begin + line[begin:end].index(value)
                found.append(RecognizerResult(kind, offset, offset + len(value), WHOLE_SCORE))
    return found
