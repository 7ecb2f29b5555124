"""National identity numbers known by their form and checksum: Thailand, the UAE, Iran, Turkey, Indonesia, the Nordic
countries, Greece, Belgium, and Austria's social-insurance number.

Printed in their own grouping (Thai 1-2345-67890-12-3, Emirati 784-1985-1234567-1, Iranian 123-456789-0) they are
found anywhere, since the grouping and the check digit together rarely occur by chance. Run together they look like
any long number, so they need a word that names them somewhere in the text (Thai ID, Emirates ID, national code,
T.C. Kimlik, NIK). Checks come from python-stdnum where it has them (Thai PIN, Turkish T.C. Kimlik, Indonesian NIK);
the Emirates ID is Luhn over its 15 digits and the Iranian code its mod-11 check (written out below: stdnum has no
Iranian or Emirati module).

The Nordic numbers start with the birth date (Swedish personnummer YYMMDD-NNNN, Danish CPR and Norwegian
fødselsnummer DDMMYY…, Finnish HETU DDMMYY-NNNC); so does the Greek AMKA, the Belgian national number
(YY.MM.DD-NNN.CC, printed so it is found anywhere) and the Austrian SVNR (NNNC DDMMYY, an insurance number). A
date and a check rarely fit a random number, but six digits, a dash and four often do, so each needs its name in
the text; stdnum validates the date and the check.
"""

from collections.abc import Callable
from dataclasses import dataclass

from presidio_analyzer import Pattern
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.gr import amka
from stdnum.id import nik
from stdnum.no import fodselsnummer
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik

from medgate.guardrails.phi.base import ContextPatternRecognizer
from medgate.guardrails.phi.checks import digits_only, luhn_ok

_B = r"(?=\d)(?<![0-9A-Za-z])"
_E = r"(?![0-9A-Za-z])"
_SCORE = 0.9


def iranian_code_ok(value: str) -> bool:
    """Iran's 10-digit national code: the weighted sum of the first nine digits (weights 10…2) mod 11 gives the
    last digit (the remainder itself below 2, else 11 minus it); ten equal digits are not issued."""
    digits = digits_only(value)
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    rest = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return int(digits[9]) == (rest if rest < 2 else 11 - rest)


def emirates_id_ok(value: str) -> bool:
    """784 (the UAE's country code), a birth year, seven digits and a Luhn check digit."""
    digits = digits_only(value)
    return len(digits) == 15 and digits.startswith("784") and digits[3:5] in ("19", "20") and luhn_ok(digits)


@dataclass(frozen=True)
class IdForm:
    """One country's number: its printed pattern (None: it has no grouping of its own), its run-together pattern,
    a cheap gate for each, the words that name it, its check on the matched text, and what kind of number it is."""

    name: str
    printed: str | None
    printed_gate: str | None
    bare: str
    bare_gate: str
    words: tuple[str, ...]
    check: Callable[[str], bool]
    entity: str = "NATIONAL_ID"


FORMS = (
    IdForm(
        "thai id",
        r"[1-8]([- ])\d{4}\1\d{5}\1\d{2}\1\d",
        r"[0-9][- ][0-9]{4}[- ][0-9]{5}[- ][0-9]{2}[- ][0-9]",
        r"[1-8]\d{12}",
        r"[0-9]{13}",
        ("thai id", "thai national id", "id card", "บัตรประชาชน", "เลขประจำตัว"),
        lambda text: bool(pin.is_valid(digits_only(text))),
    ),
    IdForm(
        "emirates id",
        r"784([- ])(?:19|20)\d{2}\1\d{7}\1\d",
        r"784[- ](?:19|20)",
        r"784(?:19|20)\d{10}",
        r"784(?:19|20)",
        ("emirates id", "eid", "uae id"),
        emirates_id_ok,
    ),
    IdForm(
        "iranian national code",
        r"\d{3}-\d{6}-\d",
        r"[0-9]{3}-[0-9]{6}-[0-9]",
        r"\d{10}",
        r"[0-9]{10}",
        ("national code", "codemeli", "melli", "کد ملی", "iranian id"),
        iranian_code_ok,
    ),
    IdForm(
        "tc kimlik",
        None,
        None,
        r"[1-9]\d{10}",
        r"[0-9]{11}",
        ("kimlik", "t.c.", "tckn", "turkish id", "turkish identity"),
        lambda text: bool(tckimlik.is_valid(digits_only(text))),
    ),
    IdForm(
        "nik",
        None,
        None,
        r"\d{16}",
        r"[0-9]{16}",
        ("nik", "ktp", "nomor induk"),
        lambda text: bool(nik.is_valid(digits_only(text))),
    ),
    IdForm(
        "swedish personnummer",
        None,
        None,
        r"(?:19|20)?\d{6}[-+]?\d{4}",
        r"[0-9]{6}",
        ("personnummer", "personnr", "person number", "personal identity number"),
        lambda text: bool(personnummer.is_valid(text)),
    ),
    IdForm(
        "danish cpr",
        None,
        None,
        r"\d{6}-?\d{4}",
        r"[0-9]{6}",
        ("cpr", "personnummer"),
        lambda text: bool(cpr.is_valid(text)),
    ),
    IdForm(
        "norwegian fodselsnummer",
        None,
        None,
        r"\d{6} ?\d{5}",
        r"[0-9]{6}",
        ("fødselsnummer", "fodselsnummer", "fnr", "personnummer", "birth number"),
        lambda text: bool(fodselsnummer.is_valid(text)),
    ),
    IdForm(
        "finnish hetu",
        None,
        None,
        r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]",
        r"[0-9]{6}[-+A-FU-Y]",
        ("hetu", "henkilötunnus", "henkilotunnus", "personbeteckning", "personal identity code"),
        lambda text: bool(hetu.is_valid(text)),
    ),
    IdForm(
        "greek amka",
        None,
        None,
        r"\d{11}",
        r"[0-9]{11}",
        ("amka", "αμκα"),
        lambda text: bool(amka.is_valid(text)),
    ),
    IdForm(
        "belgian national number",
        r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}",
        r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}",
        r"\d{11}",
        r"[0-9]{11}",
        ("national number", "rijksregister", "registre national", "numéro national", "numero national"),
        lambda text: bool(nn.is_valid(text)),
    ),
    IdForm(
        "austrian svnr",
        None,
        None,
        r"\d{4} ?\d{6}",
        r"[0-9]{4} ?[0-9]{6}",
        ("svnr", "sozialversicherungsnummer", "versicherungsnummer", "e-card"),
        lambda text: bool(vnr.is_valid(text)),
        "INSURANCE_ID",
    ),
)


class NationalIdRecognizer(ContextPatternRecognizer):
    """One country's number in one form: printed (found anywhere) or run together (a naming word in the text)."""

    def __init__(self, form: IdForm, *, printed: bool) -> None:
        pattern, gate = (form.printed, form.printed_gate) if printed else (form.bare, form.bare_gate)
        if pattern is None:
            raise ValueError(f"{form.name} has no printed form")
        super().__init__(
            form.entity,
            [Pattern(form.name, _B + pattern + _E, 0.05)],
            context=() if printed else form.words,
            gate=gate,
            require_context=not printed,
            validated_score=_SCORE,
        )
        self._check = form.check

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return self._check(pattern_text)


def national_id_recognizers() -> list[ContextPatternRecognizer]:
    """Printed forms first (found anywhere), then the run-together forms that need a naming word."""
    printed = [NationalIdRecognizer(form, printed=True) for form in FORMS if form.printed is not None]
    return [*printed, *(NationalIdRecognizer(form, printed=False) for form in FORMS)]
