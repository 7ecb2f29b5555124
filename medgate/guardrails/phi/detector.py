"""PhiDetector: runs the Chinese and English recognizers over a text and resolves overlaps."""

from bisect import bisect_right
from collections.abc import Collection
from functools import cache
from typing import Literal, Protocol

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.address_lines_en import address_block
from medgate.guardrails.phi.attached_ids import WHOLE_SCORE, attached_ids
from medgate.guardrails.phi.birth_dates import WrittenBirthDateRecognizer, printed_date_of_birth
from medgate.guardrails.phi.gazetteers import to_simplified
from medgate.guardrails.phi.hl7_segments import Hl7SegmentRecognizer
from medgate.guardrails.phi.identifier_shapes import IdentifierShapeRecognizer
from medgate.guardrails.phi.name_fields_en import NameFieldRecognizer
from medgate.guardrails.phi.name_mentions import repeated_mentions
from medgate.guardrails.phi.names_dotted_zh import DottedNameRecognizer
from medgate.guardrails.phi.names_en import english_name_recognizers
from medgate.guardrails.phi.names_informal_zh import InformalNameRecognizer
from medgate.guardrails.phi.names_inverted_en import InvertedNameRecognizer
from medgate.guardrails.phi.national_ids import national_id_recognizers
from medgate.guardrails.phi.ner_zh import ChineseNerRecognizer
from medgate.guardrails.phi.phone_forms import phone_form_recognizers
from medgate.guardrails.phi.phone_numbers import NumberingPlanPhoneRecognizer
from medgate.guardrails.phi.postal_addresses import PostalAddressRecognizer
from medgate.guardrails.phi.premises_addresses import PremisesAddressRecognizer
from medgate.guardrails.phi.recognizers_en import english_recognizers
from medgate.guardrails.phi.recognizers_intl import international_recognizers
from medgate.guardrails.phi.recognizers_zh import chinese_recognizers
from medgate.guardrails.phi.record_forms import record_form_recognizers
from medgate.guardrails.phi.spans import PhiSpan
from medgate.guardrails.phi.street_first_addresses import StreetFirstAddressRecognizer
from medgate.guardrails.phi.table_columns import TableColumnRecognizer
from medgate.guardrails.phi.tagger import TaggerRecognizer

# Where ``PhiDetector`` runs the learned token tagger (``tagger.py``) beside the rules: nowhere, on Latin
# script only, or on all text. Latin unless told: see ``TaggerRecognizer`` and phi/README.md ("Round 11").
TaggerScope = Literal["off", "latin", "all"]
TAGGER_DEFAULT: TaggerScope = "latin"


class Scanner(Protocol):
    """What the detector calls: Presidio recognizers with a ``scan`` that takes the lower-cased text too."""

    name: str
    supported_entities: list[str]

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]: ...


@cache
def all_recognizers() -> tuple[Scanner, ...]:
    """Build every recognizer once per process (they are stateless and thread-safe)."""
    return (
        *chinese_recognizers(),
        DottedNameRecognizer(),
        InformalNameRecognizer(),  # round 11: 老蒯, 马工程师, 张 华, 扎西多吉
        *international_recognizers(),
        *national_id_recognizers(),  # round 10: Thai, Emirati, Iranian, Turkish, Indonesian IDs by form
        *english_recognizers(),
        *english_name_recognizers(),
        InvertedNameRecognizer(),
        *record_form_recognizers(),  # round 7: printed forms of record numbers, birth dates, phones, names
        printed_date_of_birth(),
        WrittenBirthDateRecognizer(),
        *phone_form_recognizers(),
        NumberingPlanPhoneRecognizer(),
        IdentifierShapeRecognizer(),
        NameFieldRecognizer(),
        TableColumnRecognizer(),
        Hl7SegmentRecognizer(),
        address_block(),
        PostalAddressRecognizer(),
        PremisesAddressRecognizer(),  # round 11: House No. 24, Street 7, F-8/9, Islamabad
        StreetFirstAddressRecognizer(),  # round 12: Lindenstraße 92, 10689 Berlin; 7-5-1 Nishiki, Naka-ku, Nagoya
        ChineseNerRecognizer(),
    )


@cache
def _tagger_recognizer(latin_only: bool) -> TaggerRecognizer:
    return TaggerRecognizer(latin_only)


_FIELD_GAP = regex.compile(r"[ \t]{2,}+|\t")


def _before_next_field(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name that runs over a form's gap into the next field's label (``Surname: Bui   Forename: Bao`` read as
    ``Bui   Forename``) ends at the gap: a colon right after a name and a gap inside it mean a label."""
    if result.entity_type != "PERSON" or not text.startswith(":", result.end):
        return result
    gaps = list(_FIELD_GAP.finditer(text, result.start, result.end))
    if not gaps:
        return result
    return RecognizerResult("PERSON", result.start, gaps[-1].start(), result.score)


def _union_same_type(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlapping results of one type become their union (two recognizers each found part of an
    address: the label rule its start, LAC its building and units); the higher score is kept."""
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.entity_type, r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.entity_type == result.entity_type and result.start < last.end:
            if result.end > last.end or result.score > last.score:
                merged[-1] = RecognizerResult(
                    last.entity_type, last.start, max(last.end, result.end), max(last.score, result.score)
                )
        else:
            merged.append(result)
    return merged


def _resolve(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the best of overlapping results: higher score, then longer span, then recognizer order."""
    results = _union_same_type(results)
    ranked = sorted(range(len(results)), key=lambda i: (-results[i].score, results[i].start - results[i].end, i))
    starts: list[int] = []  # kept spans, sorted by start; kept spans never overlap
    kept: list[RecognizerResult] = []
    for i in ranked:
        result = results[i]
        at = bisect_right(starts, result.start)
        if (at and kept[at - 1].end > result.start) or (at < len(kept) and kept[at].start < result.end):
            continue
        starts.insert(at, result.start)
        kept.insert(at, result)
    return kept


class PhiDetector:
    """Finds PHI/PII in Chinese and English text at once (both languages' recognizers run on every text).

    Entity types (``entity_types``): PERSON, PHONE, EMAIL, ADDRESS, DATE_OF_BIRTH, CN_RESIDENT_ID,
    BANK_CARD, CREDIT_CARD, INSURANCE_ID, MEDICAL_RECORD_NO, NATIONAL_ID (Hong Kong, Taiwan, Thailand, UAE, Iran,
    Turkey, Indonesia), PASSPORT, SSN,
    IP_ADDRESS, IDENTIFIER.
    ``detect`` raises ``TimeoutError`` if a pattern runs away; callers must then block (fail closed).
    """

    def __init__(
        self, entities: Collection[str] | None = None, min_score: float = 0.5, *, tagger: TaggerScope | None = None
    ) -> None:
        """``tagger``: where to run the learned name tagger (``tagger.py``); ``None`` takes ``TAGGER_DEFAULT``."""
        self.tagger: TaggerScope = TAGGER_DEFAULT if tagger is None else tagger
        tagging = () if self.tagger == "off" else (_tagger_recognizer(self.tagger == "latin"),)
        recognizers = all_recognizers() + tagging
        known = frozenset(entity for r in recognizers for entity in r.supported_entities)
        wanted = known if entities is None else frozenset(entities)
        if unknown := wanted - known:
            raise ValueError(f"unknown PHI entity types: {sorted(unknown)}; known: {sorted(known)}")
        self.entity_types: frozenset[str] = wanted
        self.min_score = min_score
        self._recognizers = tuple(r for r in recognizers if wanted.intersection(r.supported_entities))

    def detect(self, text: str) -> list[PhiSpan]:
        """Sorted, non-overlapping PHI spans with score >= min_score. Traditional Chinese characters are
        read as simplified ones (號 as 号, 電話 as 电话), one for one, so the offsets are the text's."""
        if not text.isascii():
            text = to_simplified(text)
        lowered = text.lower()
        results: list[RecognizerResult] = []
        for recognizer in self._recognizers:
            if isinstance(recognizer, ChineseNerRecognizer):  # last: it skips what the rules found whole
                found = recognizer.scan(
                    text,
                    lowered,
                    [(r.start, r.end) for r in results if r.score >= WHOLE_SCORE or r.entity_type == "PERSON"],
                )
            elif isinstance(recognizer, NumberingPlanPhoneRecognizer):  # skips numbers a rule typed as surely
                surely = NumberingPlanPhoneRecognizer.SCORES["printed"]
                found = recognizer.scan(text, lowered, [(r.start, r.end) for r in results if r.score >= surely])
            else:
                found = recognizer.scan(text, lowered)
            results += (
                _before_next_field(text, r)
                for r in found
                if r.score >= self.min_score and r.entity_type in self.entity_types
            )
        results += (r for r in attached_ids(text, results) if r.entity_type in self.entity_types)
        if "PERSON" in self.entity_types:
            results += repeated_mentions(text, results)
        return [PhiSpan(r.entity_type, r.start, r.end, r.score) for r in _resolve(results)]
