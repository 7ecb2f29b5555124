"""Values in the columns of a table, typed by the column's header.

Theatre lists, ward boards and immunisation records print patients as table rows
(``| 1 | LIM MEI-HUA | H54418667 | lap cholecystectomy |``), and registration exports as comma- or tab-separated
lines under a header (``就诊卡号,姓名,性别,出生日期,手机``): a cell under ``Patient``/``Name`` is a name in whatever
form (capitals, initials, pinyin), a cell under ``Hosp No.``/``MRN`` a record number, one under ``DOB`` a birth date,
though no label stands before any of them. A bar table's header needs one known column; a comma- or tab-separated
one two (commas are common in prose). Each cell must look like its type: a name has letters, at most five words and
no digit; an identifier five digits or more; a birth date is a written date; a phone seven digits or more.
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer
from medgate.guardrails.phi.birth_dates import LOOSE_DATE, is_written_date

_HEADERS = {
    "patient": "PERSON",
    "name": "PERSON",
    "patient name": "PERSON",
    "woman": "PERSON",
    "child": "PERSON",
    "midwife": "PERSON",
    "surgeon": "PERSON",
    "anaesthetist": "PERSON",
    "given by": "PERSON",
    "nurse": "PERSON",
    "姓名": "PERSON",
    "患者": "PERSON",
    "hosp no.": "MEDICAL_RECORD_NO",
    "hosp no": "MEDICAL_RECORD_NO",
    "hospital no.": "MEDICAL_RECORD_NO",
    "hospital no": "MEDICAL_RECORD_NO",
    "hospital number": "MEDICAL_RECORD_NO",
    "mrn": "MEDICAL_RECORD_NO",
    "ur": "MEDICAL_RECORD_NO",
    "urn": "MEDICAL_RECORD_NO",
    "record no.": "MEDICAL_RECORD_NO",
    "住院号": "MEDICAL_RECORD_NO",
    "病案号": "MEDICAL_RECORD_NO",
    "就诊卡号": "MEDICAL_RECORD_NO",
    "门诊号": "MEDICAL_RECORD_NO",
    "dob": "DATE_OF_BIRTH",
    "d.o.b.": "DATE_OF_BIRTH",
    "date of birth": "DATE_OF_BIRTH",
    "birth date": "DATE_OF_BIRTH",
    "出生日期": "DATE_OF_BIRTH",
    "出生年月": "DATE_OF_BIRTH",
    "phone": "PHONE",
    "mobile": "PHONE",
    "tel": "PHONE",
    "telephone": "PHONE",
    "电话": "PHONE",
    "手机": "PHONE",
    "手机号": "PHONE",
    "联系电话": "PHONE",
    "address": "ADDRESS",
    "地址": "ADDRESS",
    "住址": "ADDRESS",
    "家庭住址": "ADDRESS",
    "insurance no": "INSURANCE_ID",
    "member id": "INSURANCE_ID",
    "medicare no": "INSURANCE_ID",
    "医保卡号": "INSURANCE_ID",
    "医保号": "INSURANCE_ID",
    "nhs no": "NATIONAL_ID",
    "nhs number": "NATIONAL_ID",
    "nric": "NATIONAL_ID",
    "身份证号": "CN_RESIDENT_ID",
}
_HEADER_WORD = regex.compile("|".join(regex.escape(header) for header in _HEADERS))
_BAR_CELL = regex.compile(r"[^|｜\n]++")
_SEPARATORS = {"\t": regex.compile(r"\t"), ",": regex.compile(r"[,，]")}
_NAME = regex.compile(
    r"(?:(?:RN|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sr)[ \t]++)?+(\p{L}[\p{L}'’.,-]*+(?:[ \t]++[\p{L}'’.,-]++){0,4}+)"
)
_IDENTIFIER = regex.compile(r"[A-Za-z]{0,4}+[- ]?[0-9][0-9A-Za-z -]{3,30}+")
_PHONE = regex.compile(r"[+(（]?[0-9０-９][0-9０-９ ()（）.\-]{6,24}+")
_WRITTEN_DATE = regex.compile(LOOSE_DATE)
_MIN_HEADERS = {"|": 1, "\t": 2, ",": 2}


def _separator(line: str) -> str | None:
    """The cell separator of a table line: a bar, a tab or a comma (ASCII or full width)."""
    if "|" in line or "｜" in line:
        return "|"
    if "\t" in line:
        return "\t"
    if "," in line or "，" in line:
        return ","
    return None


def _cells_of(line: str, separator: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a line: a bar table's non-empty runs between bars, or every field of a
    comma- or tab-separated line, empty ones included (so that columns line up)."""
    if separator == "|":
        return [(m.start(), m.end()) for m in _BAR_CELL.finditer(line)]
    starts = [0, *(m.end() for m in _SEPARATORS[separator].finditer(line))]
    ends = [*(start - 1 for start in starts[1:]), len(line)]
    return list(zip(starts, ends, strict=True))


def _looks_like(kind: str, value: str) -> bool:
    """Whether a cell's value has the form of its column's type."""
    if kind == "DATE_OF_BIRTH":
        return _WRITTEN_DATE.fullmatch(value) is not None and is_written_date(value)
    if kind == "PHONE":
        return _PHONE.fullmatch(value) is not None and sum(c.isdigit() for c in value) >= 7
    if kind == "ADDRESS":
        return 3 <= len(value) <= 120 and any(c.isalpha() for c in value)
    return _IDENTIFIER.fullmatch(value) is not None and sum(c.isdigit() for c in value) >= 5


class TableColumnRecognizer(ScanRecognizer):
    """The cells of tables whose header row names the column, typed by it."""

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[
                "PERSON",
                "MEDICAL_RECORD_NO",
                "DATE_OF_BIRTH",
                "PHONE",
                "ADDRESS",
                "INSURANCE_ID",
                "NATIONAL_ID",
                "CN_RESIDENT_ID",
            ],
            name="TableColumnRecognizer",
            supported_language="en",
        )

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Type each row's cells by the header row above it (the last row with enough known headers)."""
        if not _HEADER_WORD.search(lowered):
            return []
        found: list[RecognizerResult] = []
        columns: list[str | None] = []
        separator: str | None = None
        offset = 0
        for line in text.split("\n"):
            line_separator = _separator(line)
            if line_separator is None or (columns and line_separator != separator):
                columns = []
            if line_separator is not None and (columns or _HEADER_WORD.search(lowered, offset, offset + len(line))):
                cells = [(start + offset, end + offset) for start, end in _cells_of(line, line_separator)]
                kinds = [_HEADERS.get(lowered[s:e].strip()) for s, e in cells]
                if sum(kind is not None for kind in kinds) >= _MIN_HEADERS[line_separator]:
                    columns, separator = kinds, line_separator
                elif len(cells) == len(columns):
                    found += self._cells(text, cells, columns)
            offset += len(line) + 1
        return found

    def _cells(self, text: str, cells: list[tuple[int, int]], columns: list[str | None]) -> list[RecognizerResult]:
        found = []
        for (start, end), kind in zip(cells, columns, strict=True):
            value = text[start:end].strip()
            begin = start + text[start:end].find(value) if value else start
            if kind is None or not value:
                continue
            if kind == "PERSON":
                if (m := _NAME.fullmatch(value)) and len(value) <= 60:
                    found.append(RecognizerResult(kind, begin + m.start(1), begin + m.end(1), self.SCORE))
            elif _looks_like(kind, value):
                found.append(RecognizerResult(kind, begin, begin + len(value), self.SCORE))
        return found
