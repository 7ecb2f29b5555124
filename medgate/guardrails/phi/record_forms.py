"""Record numbers in the printed forms the label rules miss.

Forms print a record number after a dotted leader (``Hosp No ..... 97185028``), after ``#`` in a subject
line or a checklist (``LEAH WATTS, #83318616``), after 编号/病历号码/病人编号 (编號係咪 MR27583679 in Cantonese),
and dictation spells it out character by character (``hospital number Z Y 1 3 8 8 7 8 4 1``). A number of
six digits or more is required where the label alone is weak (``#``, 编号), so bed, room and item numbers stay.
"""

from presidio_analyzer import Pattern

from medgate.guardrails.phi.base import ContextPatternRecognizer

_E = r"(?![0-9A-Za-z])"
_ID = r"[A-Z]{0,3}[0-9]{6,12}+"
# Single characters spoken one by one: up to three letters, then five or more digits.
_SPELLED = r"(?:[A-Z][ \t]){0,3}+[0-9](?:[ \t][0-9]){4,15}+"


def leader_record_number() -> ContextPatternRecognizer:
    """``Hosp No ..... 97185028``, ``Hosp # ZY70939978``: a hospital-number label, a dotted leader or ``#``."""
    label = r"(?i:hosp(?:ital)?\.?[ \t]*+(?:no\.?|number|#))"
    leader = r"(?>[ \t]*+(?:\.{2,}+|[:#])?[ \t]*+)"
    pattern = Pattern("hosp no leader", label + leader + r"(?P<v>[A-Za-z]{0,4}[0-9]{5,12}+)" + _E, 0.85)
    return ContextPatternRecognizer("MEDICAL_RECORD_NO", [pattern], keywords=("hosp",))


def hash_record_number() -> ContextPatternRecognizer:
    """``#H33573821``, ``# 83318616``: ``#`` and an identifier of six digits or more (a bed is ``#12``)."""
    pattern = Pattern("hash id", r"(?<![0-9A-Za-z#&])#[ \t]?(?P<v>" + _ID + ")" + _E, 0.85)
    return ContextPatternRecognizer("MEDICAL_RECORD_NO", [pattern], gate=r"#[ \t]?[A-Z]{0,3}[0-9]{6}")


def prefixed_record_number() -> ContextPatternRecognizer:
    """``HN-08-97423``: a hospital number (HN, as Thai and other hospitals print it) with its letters; and
    ``Ref: K0290770`` in a patient's header, a reference of six digits or more (not ``reference 10-40 U/L``)."""
    hn = Pattern("hn id", r"(?<![0-9A-Za-z])HN[- ]?[0-9]{2}[- ]?[0-9]{4,8}+" + _E, 0.85)
    ref = Pattern(
        "ref id",
        r"(?<![\p{L}])(?:Ref|REF)(?:\.|[ \t]*+(?:[Nn]o\.?|#))?[ \t]*+[:#][ \t]*+"
        r"(?P<v>[A-Z]{0,3}[0-9]{6,12}+|[0-9]{3}[ ][0-9]{3}[ ][0-9]{3})" + _E,
        0.85,
    )
    return ContextPatternRecognizer("MEDICAL_RECORD_NO", [hn, ref], gate=r"HN[- ]?[0-9]|Ref|REF")


def numbered_record_zh() -> ContextPatternRecognizer:
    """编号/病历号码/病人编号 then an identifier (是/为/系咪 between them, as said aloud)."""
    label = r"(?:病历号码|病人编号|患者编号|编号)(?:[:：]|是|为|系咪|系)?[ \t]*+"
    pattern = Pattern("cn numbered id", label + r"(?P<v>" + _ID + ")" + _E, 0.85)
    return ContextPatternRecognizer("MEDICAL_RECORD_NO", [pattern], keywords=("编号", "病历号码"), language="zh")


def spelled_record_number() -> ContextPatternRecognizer:
    """A record-number label then the number spelled out one character at a time."""
    label = r"(?i:hospital (?:number|no\.?)|MRN|record number|住院号|病案号|门诊号|病历号)"
    pattern = Pattern("spelled id", label + r"[ \t:：]*+(?:is[ \t]++)?(?P<v>" + _SPELLED + ")" + _E, 0.85)
    return ContextPatternRecognizer("MEDICAL_RECORD_NO", [pattern], gate=r"[0-9][ \t][0-9][ \t][0-9][ \t][0-9]")


def record_form_recognizers() -> list[ContextPatternRecognizer]:
    """The record-number forms above."""
    return [
        leader_record_number(),
        hash_record_number(),
        prefixed_record_number(),
        numbered_record_zh(),
        spelled_record_number(),
    ]
