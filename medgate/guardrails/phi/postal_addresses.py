"""Postal addresses found from their end: a region and postcode in a country's own form, then the parts before it.

The address rules look for a street type or a label, and every blind split brought addresses they did not read:
Australian units over two lines (``Unit 2/116 Bottlebrush Esp,⏎Mirrabooka WA 6061``), Irish townlands with an
Eircode (``Teach na Gréine, Drumkeeran, Co. Leitrim N41 KCED``), Canadian rural routes and General Delivery, Québec
apartments, Hong Kong flats, Indian PIN codes. Whatever comes before it, a postal address ends the same way in
each country: Australian state + 4 digits, Canadian province + A1A 1A1, US state + ZIP, an Eircode, a UK postcode,
"Hong Kong"/"Kowloon"/"New Territories", an Indian state + PIN. From that end the address runs back over the
comma- or line-separated parts that look like address parts (a house number or unit first, or a few capitalised
words: a house name, a townland, a county), at most six; a part of running prose contributes only from its house
number (``…lives at 57 Wattle Cres, MIRRABOOKA WA 6061``).
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer

_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_INDIAN_STATES = (
    "Andhra Pradesh|Assam|Bihar|Delhi|Goa|Gujarat|Haryana|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Odisha|"
    "Punjab|Rajasthan|Tamil Nadu|Telangana|Uttar Pradesh|West Bengal"
)
_EIRCODE_LETTER = "ACDEFHKNPRTVWXY"
_END = regex.compile(
    r"(?=[A-Z(])(?<![A-Za-z0-9])(?:"  # every end starts with a capital or a bracket: a cheap first test per character
    r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]++[0-9]{4}"  # Australia
    r"|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|\(Qu[ée]bec\))[ \t]++[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9]"  # Canada
    rf"|(?:{_US_STATES})[ \t]++[0-9]{{5}}(?:-[0-9]{{4}})?"  # United States
    rf"|(?:[{_EIRCODE_LETTER}][0-9]{{2}}|D6W)[ \t][0-9{_EIRCODE_LETTER}]{{4}}"  # Ireland (Eircode)
    r"|[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][ABD-HJLNP-UW-Z]{2}"  # United Kingdom
    r"|Hong[ \t]Kong|Kowloon|New[ \t]Territories"  # Hong Kong
    rf"|(?:{_INDIAN_STATES})[ \t,-]*+[1-9][0-9]{{2}}[ \t]?[0-9]{{3}}"  # India (PIN)
    r")(?![A-Za-z0-9])"
)
# An address part: up to eight words of letters, digits and the marks addresses use, no sentence punctuation
_PART = regex.compile(r"[\p{L}0-9#][\p{L}0-9'’./#&()-]*+(?:[ \t]++[\p{L}0-9'’./#&()-]++){0,7}+")
_NUMBERED = regex.compile(
    r"(?i:unit|flat|apt\.?|app\.?|apartment|lot|box|po[ \t]box|p\.o\.[ \t]box|rr|site|comp|level|suite|shop|no\.?|"
    r"general[ \t]delivery|h\.[ \t]?no\.?|plot)?[ \t]*+#?[0-9]"
)
_SMALL_WORDS = frozenset({"na", "an", "de", "la", "le", "du", "des", "of", "the", "van", "von", "da", "do", "dos", "y"})
_HOUSE_NUMBER = regex.compile(
    r"(?<![\p{L}0-9])(?:(?i:unit|flat|apt\.?|lot|no\.?)[ \t]++)?[0-9]{1,5}[A-Za-z]?(?:/[0-9]{1,5})?[ \t]++\p{Lu}"
)
_MAX_PARTS = 6
_TRAILING_CAPITALS = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*+[ \t]++){1,3}+$")
_NEEDS_A_PART = regex.compile(r"Hong|Kowloon|New")  # a territory's name alone is no address


def _is_address_part(part: str) -> bool:
    """A house number or unit first, or at most five words that are capitalised (or small particles)."""
    if len(part) > 60 or _PART.fullmatch(part) is None:
        return False
    if _NUMBERED.match(part):
        return True
    words = part.split()
    return len(words) <= 5 and all(w[0].isupper() or w.lower() in _SMALL_WORDS or w[0].isdigit() for w in words)


def address_start(text: str, end_start: int) -> int:
    """Where the address whose region and postcode start at ``end_start`` begins."""
    start = limit = end_start  # the address so far starts at ``start``; the part before it ends at ``limit``
    for parts in range(_MAX_PARTS):
        part_start = max(text.rfind(",", 0, limit), text.rfind("\n", 0, limit), text.rfind(":", 0, limit)) + 1
        raw = text[part_start:limit]
        part = raw.strip()
        if not part and parts == 0 and part_start:  # the region right after a separator: …Hyderabad, Telangana
            limit = part_start - 1
            continue
        if not part or not _is_address_part(part):
            if part and (numbered := list(_HOUSE_NUMBER.finditer(text, part_start, limit))):
                return numbered[-1].start()  # prose, then the house number: …lives at 57 Wattle Cres
            if part and parts == 0 and (town := _TRAILING_CAPITALS.search(raw)):
                return part_start + town.start()  # the town at the end of a prose part: …moved to Moonah TAS 7009
            return start
        start = part_start + len(raw) - len(raw.lstrip())
        separator = text[part_start - 1] if part_start else ""
        if separator in ("", ":"):
            return start
        limit = part_start - 1
        if separator == "\n":
            if text[limit - 1 : limit] == ",":
                limit -= 1  # a comma at the end of the line above
            elif not _NUMBERED.match(text[text.rfind("\n", 0, limit) + 1 : limit].strip()):
                return start  # lines without commas join only when numbered (Flat 3⏎200 Ironbark Crescent)
    return start


# Australia Post's postcode ranges per state (an ACT 2019 guideline is no address)
_AU_POSTCODES = {
    "NSW": ((1000, 2599), (2619, 2899), (2921, 2999)),
    "ACT": ((200, 299), (2600, 2618), (2900, 2920)),
    "VIC": ((3000, 3999), (8000, 8999)),
    "QLD": ((4000, 4999), (9000, 9999)),
    "SA": ((5000, 5999),),
    "WA": ((6000, 6999),),
    "TAS": ((7000, 7999),),
    "NT": ((800, 999),),
}


def _postcode_in_its_state(end: str) -> bool:
    """An Australian state's postcode must be in its ranges; other countries' ends are taken as written."""
    state, _, code = end.partition(" ")
    ranges = _AU_POSTCODES.get(state)
    if ranges is None or not code.strip().isdigit() or len(code.strip()) != 4:
        return True
    return any(low <= int(code) <= high for low, high in ranges)


class PostalAddressRecognizer(ScanRecognizer):
    """ADDRESS: a region and postcode in a country's own form, with the address parts before it."""

    SCORE = 0.8

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], name="PostalAddressRecognizer", supported_language="en")

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Each postal end with the parts before it."""
        found = []
        for end in _END.finditer(text):
            if not _postcode_in_its_state(end.group()):
                continue
            start = address_start(text, end.start())
            if start < end.start() or not _NEEDS_A_PART.match(end.group()):
                found.append(RecognizerResult("ADDRESS", start, end.end(), self.SCORE))
        return found
