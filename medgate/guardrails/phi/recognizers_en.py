"""Recognizers for English PHI and for language-neutral identifiers (emails, IPs, cards)."""

import ipaddress

from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, IpRecognizer, UsSsnRecognizer

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import AnyOf, ContextPatternRecognizer
from medgate.guardrails.phi.checks import luhn_ok
from medgate.guardrails.phi.eponyms import EN_HEADS
from medgate.guardrails.phi.street_types import street_type_pattern

# Each pattern opens with a one-character lookahead: it lets the regex engine skip ahead fast.
_B = r"(?=\d)(?<![0-9A-Za-z])"
_E = r"(?![0-9A-Za-z])"
# Atomic, possessive separators: "MRN" followed by thousands of spaces costs one linear pass, not a cubic one.
# A label may sit in brackets ([MRN] 123…) and be followed by :, #, /, = or a dash (MRN/123…), and the value
# may open a bracket (MRN (123…)).
_LABEL_SEP = r"(?>[\])]?\s*+(?:(?:[:#/=–-]|no\.?|number|is|was)\s*+)?[:#/]?\s*+[(\[]?)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE = (
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r",?\s+(?:19|20)\d{2}"
)
_DATE_ONLY = regex.compile(r"(?:19|20)\d{2}[-/. ]\d{1,2}[-/. ]\d{1,2}|\d{1,2}[-/. ]\d{1,2}[-/. ](?:19|20)\d{2}")
# A capitalised name word (O'Brien, Smith-Jones), not a common capitalised function word.
# O'Brien, McDonald, Smith-Jones, Mei-hua
_WORD = r"(?:\p{Lu}['’]\p{Lu}\p{Ll}++|\p{Lu}\p{Ll}++(?:\p{Lu}\p{Ll}++)?(?:-\p{L}\p{Ll}++)?)"
_CAP = r"(?!(?:The|This|That|Your|My|Our|Not|Here|Just|Sorry|Going|Very|So|And|But)\b)" + _WORD
# One space or tab between the words of a name: a wider gap separates a form's fields (Surname: Bui   Forename: Bao).
_INITIAL = r"(?:[ \t]\p{Lu}(?:\.|(?=[ \t])))?"
_NEXT = r"(?:[ \t]" + _WORD + ")"


class SsnRecognizer(ContextPatternRecognizer):
    """US SSN: 3-2-4 digits, or 9 digits next to 'SSN', with Presidio's invalid-SSN rules."""

    invalidate_result = UsSsnRecognizer.invalidate_result

    def __init__(self, *, bare: bool = False) -> None:
        pattern = (
            Pattern("ssn bare", _B + r"\d{9}" + _E, 0.05)
            if bare
            else Pattern("ssn delimited", _B + r"\d{3}(?:-\d{2}-|\.\d{2}\.| \d{2} )\d{4}" + _E, 0.5)
        )
        super().__init__("SSN", [pattern], context=UsSsnRecognizer.CONTEXT, boost=0.5, require_context=bare)


class CardRecognizer(ContextPatternRecognizer):
    """Payment cards: 12-19 digits with an issuer prefix (2-6, 1800, 2131), kept only when Luhn-valid;
    a Luhn-valid number scores 0.65, or 1.0 next to card words (so a labelled ID of another type wins)."""

    def __init__(self) -> None:
        card = r"(?:[3-6]\d|2[2-7]|18|21)\d{2}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?"  # 12-19 digits
        super().__init__(
            "CREDIT_CARD",
            [Pattern("card", _B + card + _E, 0.3)],
            context=(*CreditCardRecognizer.CONTEXT, "信用卡"),
            validated_score=0.65,
            pattern_gates={"card": r"\d{4}[ -]?\d{4}[ -]?\d{4}"},
        )

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return luhn_ok(pattern_text)


class IpAddressRecognizer(ContextPatternRecognizer):
    """IPv4 or IPv6 addresses: a possessive candidate pattern (linear on runs of dots, digits or colons)
    that the ipaddress module must accept; Presidio's own patterns backtrack on long dotted runs."""

    CANDIDATES = {
        4: r"(?<![\w.])(?<!\d\.)(?=\d)(?:\d{1,3}\.){3}+\d{1,3}+(?:/\d{1,2}+)?(?!\w|\.\d)",
        6: r"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:)(?:[0-9A-Fa-f]{0,4}+:){2,7}+"
        r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?+(?:%[0-9A-Za-z]++)?(?:/\d{1,3}+)?(?![\w:]|\.\d)",
    }
    # IPv6: a colon after a hex digit, then up to four hex digits and a colon, or "::". Written to start with
    # the colon, which the engine finds fast: ~4 µs on 2,400 characters of prose, ~120 µs when it started
    # with the class of hex digits (the same verdict on 149,495 texts).
    GATES = {4: r"\d\.\d{1,3}\.\d{1,3}\.\d", 6: r":(?:(?<=[0-9A-Fa-f]:)[0-9A-Fa-f]{0,4}:|:)"}

    def __init__(self, version: int) -> None:
        pattern = Pattern(f"IPv{version}", self.CANDIDATES[version], 0.6)
        super().__init__("IP_ADDRESS", [pattern], context=IpRecognizer.CONTEXT, gate=self.GATES[version])

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        address = pattern_text.split("/", 1)[0].split("%", 1)[0]
        try:
            parsed = ipaddress.ip_address(address)
        except ValueError:
            return False
        return not parsed.is_unspecified


def email() -> ContextPatternRecognizer:
    """E-mail addresses (no network look-up of public suffixes)."""
    pattern = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])"
    return ContextPatternRecognizer("EMAIL", [Pattern("email", pattern, 0.9)])


class PhoneRecognizer(ContextPatternRecognizer):
    """Phone numbers; every candidate needs 7-15 digits and must not be a date."""

    CONTEXT = ("phone", "tel", "mobile", "cell", "fax", "call", "reach me", "contact", "text me", "whatsapp")

    def __init__(
        self, patterns: list[Pattern], *, require_context: bool = False, pattern_gates: dict[str, str] | None = None
    ) -> None:
        super().__init__(
            "PHONE",
            patterns,
            context=self.CONTEXT,
            window=24,
            boost=0.45,
            require_context=require_context,
            pattern_gates=pattern_gates,
        )

    def invalidate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return not 7 <= sum(ch.isdigit() for ch in pattern_text) <= 15 or bool(_DATE_ONLY.fullmatch(pattern_text))


def phone() -> PhoneRecognizer:
    """North American numbers ((555) 123-4567, +1 555 123 4567) and +CC international numbers."""
    sep = r"[-. ]"
    nanp = (
        r"(?=[+(\d])(?<![0-9A-Za-z_+])(?:\+?1"
        + sep
        + r"?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}"
        + sep
        + r")[2-9]\d{2}"
        + sep
        + r"\d{4}"
    )
    international = r"(?=\+)(?<![0-9A-Za-z_])\+\d{1,3}[ -]?(?:\(0\)\s?)?\d{1,4}(?:[ -]\d{2,4}){2,4}"
    return PhoneRecognizer(
        [
            Pattern("nanp", nanp + r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?" + _E, 0.6),
            Pattern("international", international + _E, 0.5),
        ],
        pattern_gates={"nanp": r"[-. ]\d{4}"},  # its last group
    )


def phone_by_context() -> PhoneRecognizer:
    """Digit groups in any national format next to 'phone', 'tel', 'call'…."""
    digits = r"(?=[(\d])(?<![0-9A-Za-z_+])\(?\d{2,4}\)?(?:[ .-]?\d{2,4}){2,4}"
    return PhoneRecognizer([Pattern("digits near phone", digits + _E, 0.1)], require_context=True)


def record_number() -> ContextPatternRecognizer:
    """MRN, medical record number, chart number, patient ID… followed by the identifier."""
    labels = (
        "(?i:"
        + "|".join(
            (
                r"MRN",
                r"medical record(?: number| no\.?| #)?",
                r"record (?:number|no\.?|#)",
                r"chart (?:number|no\.?|#)",
                r"patient id",
                r"hosp(?:ital|\.)? (?:number|no\.?|#)",
                r"case (?:number|no\.?|#)",
                r"account (?:number|no\.?)",
                r"unit record (?:number|no\.?)",
                r"pat(?:ient)?[-. ]?(?:nr|no)\.?",  # Pat-Nr. (German forms), Patient No.
            )
        )
        + "|URN?)"  # Australian unit record number, "UR: 1234567"
    )
    # a site's letters then its number (KCH 176 1347, TGH:H7850211, QEUH/87/117761), a year-prefixed number
    # (26/785979) or letters, digits and dashes (M841110-N)
    value = (
        r"[A-Z]{2,5}(?::[A-Z]?\d{5,10}+|/\d{2}/\d{4,8}+|[ ]\d{3}[ ]\d{4}(?![0-9]))"
        r"|\d{2,4}/\d{4,10}+|[A-Za-z]{0,4}-?\d[0-9A-Za-z-]{3,19}+"
    )
    keywords = ("mrn", "record", "chart", "patient id", "hosp", "case n", "account n", "pat", "ur")
    pattern = Pattern("mrn", labels + _LABEL_SEP + "(?P<v>" + value + ")" + _E, 0.85)
    # "ur" is in most English text (your, during): a UR label is looked for with what must follow it.
    gate = AnyOf(*keywords[:-1], pattern="(?i:URN?)" + _LABEL_SEP + r"[A-Za-z]{0,4}-?\d")
    return ContextPatternRecognizer("MEDICAL_RECORD_NO", [pattern], keywords=keywords, pattern_gates={"mrn": gate})


def insurance_number() -> ContextPatternRecognizer:
    """Insurance/member/policy/Medicare/Medicaid IDs after their label."""
    labels = (
        "(?i:"
        + "|".join(
            (
                r"insurance (?:id|number|no\.?|#)",
                r"member (?:id|number)",
                r"policy (?:number|no\.?|#)",
                r"subscriber id",
                r"medicare(?: card)?(?: number| no\.?| id| #|(?=[ \t]*+[2-6]\d{3}[ ]?\d{5}))",  # bare: a card number
                r"medicaid (?:number|id|#)",
                r"health plan (?:id|number)",
                r"bpjs(?: kesehatan)?(?: number| no\.?| #)?",  # Indonesia's national health insurance
            )
        )
        + ")"
    )
    # Digit groups may be spaced (Medicare number 2123 45670 1): a space only between digits.
    value = r"(?=[A-Za-z0-9-]{0,6}\d)[A-Za-z0-9-]{4,27}+(?: \d{1,10}+){0,3}+"
    keywords = ("insurance", "member", "policy", "subscriber", "medicare", "medicaid", "health plan", "bpjs")
    pattern = Pattern("insurance", labels + _LABEL_SEP + "(?P<v>" + value + ")" + _E, 0.85)
    return ContextPatternRecognizer("INSURANCE_ID", [pattern], keywords=keywords)


def passport_number() -> ContextPatternRecognizer:
    """Passport numbers after the word passport."""
    pattern = r"(?i:passport)" + _LABEL_SEP + r"(?P<v>[A-Z]{0,2}\d{6,9})" + _E
    return ContextPatternRecognizer("PASSPORT", [Pattern("passport", pattern, 0.85)], keywords=("passport",))


def date_of_birth() -> ContextPatternRecognizer:
    """DOB / date of birth / born on, followed by a date; other dates are not PHI here."""
    labels = r"(?i:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|born(?: on| in)?)"
    pattern = Pattern("dob", labels + r"(?>\s*+[:\-]?\s*+)(?P<v>" + DATE + ")", 0.85)
    return ContextPatternRecognizer("DATE_OF_BIRTH", [pattern], keywords=("dob", "d.o.b", "birth", "born"))


def person_name() -> ContextPatternRecognizer:
    """Names after titles (Mr. Smith), labels (Patient: John Smith) and 'my name is'."""
    title = r"(?=[MDP])\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s++(?P<v>(?:" + _CAP + r"\s+)?" + _CAP + ")"
    roles = r"(?i:patient(?: name)?|pt|(?<![\p{L}])name|full name|guardian|next of kin|signed|spouse|mother|father)"
    label = roles + r"\s*+:\s*+(?P<v>" + _CAP + _INITIAL + _NEXT + "{1,2})"
    # one part of a name in a field of its own: one word is enough (Surname: van Dijk-Smit, Forename: Bao)
    part = (
        r"(?<![\p{L}])(?i:surname|family name|last name|forename|first names?|given names?)[ \t]*+:[ \t]*+"
        r"(?P<v>(?:(?:van|von|de|der|den|da|di|du|le|la)[ \t])?" + _CAP + r"(?:[ \t]" + _CAP + r")?)"
    )
    intro = r"(?i:my name is|name is|name's|my name:)\s++(?P<v>" + _CAP + _INITIAL + _NEXT + "{0,2})"
    self_intro = r"(?i:i'm|i am|this is)\s++(?P<v>" + _CAP + _INITIAL + _NEXT + "{1,2})"
    return ContextPatternRecognizer(
        "PERSON",
        [
            Pattern("title name", title, 0.7),
            Pattern("labelled name", label, 0.85),
            Pattern("name part", part, 0.85),
            Pattern("introduced name", intro, 0.7),
            Pattern("self-introduced name", self_intro, 0.6),
        ],
        pattern_gates={
            "labelled name": AnyOf(":"),
            "name part": AnyOf("surname", "family name", "last name", "forename", "first name", "given name"),
            "introduced name": AnyOf("name"),
            "self-introduced name": AnyOf("i'm", "i am", "this is"),
        },
    )


# Street types include common words (Lower, View, Way, Close, Gates), so clinical prose must not read as an
# address: a number after a grade, stage, ward or bed label is not a house number ("Grade 3 Left Lower
# limb", "Ward 4 East View"; checked per match by ``StreetAddressRecognizer``), a number with a unit or
# count after it is not one ("200 Metres Slope"), and a type word followed by a body part or a clinical
# head word is not a street ("Lower limb", "Gates criteria").
_LABEL_BEFORE = regex.compile(
    r"(?i:\b(?:grade|stage|type|class|phase|ward|bed|bay|room|day|week|cycle|lead|score|zone|tier|step|page|dose"
    r"|visit|gate|platform|level|version|item|question|figure|table|size))[ \t]{1,3}$"
)
_NOT_STREET_NAME = (
    r"(?!(?:Metres|Meters|Weeks|Days|Hours|Minutes|Mins|Hrs|Times|Tablets|Tabs|Capsules|Units|Years|Months|Doses"
    r"|Cycles|Puffs|Drops|Sessions|Beats|Breaths|Steps|Mg|Mcg|Kg|Ml|Mmol|Cm|Mm|Km)(?![\p{L}]))"
)
_CLINICAL_AFTER = (
    "limb|limbs|lobe|lobes|quadrant|quadrants|lid|lids|lip|leg|legs|arm|arms|extremity|extremities|zone|segment"
    "|pole|back|abdomen|chest|teeth|tooth|molar|incisor|ward|unit|bay|bed|entrance|observation|weakness|pain"
    "|fracture|lesion|mass|nodule|border|margin|edge|half|third|field|fields|tract|airway|airways|" + "|".join(EN_HEADS)
)
_NOT_STREET_AFTER = r"(?![ \t]++(?:" + _CLINICAL_AFTER + r")(?![\p{L}]))"


class StreetAddressRecognizer(ContextPatternRecognizer):
    """Addresses whose number does not follow a grade, stage, ward or bed label. Checked per match, not
    in the pattern: a look-behind over the labels at every digit makes "1 1 1 …" four times slower."""

    def _score(self, text: str, value: str, start: int, base: float) -> float:
        if _LABEL_BEFORE.search(text, max(0, start - 16), start):
            return EntityRecognizer.MIN_SCORE
        return super()._score(text, value, start, base)


def street_address() -> ContextPatternRecognizer:
    """Street addresses: (unit, level or flat,) number, capitalised street name, street type, optional unit,
    then up to two towns, a state and a postcode (US ZIP, AU/NZ 4 digits, Canadian A1A 1A1)."""
    kind = "(?:" + street_type_pattern() + ")s?+"
    unit = r"(?:,?[ \t]*+(?:Apt|Apartment|Suite|Ste|Unit|Room|Flat|Level|#)\.?[ \t]*+[A-Za-z0-9-]++)?"
    # Unit 4/18, Level 5, Flat 2, Apt. 730 before the street number (3/6: unit 3, number 6, is a number).
    lead_unit = (
        r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Level|Lvl|Shop|Lot|Villa)\.?[ \t]++[A-Za-z0-9-]{1,6}+"
        r"(?:,?[ \t]++|/(?=\d))"
    )
    town = r"(?:(?:St|Mt|Ft)\.?[ \t])?" + _CAP + r"(?:[ \t]" + _CAP + r"){0,3}+"
    postcode = r"(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?![0-9A-Za-z])"
    # Towns, then a state code and/or a postcode; an RD (rural delivery) number or an Irish Eircode may
    # come first.
    city = (
        r"(?:,?[ \t]*+(?:RD[ \t]\d{1,3},[ \t]*+|[A-Z]\d{2}[ ]?[0-9A-Z]{4}[ \t]++)?"
        + town
        + r"(?:,[ \t]*+"
        + town
        + r")?+(?:,?[ \t]*+[A-Z]{2,3}(?![A-Za-z]))?(?:,?[ \t]++"
        + postcode
        + r")?)?"
    )
    street = (
        r"(?=\d)(?<![0-9A-Za-z])\d{1,6}+(?:[/-]\d{1,6}+)?[A-Za-z]?[ \t]++(?=\p{Lu})"
        + _NOT_STREET_NAME
        + r"(?:[NSEW]\.?[ \t]++)?(?:"
        + _CAP
        + r"[ \t]++){1,3}"
        + kind
        + r"\.?"
        + _E
        + _NOT_STREET_AFTER
        + unit
        + city
    )
    labelled = (
        r"(?i:address|lives at|resides at|live at|living at)(?>\s*+(?:is|:)?\s*+)"
        r"(?P<v>\d{1,6}[ ,]++\p{L}[^\n;:.]{2,60}+)(?=[.;\n]|$)"
    )
    po_box = (
        r"(?i:P\.?O\.? Box|Post Office Box|PMB)[ \t]++\d{1,6}+(?:-\d{5}(?![0-9]))?(?:,?[ \t]*+"
        + _CAP
        + r"(?:[ \t]"
        + _CAP
        + r"){0,3}+"
    )
    po_box += r"(?:,?[ \t]*+[A-Z]{2}(?![A-Za-z]))?(?:,?[ \t]++\d{4,5})?)?"
    return StreetAddressRecognizer(
        "ADDRESS",
        [
            Pattern("street address", street, 0.85),  # as sure as a label (地址…), and usually longer
            # Its own pattern, which starts with a word: in the first the engine skips to digits.
            Pattern("street address after unit", lead_unit + street, 0.85),
            Pattern("labelled address", labelled, 0.8),  # below the street pattern, whose extent is better
            Pattern("po box", po_box, 0.75),
        ],
        # Both street patterns hold a space or tab before a capital (the street name): ~5 µs to find, where
        # the pattern costs ~80 µs on a Chinese note full of digits.
        pattern_gates={
            "street address": r"[ \t]\p{Lu}",
            "street address after unit": r"[ \t]\p{Lu}",
            "labelled address": AnyOf("address", "lives at", "resides at", "live at", "living at"),
            "po box": AnyOf("box", "pmb"),
        },
    )


def english_recognizers() -> list[ContextPatternRecognizer]:
    """English and language-neutral recognizers, validated ones first."""
    return [
        SsnRecognizer(),
        SsnRecognizer(bare=True),
        CardRecognizer(),
        IpAddressRecognizer(4),
        IpAddressRecognizer(6),
        email(),
        phone(),
        phone_by_context(),
        record_number(),
        insurance_number(),
        passport_number(),
        date_of_birth(),
        person_name(),
        street_address(),
    ]
