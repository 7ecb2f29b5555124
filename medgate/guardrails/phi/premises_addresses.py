"""Addresses that start with the premises, not with a house number on a named street.

Much of the world writes the dwelling first and the street after it, if at all: ``House No. 24, Street 7, F-8/9,
Islamabad``, ``Plot 11, Adeola Odeku Street, Victoria Island, Lagos``, ``Erf 3011, Site C, Khayelitsha, Cape Town,
7784``, ``Hse No. 11, Kileleshwa, off Othaya Road, Nairobi``, ``Flat 38, Umhlanga Sands, 60 Lagoon Drive``. The
street rules want a number, capitalised words and a street type, and the postal rules a country's postcode, so these
passed whole (English addresses were the weakest type of every blind split). Here an address is a premises word
(House, Flat, Plot, Stand, Erf ...) and its number, then comma- or line-separated address parts: a few words that
are capitalised or numbered (``Zone 5``, ``3rd Avenue``, ``Gulshan-e-Iqbal``), with the small words addresses use
(``off Zik Avenue``, ``rue Sainte-Catherine``). Alone it needs two parts after the premises; after an address label
(``Home:``, ``Delivery address:``, ``Location:``, ``Address:`` at a line's end) one part, or a numbered street.
A part ends at a comma, a line's end or the prose after it, never at a colon, so the next field of a form
(``Diagnosis: ...``) is not read as a town. Premises of a hospital (``Unit 2, Ward 5, Bed 3``) are not addresses.
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer

_PREMISES = r"(?:House|HOUSE|Hse|H\.|Flat|FLAT|Apt\.?|Apartment|Plot|PLOT|Stand|Erf|ERF|Villa|Unit|Block|Blk)"
_NUMBER = (
    r"(?:[ \t]*+(?:No\.?|Number|#)[ \t]*+|[ \t]++#?)[0-9]{1,5}[A-Za-z]?(?:[-/][0-9A-Za-z]{1,5}){0,2}+(?![0-9A-Za-z])"
)
# A word of an address; a dot inside it only before a letter or digit, or after an abbreviation (``St.``), so a
# sentence's full stop ends the address.
_WORD = (
    r"[\p{Lu}0-9][\p{L}0-9'’&/-]*+(?:\.[\p{L}0-9][\p{L}0-9'’&/-]*+)*+"
    r"(?:(?<=(?<![\p{L}])(?:Apt|St|Rd|Ave|No|Mt|Ft|Blk|Hse|Cres|Pl|Ct|Ln|Sq|Tce|Esp|Bldg|Fl|Nr|Opp))\.)?+"
)
_SMALL = r"(?:off|of|the|e|el|al|de|du|la|le|rue|van|von|da|do|dos)"
# A part is followed by a separator, the line's end, a dash or closing mark, or lower-case prose (``... Enugu on
# Tue``), never by a colon.
_PART_END = r"(?=[ \t]*+(?:[,;.)?|\n]|$|[-–][ \t])|[ \t]++\p{Ll})"
_PART = rf"(?:{_SMALL}[ \t]++){{0,2}}+{_WORD}(?:[ \t]++(?:{_SMALL}[ \t]++){{0,2}}+{_WORD}){{0,4}}+{_PART_END}"
# A comma, or a line break before a line that is not the form's next field (``Phone 582-536-1237``,
# ``Members seen: 4``).
_NEXT_FIELD = (
    r"(?i:phone|tel|telephone|mobile|mob|cell|fax|e-?mail|dob|d\.o\.b|born|nhs|mrn|hospital|ward|bed|gp|nok)\b"
)
_SEPARATOR = rf"(?:,[ \t]*+|,?[ \t]*+\n[ \t]*+(?!{_NEXT_FIELD})(?![^\n:]*+:))"
_PREMISES_FIRST = rf"(?<![\p{{L}}0-9]){_PREMISES}{_NUMBER}"
_PREMISES_ADDRESS = regex.compile(rf"{_PREMISES_FIRST}(?:{_SEPARATOR}{_PART}){{2,6}}+")
_HOUSE_NUMBER = r"[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]{1,5})?[ \t]++"
_AFTER_LABEL = r"[ \t]*+:[ \t]*+(?:\n[ \t]*+)?"
_KIND_OF_ADDRESS = r"(?:home|postal|delivery|residential|current|permanent|usual|mailing|correspondence)[ \t]++address"
# After ``Home:`` or ``Location:`` the premises or a house number; after a label that says address, also an
# address of named parts (``Mohalla Islampura, Gali No. 1, House 476, Lahore``): three parts or more, one numbered.
_LABELLED_ADDRESS = regex.compile(
    rf"(?i:{_KIND_OF_ADDRESS}"
    rf"|address(?:[ \t]++on[ \t]++file)?|home|location|residence){_AFTER_LABEL}"
    rf"(?P<v>(?:{_PREMISES}{_NUMBER}|{_HOUSE_NUMBER}{_PART})(?:{_SEPARATOR}{_PART}){{0,6}}+)"
)
_NAMED_PARTS = regex.compile(
    rf"(?i:{_KIND_OF_ADDRESS}"
    rf"|address){_AFTER_LABEL}(?P<v>{_PART}(?:{_SEPARATOR}{_PART}){{2,6}}+)"
)
_DIGIT = regex.compile(r"[0-9]")
# A numbered street, then a landmark it is off or near, then the town (``24 Ogui Road, off Zik Avenue, Enugu``).
_OFF_A_STREET = regex.compile(
    rf"(?<![\p{{L}}0-9]){_HOUSE_NUMBER}{_PART}{_SEPARATOR}(?:off|near|opposite|behind)[ \t]++{_PART}"
    rf"(?:{_SEPARATOR}{_PART}){{0,3}}+"
)
_GATE = regex.compile(
    rf"{_PREMISES}[ \t.]|(?i:address|home|location|residence)[ \t]*+:|, (?:off|near|opposite|behind) "
)
_HOSPITAL_PART = regex.compile(r"(?:Ward|Bed|Bay|Theatre|Clinic|Department|Dept|Floor|Room)\b")


class PremisesAddressRecognizer(ScanRecognizer):
    """ADDRESS: premises and their number, then address parts; or a premises- or number-led line after a label."""

    SCORE = 0.9  # above a name rule's: a street named after a person (Adeola Odeku Street) stays in the address

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], name="PremisesAddressRecognizer", supported_language="en")

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        if _GATE.search(text) is None:
            return []
        found = [(m.start("v"), m.end("v")) for m in _LABELLED_ADDRESS.finditer(text)]
        found += [(m.start("v"), m.end("v")) for m in _NAMED_PARTS.finditer(text) if _DIGIT.search(text, *m.span("v"))]
        found += [(m.start(), m.end()) for m in _PREMISES_ADDRESS.finditer(text)]
        found += [(m.start(), m.end()) for m in _OFF_A_STREET.finditer(text)]
        return [
            RecognizerResult("ADDRESS", start, end, self.SCORE)
            for start, end in found
            if _HOSPITAL_PART.search(text, start, end) is None
        ]
