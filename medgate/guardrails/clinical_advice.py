"""Spot answers that give diagnosis, dosing or treatment advice (en + zh).

Such answers are not refused: they are marked for physician review, and the
policy may append a language-matched disclaimer. Reasons name the kind of advice
and the language only, never the matched text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNIT_EN = r"(?:mg|mcg|µg|ug|g|ml|mL|IU|units?|tablets?|capsules?|puffs?|drops?)"
_FREQ_EN = (
    r"(?:once|twice|three times|four times|\d+\s*times)\s+(?:a|per)\s+day|daily|every\s+\d+\s*(?:hours?|h)"
    r"|\b(?:q\d+h|bid|tid|qid|qd|prn)\b|at bedtime|per kg|/kg"
)
_UNIT_ZH = r"(?:毫克|微克|克|毫升|片|粒|袋|支|单位|mg|ml|g)"

_PATTERNS: dict[str, dict[str, re.Pattern[str]]] = {
    "dosing": {
        "en": re.compile(
            rf"\b\d+(?:\.\d+)?\s*{_UNIT_EN}\b.{{0,40}}?(?:{_FREQ_EN})"
            rf"|\b(?:take|give|administer|dose(?: of)?|increase to|reduce to)\s+\d+(?:\.\d+)?\s*{_UNIT_EN}\b"
            r"|\b(?:maximum|max|recommended|starting|usual)\s+(?:daily\s+)?dose\b",
            re.IGNORECASE,
        ),
        "zh": re.compile(
            rf"\d+(?:\.\d+)?\s*{_UNIT_ZH}.{{0,12}}?(?:每[日天次]|一[日天]\s*[一二三四1-4]\s*次|[一二三四1-4]\s*次\s*/\s*[日天])"
            rf"|(?:每[日天次]|一[日天]\s*[一二三四1-4]\s*次)[^。；\n]{{0,12}}?\d+(?:\.\d+)?\s*{_UNIT_ZH}"
            r"|(?:剂量|用量)(?:为|是|可以|应)",
        ),
    },
    "diagnosis": {
        "en": re.compile(
            r"\byou (?:most likely|likely|probably|may|might|could) (?:have|be suffering from|be experiencing)\b"
            r"|\b(?:consistent with|suggestive of|indicative of)\b"
            r"|\b(?:the|your|a|my) (?:likely |probable |working )?diagnosis (?:is|would be)\b"
            r"|\bthis (?:sounds|looks) like\b",
            re.IGNORECASE,
        ),
        "zh": re.compile(
            r"诊断为|考虑为|(?:您|你)(?:可能|应该|很可能)?(?:患有|得了)|(?:可能|很可能|应该)是[^。，,\n]{0,10}?(?:病|症|炎|癌|瘤|综合征)"
        ),
    },
    "treatment": {
        "en": re.compile(
            r"\byou should (?:take|start|stop|use|try|apply|increase|decrease|switch)\b"
            r"|\b(?:I|we) (?:would )?(?:recommend|suggest|advise)"
            r" (?:taking|starting|stopping|using|a course|surgery|treatment)\b"
            r"|\b(?:first-line|treatment of choice|treatment options? (?:is|are|include))\b"
            r"|\b(?:start|begin) (?:a course of|treatment with|on)\b",
            re.IGNORECASE,
        ),
        "zh": re.compile(
            r"建议(?:您|你)?(?:服用|使用|口服|注射|手术|治疗|停用|换用|加用)|治疗方案|(?:可以|应该|需要)(?:服用|口服|注射|使用)|首选(?:药物|治疗)"
        ),
    },
}


@dataclass(frozen=True)
class AdviceFinding:
    """One kind of clinical advice found in a text."""

    kind: str  # "diagnosis" | "dosing" | "treatment"
    lang: str
    start: int
    end: int

    @property
    def reason(self) -> str:
        return f"clinical_advice: {self.kind} ({self.lang})"


class ClinicalAdviceDetector:
    """Finds diagnosis, dosing and treatment advice; one finding per kind and language."""

    def detect(self, text: str) -> list[AdviceFinding]:
        """Findings in ``text`` (first match of each kind per language)."""
        findings: list[AdviceFinding] = []
        for kind, by_lang in _PATTERNS.items():
            for lang, pattern in by_lang.items():
                match = pattern.search(text)
                if match:
                    findings.append(AdviceFinding(kind, lang, match.start(), match.end()))
        return findings
