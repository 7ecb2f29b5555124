"""Addresses written street first, as most of continental Europe and Latin America write them, and Japanese and
Korean addresses in Latin script.

The English street rules want the house number before the street (``14 Elm Road``) and a street type they know; the
postal rules want a region and postcode in an English-speaking country's form. So ``Lindenstraße 92, 10689 Berlin``,
``Keizersgracht 232-II, 1015 RT Amsterdam``, ``Nørrebrogade 18, 9. th., 2200 København N``, ``ul. Marszałkowska 10,
00-590 Warszawa`` and ``1-19-5 Shibuya, Shibuya-ku, Tokyo 150-0001`` passed whole (fresh11: English addresses 0.54).

* **Street first**: a street whose name carries its type (the suffix of a compound word, ``-straße``, ``-gracht``,
  ``-gade``, ``-gatan``, ``-tie``; or a type word before the name, ``Via``, ``Calle``, ``Rua``, ``ul.``), the house
  number with its letter, ``bis`` or flat (``57 A 10``, ``232-II``, ``9. th.``), then on the same or the next line a
  postcode in one of the continent's forms (``10689``, ``117 55``, ``1015 RT``, ``00-590``, ``1100-053``,
  ``01310-100``) and the town. Without the postcode, a street with one of the unmistakable suffixes and its number is
  an address alone (``Lindenstraße 51``), but not a type word and a name (``Via Roma 3`` could be a drug's brand).
* **Japan**: an optional building and room, the block number (chōme-banchi-gō, ``7-5-1``), the district, the ward or
  city (``-ku``, ``-shi``), the prefecture or city and the postcode (``460-0007``).
* **Korea**: the building number, the road (``-ro``, ``-gil``, ``-daero``), the district (``-gu``, ``-si``,
  ``-dong``), the city and the five-digit postcode.
"""

import re

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer

# Types that end a one-word street name: German, Dutch, Danish, Norwegian, Swedish, Finnish, Hungarian. The first
# group is never the end of an English word a note would put before a number.
_SURE_SUFFIX = (
    r"straße|strasse|str\.|gasse|gracht|straat|gade|vej|stræde|gata|gatan|gaten|vägen|veien|katu|kuja|tie|utca"
)
_SUFFIX = rf"{_SURE_SUFFIX}|weg|platz|allee|damm|ufer|chaussee|laan|kade|plein|singel|dijk|markt|allé|väg|gränd|torget"
# Types written before the name: Italian, Spanish, Portuguese, French, Polish, Czech, Romanian.
_TYPE_FIRST = (
    r"Via|Viale|Corso|Piazza|Calle|Avenida|Av\.|Paseo|Plaza|Carrer|Rua|Travessa|Largo|Praça|Rue|Avenue|Boulevard|Bd|"
    r"Chemin|Place|ul\.|ulica|al\.|aleja|os\.|pl\.|Str\.|Strada|Bulevardul|ulice|nám\."
)
_NAME_WORD = r"\p{Lu}[\p{L}'’.-]*+"
_LINK = r"(?:de|del|della|di|da|do|dos|das|des|du|la|le|les|van|der|den|am|an|im)"
_ONE_WORD_STREET = rf"\p{{Lu}}[\p{{L}}-]*?(?i:{_SUFFIX})"
_TYPED_STREET = (
    rf"(?:{_TYPE_FIRST})[ \t]++(?:{_LINK}[ \t]++)?{_NAME_WORD}(?:[ \t]++(?:{_LINK}[ \t]++)?{_NAME_WORD}){{0,3}}+"
)
_HOUSE = (
    r"[0-9]{1,4}[ \t]?[A-Za-z]?(?![\p{L}0-9])(?:[-/][0-9IVX]{1,4})?"
    r"(?:[ \t]++(?:bis|ter|[A-Z](?:[ \t]++[0-9]{1,3})?)(?![\p{L}0-9]))?"
    r"(?:,[ \t]*+(?:[0-9]{1,2}\.[ \t]*+(?:th|tv|mf|sal)\.?|(?:lok\.|m\.|apt\.?|piso|andar)[ \t]*+[0-9A-Za-z]{1,4}))?"
)
_POSTCODE = (
    r"(?:[A-Z]{1,2}-)?(?:[0-9]{4}[ \t]?[A-Z]{2}|[0-9]{3}[ \t][0-9]{2}|[0-9]{2}-[0-9]{3}|[0-9]{4,5}-[0-9]{3}"
    r"|[0-9]{4,5})(?![0-9])"
)
_TOWN = (
    r"\p{Lu}\p{Ll}[\p{L}'’-]*+"
    r"(?:[ \t]++(?:\p{Lu}\p{Ll}[\p{L}'’-]*+|[A-Z](?![\p{L}0-9])|am|an|im|sur|upon|on[ \t]the)){0,2}+"
)
_BREAK = r"(?:,[ \t]*+|[ \t]*+\n[ \t]*+)"
_STREET_FIRST = regex.compile(
    rf"(?<![\p{{L}}0-9])(?:{_ONE_WORD_STREET}|{_TYPED_STREET})[ \t]++{_HOUSE}{_BREAK}{_POSTCODE}[ \t]++{_TOWN}"
)
_SURE_STREET = regex.compile(
    rf"(?<![\p{{L}}0-9])\p{{Lu}}[\p{{L}}-]*?(?i:{_SURE_SUFFIX})[ \t]++{_HOUSE}(?![\p{{L}}0-9])(?![ \t]*+(?:mg|ml|%))"
)
_JAPAN = regex.compile(
    r"(?<![\p{L}0-9])(?:\p{Lu}\p{L}++[ \t]++(?:Mansion|Heights|Haitsu|Residence|Court|Building|Bldg\.?|Corpo|Palace|"
    r"Tower|Hills)[ \t]++[0-9]{1,4}[ \t]*+,[ \t]*+)?"
    r"[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{1,3})?[ \t]++\p{Lu}\p{Ll}++(?:-(?:cho|machi|dori))?"
    r"(?:[ \t]*+,[ \t]*+\p{Lu}\p{Ll}++-(?:ku|shi|gun|cho|machi|mura)){1,2}+"
    r"(?:[ \t]*+,[ \t]*+\p{Lu}\p{Ll}++(?:-(?:shi|ken|to|fu))?(?:[ \t]++[0-9]{3}-[0-9]{4})?)?"
)
_KOREA = regex.compile(
    r"(?<![\p{L}0-9])[0-9]{1,4}(?:-[0-9]{1,4})?[ \t]*+,[ \t]*+\p{Lu}\p{L}++-(?:ro|gil|daero)"
    r"(?:[ \t]++[0-9]{1,4}(?:beon)?-gil)?"
    r"(?:[ \t]*+,[ \t]*+\p{Lu}\p{L}++-(?:gu|si|gun|dong|eup|myeon)){1,2}+"
    r"(?:[ \t]*+,[ \t]*+\p{Lu}\p{Ll}++(?:-(?:si|do))?(?:[ \t]++[0-9]{5})?)?"
)
# The gates: a street type right before a house number, a type word before a capital, a Japanese block number or a
# Korean road; each its own search with the standard library's engine (as one alternation, or with the regex
# package, the search took several times longer on 2,400 characters of English prose).
_GATES = (
    re.compile(rf"(?:{_SUFFIX})[ \t]+[0-9]"),
    re.compile(rf"(?:{_TYPE_FIRST})[ \t]+[A-ZÀ-ÞŁŚŻ]"),
    re.compile(r"-[0-9]{1,2}[ \t][A-Z]"),
    re.compile(r"-(?:ro|gil)[ ,]"),
)


class StreetFirstAddressRecognizer(ScanRecognizer):
    """ADDRESS: a street before its house number, with the postcode and town; Japanese and Korean addresses."""

    SCORE = 0.85
    ALONE_SCORE = 0.6  # a street with a sure suffix and its number, no postcode

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], name="StreetFirstAddressRecognizer", supported_language="en")

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        if not any(gate.search(text) for gate in _GATES):
            return []
        found = [
            RecognizerResult("ADDRESS", m.start(), m.end(), self.SCORE)
            for pattern in (_STREET_FIRST, _JAPAN, _KOREA)
            for m in pattern.finditer(text)
        ]
        found += [
            RecognizerResult("ADDRESS", m.start(), m.end(), self.ALONE_SCORE) for m in _SURE_STREET.finditer(text)
        ]
        return found
