"""Values in the columns of a bar-separated table, typed by the column's header.

Theatre lists, ward boards and immunisation records print patients as table rows
(``| 1 | LIM MEI-HUA | H54418667 | lap cholecystectomy |``): a cell under ``Patient``/``Name`` is a name
in whatever form (capitals, initials) and a cell under ``Hosp No.``/``MRN`` is a record number, though no
label stands before either. Name cells must look like a name (letters, at most five words, no digit), record
cells must hold five digits or more.
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer

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
}
_HEADER_WORD = regex.compile("|".join(regex.escape(header) for header in _HEADERS))
_CELL = regex.compile(r"[^|｜\n]++")
_NAME = regex.compile(
    r"(?:(?:RN|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sr)[ \t]++)?+(\p{L}[\p{L}'’.,-]*+(?:[ \t]++[\p{L}'’.,-]++){0,4}+)"
)
_RECORD = regex.compile(r"[A-Za-z]{0,4}-?[0-9]{5,20}+")


class TableColumnRecognizer(ScanRecognizer):
    """PERSON and MEDICAL_RECORD_NO cells of tables whose header row names the column."""

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON", "MEDICAL_RECORD_NO"], name="TableColumnRecognizer", supported_language="en"
        )

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Type each row's cells by the header row above them (the last row with a known header)."""
        if "|" not in text and "｜" not in text:
            return []
        found: list[RecognizerResult] = []
        columns: list[str | None] = []
        offset = 0
        for line in text.split("\n"):
            if ("|" in line or "｜" in line) and (columns or _HEADER_WORD.search(lowered, offset, offset + len(line))):
                cells = [(m.start() + offset, m.end() + offset) for m in _CELL.finditer(line)]
                kinds = [_HEADERS.get(lowered[s:e].strip()) for s, e in cells]
                if any(kinds):
                    columns = kinds
                elif len(cells) == len(columns):
                    found += self._cells(text, cells, columns)
            else:
                columns = []
            offset += len(line) + 1
        return found

    def _cells(self, text: str, cells: list[tuple[int, int]], columns: list[str | None]) -> list[RecognizerResult]:
        found = []
        for (start, end), kind in zip(cells, columns, strict=True):
            value = text[start:end].strip()
            begin = start + text[start:end].find(value) if value else start
            if kind == "PERSON" and (m := _NAME.fullmatch(value)) and len(value) <= 60:
                found.append(RecognizerResult(kind, begin + m.start(1), begin + m.end(1), self.SCORE))
            elif kind == "MEDICAL_RECORD_NO" and _RECORD.fullmatch(value):
                found.append(RecognizerResult(kind, begin, begin + len(value), self.SCORE))
        return found
