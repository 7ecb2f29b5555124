"""Identifying codes known by their shape alone, whatever label (or none) stands before them.

The record-number and insurance rules read a value after its label, and every blind split brought labels and
layouts they did not know (HL7 fields, wristband barcodes, ``H23-950555-7``, ``ZY20A56786``, an NRIC ``S9196245D``
in a Singapore note). HIPAA's Safe Harbor list ends with "any other unique identifying number, characteristic,
or code": a code that mixes capital letters with a long run of digits is one, and so is a long number printed in
groups. They are redacted as ``IDENTIFIER`` unless a labelled rule types them (a labelled rule scores higher).

Kept, as codes that identify no one: numbers after a thing's label (a vaccine lot, a reagent batch, an analyser
run), trial registrations (NCT, ChiCTR, ISRCTN), gene and transcript names
(rs, NM_, ENSG…), literature ids (PMID, PMC, DOI, ISBN), and lab results run together (``ALT129AST81``: no run of
four digits). A Medicare Beneficiary Identifier (``1EG4-TE5-MK73``: CMS's fixed pattern of digits and letters) is
an ``INSURANCE_ID``.
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer

# A word of capitals, digits and single hyphens: H23-950555-7, ZY20A56786, UDC539688747 (its digits are counted
# afterwards: a lookahead for one would rescan a long run from every position)
_CODE = regex.compile(r"(?<![A-Za-z0-9_-])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,24}+(?![A-Za-z0-9_])")
_DIGIT_RUN = regex.compile(r"[0-9]{4,}")
_NOT_PERSONAL = regex.compile(r"^(?:RS|NCT|CHICTR|ISRCTN|NM_|NR_|NP_|NC_|NG_|XM_|ENS|PMID|PMC|CHR|GCST|DOI|ISBN|CAS)")
# Three or four groups of three to five digits (2076 0915 0717, 110-1016-70894): nine digits at least
_DIGIT_GROUPS = regex.compile(r"(?<![0-9A-Za-z.,])[0-9]{3,5}(?:[ -][0-9]{3,5}){2,3}+(?![0-9A-Za-z]|[.,][0-9])")
# CMS's MBI: no S, L, O, I, B or Z; positions 2, 5, 8, 9 letters, 1, 4, 7, 10, 11 digits
_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
_MBI = regex.compile(
    rf"(?<![0-9A-Za-z])[1-9]{_MBI_LETTER}[0-9AC-HJKMNP-RT-Y][0-9]-?{_MBI_LETTER}[0-9AC-HJKMNP-RT-Y][0-9]-?"
    rf"{_MBI_LETTER}{{2}}[0-9]{{2}}(?![0-9A-Za-z])"
)


# Labels of numbers that identify a thing, not a person: a vaccine lot, a reagent batch, an analyser run, a
# catalogue or model number, a study protocol (批号, 批次, 型号, 货号). Read in the 24 characters before a value.
_THING_LABEL = regex.compile(
    r"(?:(?i:\b(?:lot|batch|run|kit|ref|cat(?:alog(?:ue)?)?|model|version|protocol|study|part|product|sku)\b)"
    r"|批号|批次|型号|货号)(?:[ \t]*+(?i:no\.?|number|#))?[ \t:：#.]*+$"
)


def follows_a_thing_label(text: str, start: int) -> bool:
    """Whether the value at ``start`` comes right after a label of a thing's number (``_THING_LABEL``)."""
    return _THING_LABEL.search(text, max(0, start - 24), start) is not None


def is_identifying_code(word: str) -> bool:
    """A ``_CODE`` word with six digits or more, a run of four, no more letters than digits, and no known
    non-personal prefix."""
    digits = sum(c.isdigit() for c in word)
    letters = sum(c.isalpha() for c in word)
    return (
        digits >= 6
        and 0 < letters <= digits
        and _DIGIT_RUN.search(word) is not None
        and _NOT_PERSONAL.match(word) is None
    )


class IdentifierShapeRecognizer(ScanRecognizer):
    """IDENTIFIER: capital-and-digit codes and grouped long numbers; INSURANCE_ID: Medicare Beneficiary Identifiers."""

    SCORE = 0.55

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["IDENTIFIER", "INSURANCE_ID"],
            name="IdentifierShapeRecognizer",
            supported_language="en",
        )

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Codes, digit groups and MBIs anywhere in ``text``."""
        codes = [m for m in _CODE.finditer(text) if is_identifying_code(m.group())]
        found = [
            RecognizerResult("IDENTIFIER", m.start(), m.end(), self.SCORE)
            for m in (*codes, *_DIGIT_GROUPS.finditer(text))
            if not follows_a_thing_label(text, m.start())
        ]
        found += (RecognizerResult("INSURANCE_ID", m.start(), m.end(), 0.7) for m in _MBI.finditer(text))
        return found
