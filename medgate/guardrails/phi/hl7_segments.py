"""Patient fields of HL7 v2 messages pasted into a request (ADT feeds, lab orders, interface logs).

HL7 v2 fixes where each value sits, so no label is needed: ``PID|1||ZY26B79436^^^HOSP^MR||FOO^ADETOKE^E||19850901``
holds a record number (PID-3), a name (PID-5) and a birth date (PID-7). The segments that carry a person's data
are read by field number (HL7 v2.5 chapter 3 and 6): the patient (PID), next of kin (NK1), guarantor (GT1) and
insured (IN1). Fields split on ``|``, repetitions on ``~``; a name, an address or a phone is its whole field, an
identifier is the first component of each repetition, typed by its identifier-type code (MR, NH, SS…).
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer

# segment -> field number -> entity type ("ID": the first component of each repetition, typed by its type code)
_FIELDS: dict[str, dict[int, str]] = {
    "PID": {
        2: "ID",
        3: "ID",
        4: "ID",
        5: "PERSON",
        6: "PERSON",
        7: "DATE_OF_BIRTH",
        9: "PERSON",
        11: "ADDRESS",
        13: "PHONE",
        14: "PHONE",
        18: "ID",
        19: "SSN",
        20: "ID",
        21: "ID",
    },
    "NK1": {2: "PERSON", 4: "ADDRESS", 5: "PHONE", 6: "PHONE", 30: "PERSON", 31: "PHONE", 32: "ADDRESS", 33: "ID"},
    "GT1": {2: "ID", 3: "PERSON", 5: "ADDRESS", 6: "PHONE", 7: "PHONE", 8: "DATE_OF_BIRTH", 12: "SSN"},
    "IN1": {16: "PERSON", 18: "DATE_OF_BIRTH", 19: "ADDRESS", 36: "INSURANCE_ID", 49: "ID"},
}
_ID_TYPES = {
    "MR": "MEDICAL_RECORD_NO",
    "PI": "MEDICAL_RECORD_NO",
    "NH": "NATIONAL_ID",
    "NI": "NATIONAL_ID",
    "SS": "SSN",
    "PPN": "PASSPORT",
    "MC": "INSURANCE_ID",
    "MA": "INSURANCE_ID",
    "HC": "INSURANCE_ID",
}
_SEGMENT = regex.compile(r"(?m)^(PID|NK1|GT1|IN1)\|")
_DATE = regex.compile(r"[0-9]{8}")


class Hl7SegmentRecognizer(ScanRecognizer):
    """The person fields of PID, NK1, GT1 and IN1 segments, by field number."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[
                "PERSON",
                "ADDRESS",
                "PHONE",
                "DATE_OF_BIRTH",
                "SSN",
                "PASSPORT",
                "MEDICAL_RECORD_NO",
                "NATIONAL_ID",
                "INSURANCE_ID",
                "IDENTIFIER",
            ],
            name="Hl7SegmentRecognizer",
            supported_language="en",
        )

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Every person field of every segment line."""
        found: list[RecognizerResult] = []
        for segment in _SEGMENT.finditer(text):
            line_end = text.find("\n", segment.start())
            line_end = len(text) if line_end < 0 else line_end
            fields = _FIELDS[segment.group(1)]
            start = segment.start()
            for number, field in enumerate(text[start:line_end].split("|")):
                kind = fields.get(number)
                if kind is not None and field.strip(" ^~"):
                    found += self._field(kind, start, field)
                start += len(field) + 1
        return found

    def _field(self, kind: str, start: int, field: str) -> list[RecognizerResult]:
        found = []
        for repetition in field.split("~"):
            if kind == "ID":
                components = repetition.split("^")
                value = components[0].strip()
                if value:
                    id_type = _ID_TYPES.get(components[4].strip() if len(components) > 4 else "", "IDENTIFIER")
                    found.append(RecognizerResult(id_type, start, start + len(components[0]), self.SCORE))
            elif kind == "DATE_OF_BIRTH":
                if date := _DATE.match(repetition):
                    found.append(RecognizerResult(kind, start, start + date.end(), self.SCORE))
            elif repetition.strip(" ^"):
                found.append(RecognizerResult(kind, start, start + len(repetition.rstrip("^ ")), self.SCORE))
            start += len(repetition) + 1
        return found
