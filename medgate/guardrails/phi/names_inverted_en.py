"""Names printed surname first in capitals, as on wristbands, labels and request forms: ``CHAN, Tai-man``.

A capitalised surname run is a name only when nothing says it is a heading or an abbreviation: the surname
is not a clinical abbreviation (``BP, Temp``, ``CT, MRI``), and the given name is a listed given name or not
a common English word and not medical-looking (``ECG, Normal``, ``PLAN, Continue``, ``ALLERGY, Penicillin``).
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer
from medgate.guardrails.phi.names_en import HYPHENATED_GIVEN, EnglishNameRecognizer, common_word_set, name_lists

_INVERTED = regex.compile(
    r"(?<![\p{L}\d])((?:\p{Lu}[ '’])?\p{Lu}{2,}+(?:[-'’ ]\p{Lu}{2,}+)?)"  # Ó DABHÁIN, O'BRIEN, LE-ROY
    r",[ \t]++(\p{Lu}\p{Ll}++(?:-\p{L}\p{Ll}++)?)(?![\p{L}])"
)
_GATE = regex.compile(r"\p{Lu}{2},[ \t]")
# Capitalised clinical abbreviations a heading or a list may put before a comma.
_ABBREVIATIONS = """
    ABG AF AKI ALP ALT AP AST AVPU BD BGL BMI BNP BP BSL CA CBC CCF CCU CHF CK CKD COPD CR CRP CT CTPA CVA CVC
    CXR DM DNR DVT DX ECG ED EEG EGFR EKG EMG ENT ERCP ESR FBC FHX FYI GCS GFR GGT GI GP HB HBA HDU HPI HR HTN
    HX ICD ICU IDC IM INR IV LFT LFTS LMP LOC LRTI MAP MCV MET MI MRI MRN NAD NB NBM NCS NFR NGT NICU NIL NKDA
    OA OBS OGD OR OT PACU PE PEG PICC PICU PMH PMHX PO PR PRN PS PT QID RA RBC RE RR RRT RX SC SHX SOB SPO SX
    TDS TFT TIA TSH TX UA UEC UMRN URN URTI USS UTI VBG VS WBC WCC WNL
"""
CLINICAL_ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())


class InvertedNameRecognizer(ScanRecognizer):
    """PERSON spans ``SURNAME, Given`` (hyphenated given names too: ``YEUNG, Wing-yan``)."""

    SCORE = 0.8

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="InvertedNameRecognizer", supported_language="en")
        self._given = name_lists()[0]
        self._common = common_word_set()

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Every ``SURNAME, Given`` whose parts pass the guards."""
        if not _GATE.search(text):
            return []
        return [
            RecognizerResult("PERSON", match.start(), match.end(), self.SCORE)
            for match in _INVERTED.finditer(text)
            if self._is_name(match.group(1), match.group(2))
        ]

    def _is_name(self, surname: str, given: str) -> bool:
        if any(part in CLINICAL_ABBREVIATIONS for part in regex.split(r"[-'’ ]", surname)):
            return False
        if given in self._given or HYPHENATED_GIVEN.fullmatch(given):  # Wing-yan, Tai-man
            return True
        lowered = given.lower()
        common = all(part in self._common for part in lowered.split("-"))
        return not common and not EnglishNameRecognizer._is_medical(lowered)
