"""Clinical advice (diagnosis, dosing, treatment) is flagged for physician review."""

from __future__ import annotations

import pytest

from medgate.guardrails import GuardPipeline
from medgate.guardrails.clinical_advice import ClinicalAdviceDetector
from medgate.guardrails.language import language_of


@pytest.mark.parametrize(
    ("text", "kind", "lang"),
    [
        ("Take 500 mg of amoxicillin three times a day for 7 days.", "dosing", "en"),
        ("The usual starting dose is 5 mg.", "dosing", "en"),
        ("Based on these symptoms you most likely have a urinary tract infection.", "diagnosis", "en"),
        ("Your symptoms are consistent with iron-deficiency anaemia.", "diagnosis", "en"),
        ("You should stop taking warfarin before the procedure.", "treatment", "en"),
        ("First-line therapy is metformin.", "treatment", "en"),
        ("阿莫西林每次500毫克，每日三次。", "dosing", "zh"),
        ("布洛芬一日3次，每次0.2克。", "dosing", "zh"),
        ("根据化验结果，诊断为2型糖尿病。", "diagnosis", "zh"),
        ("您可能患有高血压，需要进一步检查。", "diagnosis", "zh"),
        ("建议您服用降压药并低盐饮食。", "treatment", "zh"),
        ("首选药物是二甲双胍。", "treatment", "zh"),
    ],
)
def test_advice_is_found(text: str, kind: str, lang: str) -> None:
    findings = ClinicalAdviceDetector().detect(text)
    assert (kind, lang) in {(f.kind, f.lang) for f in findings}
    assert all(text not in f.reason for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "Metformin is a medicine used for type 2 diabetes.",
        "Please bring your previous test results to the appointment.",
        "Hypertension means the blood pressure is persistently high.",
        "二甲双胍是一种常用的降糖药物。",
        "请携带既往检查报告按时复诊。",
    ],
)
def test_general_information_is_not_flagged(text: str) -> None:
    assert ClinicalAdviceDetector().detect(text) == []


def test_language_of() -> None:
    assert language_of("建议您服用 aspirin 100 mg") == "zh"
    assert language_of("Take aspirin 100 mg daily (阿司匹林)") == "en"
    assert language_of("") == "en"


def test_output_verdict_requires_review_and_appends_disclaimer(phi_pipeline: GuardPipeline) -> None:
    answer = "根据您的描述，可能是急性胃炎。建议服用奥美拉唑，每次20毫克，每日两次。"
    verdict = phi_pipeline.new_request("default").check_output(answer)
    assert verdict.decision == "review" and verdict.review_required
    assert {
        "clinical_advice: diagnosis (zh)",
        "clinical_advice: treatment (zh)",
        "clinical_advice: dosing (zh)",
    } <= set(verdict.reasons)
    assert verdict.redacted_texts == [f"{answer}\n\n{phi_pipeline.policy.disclaimer.zh}"]


def test_monitor_tenant_records_without_review(phi_pipeline: GuardPipeline) -> None:
    pipeline = GuardPipeline.from_policy(
        phi_pipeline.policy.model_validate(
            {
                **phi_pipeline.policy.model_dump(),
                "tenants": {"triage-nurse": {"actions": {"clinical_advice": "monitor"}}},
            }
        )
    )
    verdict = pipeline.new_request("triage-nurse").check_output("You should take 400 mg ibuprofen every 6 hours.")
    assert verdict.categories["clinical_advice"] is True
    assert (verdict.decision, verdict.review_required, verdict.disclaimer) == ("allow", False, None)
