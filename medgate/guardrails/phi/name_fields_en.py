"""Names in capitals or with initials, where a document puts a name.

Lists and signatures print ``BRENDAN KING``, ``J. Akinwale``, ``Hall R``, ``Noble, J``, ``Ó Súilleabháin, J``;
the run-of-capitalised-words rules need mixed case and two name-like words. These forms are taken only in a
name slot: after a name label or a role (``Patient:``, ``Name ....``, ``Assessed by``, ``cc:``, ``RN``, ``Dr``)
or right before the patient's record number (``LEAH WATTS, #83318616``, ``Kemboi A (81289002)``). Guards:
capitals that are a clinical abbreviation, and a surname beside an initial that is a common English word but
no listed surname (``Grade A``, ``Type B``), are not names.
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer, ascii_twin
from medgate.guardrails.phi.names_en import common_word_set, name_lists, very_common_words
from medgate.guardrails.phi.names_inverted_en import CLINICAL_ABBREVIATIONS

_CAPS_WORD = r"(?:\p{Lu}['’ ])?\p{Lu}{2,}+(?:[-'’]\p{Lu}{2,}+)?"
_SURNAME = r"(?:(?:Ó|O'|Mac|Mc|Ní|Nic|Ua|de|da|van|von)[ \t])?\p{Lu}['’]?\p{Ll}++(?:-\p{Lu}\p{Ll}++)?"
_FORMS = (
    r"(?P<caps>" + _CAPS_WORD + r"(?:[ \t]" + _CAPS_WORD + r"){1,3}+)"
    r"|(?P<surname>" + _SURNAME + r"),?[ \t]\p{Lu}\.?(?![\p{L}])"
    r"|(?P<initial>\p{Lu}\.?[ \t](?:(?:de|van|Ó|Mac|Ní)[ \t])?\p{Lu}['’]?\p{Ll}++(?:-\p{Lu}\p{Ll}++)?)"
)
# Words a letter follows in clinical text (Grade A, Type 2, Hepatitis B): never a surname beside an initial.
_LETTER_HEADS = """
    grade type class stage group vitamin hepatitis hep factor lead zone level phase plan part section bay bed
    room ward theatre cohort category schedule appendix table figure option
"""
_BEFORE_LETTER = frozenset(_LETTER_HEADS.split())
# Searched in the lower-cased text: a case-insensitive alternation is several times slower to scan.
_LABEL = regex.compile(
    r"(?<![\p{L}])(?:(?:patient|name|woman|child|client|parent|partner|mum|dad|health visitor|physio|carer|"
    r"midwife|referrer|consultant|surgeon|anaesthetist)(?:[ \t]*+(?:\.{2,}+|:)[ \t]*+|[ \t]{2,}+)"
    r"|(?:(?:assessed|reported|referred|seen|given|signed|reviewed|witnessed) by|cc:|rn|dr\.?|mr|mrs|ms|"
    r"mister|advice re|regards,?\n)[ \t]*+)"
)
_LABEL_ASCII = ascii_twin(_LABEL)  # the same labels in ASCII text, found faster
_IN_SLOT = regex.compile(r"(?P<v>" + _FORMS + r")(?![\p{L}\d])")
_ID_AFTER = regex.compile(r"[,(（][ \t]*+#?[A-Z]{0,3}[0-9]{6}")
_BEFORE_ID = regex.compile(r"(?<![\p{L}])(?P<v>" + _FORMS + r")[ \t]*+$")
_GATE = regex.compile(r"\p{Lu}{2}|\p{Lu}\.?[ \t]\p{Lu}|\p{Ll},?[ \t]\p{Lu}(?![\p{L}])")


class NameFieldRecognizer(ScanRecognizer):
    """PERSON spans in capitals or with an initial, in a name slot."""

    SCORE = 0.8

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="NameFieldRecognizer", supported_language="en")
        given, surnames = name_lists()
        self._names = given | surnames
        self._common = common_word_set()
        self._very_common = very_common_words()

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Every name form in a slot that passes the guards."""
        if not _GATE.search(text):
            return []
        if len(lowered) != len(text):  # a character whose lower case is longer (İ): keep the offsets
            lowered = "".join(ch if len(ch.lower()) > 1 else ch.lower() for ch in text)
        labels = (_LABEL_ASCII if lowered.isascii() else _LABEL).finditer(lowered)
        matches = [m for label in labels if (m := _IN_SLOT.match(text, label.end()))]
        for after in _ID_AFTER.finditer(text):  # the identifier first (rare), then the name before it
            if before := _BEFORE_ID.search(text, max(0, after.start() - 60), after.start()):
                matches.append(before)
        return [
            RecognizerResult("PERSON", match.start("v"), match.end("v"), self.SCORE)
            for match in matches
            if self._is_name(match)
        ]

    def _is_name(self, match: regex.Match[str]) -> bool:
        if caps := match.group("caps"):
            words = regex.split(r"[-'’ \t]", caps)
            if any(word in CLINICAL_ABBREVIATIONS for word in words):
                return False
            return any(word.capitalize() in self._names or word.lower() not in self._common for word in words)
        word = (match.group("surname") or match.group("initial")).split()[-1]
        if word.lower() in _BEFORE_LETTER:
            return False
        return word in self._names or word.lower() not in self._very_common
