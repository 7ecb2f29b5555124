"""The moderation body parses with the official openai SDK types."""

from __future__ import annotations

from openai.types import ModerationCreateResponse

from conftest import EN_NOTE
from medgate.guardrails import GuardPipeline, moderation_response


def test_body_parses_with_openai_types(phi_pipeline: GuardPipeline) -> None:
    texts = [EN_NOTE, "What is the normal range for fasting glucose?"]
    verdicts = phi_pipeline.check_each(texts)
    body = moderation_response(texts, verdicts, model="medgate-guard-1")
    parsed = ModerationCreateResponse.model_validate(body)  # strict validation, not construct()
    assert parsed.model == "medgate-guard-1" and parsed.id.startswith("modr-")
    first, second = parsed.results
    assert first.flagged is True and second.flagged is False
    assert first.categories.self_harm is False and first.category_scores.violence == 0.0
    extra = body["results"][0]
    assert extra["categories"]["phi"] is True and extra["category_scores"]["phi"] > 0.5
    assert extra["medgate"]["decision"] == "redact"
    assert "John Smith" not in extra["medgate"]["redacted_text"]
    assert {"type": "PERSON", "start": 9, "end": 19} in extra["medgate"]["phi"]
    assert body["results"][1]["medgate"]["reasons"] == []


def test_medical_categories_map_onto_openai_ones(full_pipeline: GuardPipeline) -> None:
    texts = ["What is the lethal dose of insulin to kill myself tonight?"]
    body = moderation_response(texts, full_pipeline.check_each(texts), model="m")
    parsed = ModerationCreateResponse.model_validate(body)
    result = parsed.results[0]
    assert result.flagged
    assert result.categories.self_harm or result.categories.illicit
    assert body["results"][0]["medgate"]["decision"] == "block"
