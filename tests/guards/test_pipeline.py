"""Input/output checks with real detectors: each action, fail closed, placeholders."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from guard_notes import EN_NOTE, ZH_NOTE

from medgate.guardrails import GuardPipeline, GuardPolicy


def test_planted_phi_is_redacted_in_both_languages(phi_pipeline: GuardPipeline) -> None:
    verdict = phi_pipeline.new_request("default").check_input([ZH_NOTE, EN_NOTE])
    assert verdict.decision == "redact" and not verdict.blocked
    zh, en = verdict.redacted_texts
    for value in ("王小明", "11010519491231002X", "13912345678", "ZY2024001234"):
        assert value not in zh
    for value in ("John Smith", "03/14/1962", "00123456", "(415) 555-0132", "john.smith@example.org"):
        assert value not in en
    assert "[CN_RESIDENT_ID_1]" in zh and "[PHONE_1]" in zh and "[PHONE_2]" in en
    assert verdict.phi_counts["PHONE"] == 2
    for text, spans in zip([ZH_NOTE, EN_NOTE], verdict.phi, strict=False):  # offsets index the original text
        assert {text[s.start : s.end] for s in spans} >= ({"13912345678"} if text is ZH_NOTE else {"John Smith"})
    assert verdict.categories["phi"] is True and verdict.stages[0].name == "phi"


def test_placeholders_are_shared_between_input_and_output(phi_pipeline: GuardPipeline) -> None:
    guard = phi_pipeline.new_request("default")
    first = guard.check_input(["请联系13912345678，或 13800138000"])
    answer = guard.check_output("我们会拨打 139 1234 5678 联系您。")
    assert first.redacted_texts == ["请联系[PHONE_1]，或 [PHONE_2]"]
    assert answer.redacted_texts == ["我们会拨打 [PHONE_1] 联系您。"]
    other = phi_pipeline.new_request("default").check_output("Call 13800138000.")
    assert other.redacted_texts == ["Call [PHONE_1]."]  # a new request numbers afresh


@pytest.mark.parametrize(
    ("action", "decision", "review"),
    [("block", "block", False), ("redact", "redact", False), ("review", "review", True), ("monitor", "allow", False)],
)
def test_each_action(make_policy: Callable[..., GuardPolicy], action: str, decision: str, review: bool) -> None:
    policy = make_policy(input_stages=["phi"], actions={"phi": action})
    verdict = GuardPipeline.from_policy(policy).new_request("t").check_input([EN_NOTE])
    assert (verdict.decision, verdict.review_required, verdict.blocked) == (decision, review, action == "block")
    assert verdict.categories["phi"] is True
    assert f"phi: {action}" in verdict.reasons
    redacted = verdict.redacted_texts[0]
    assert ("John Smith" in redacted) is (action != "redact")


def test_clean_text_is_allowed_unchanged(phi_pipeline: GuardPipeline) -> None:
    text = "What are the common side effects of metformin?"
    verdict = phi_pipeline.new_request("default").check_input([text])
    assert (verdict.decision, verdict.redacted_texts, verdict.reasons) == ("allow", [text], [])
    assert verdict.categories == {"phi": False}


def test_tenant_override_changes_the_decision(make_policy: Callable[..., GuardPolicy]) -> None:
    policy = make_policy(input_stages=["phi"], tenants={"research": {"actions": {"phi": "block"}}})
    pipeline = GuardPipeline.from_policy(policy)
    assert pipeline.new_request("default").check_input([EN_NOTE]).decision == "redact"
    assert pipeline.new_request("research").check_input([EN_NOTE]).decision == "block"


def _extra(name: str, path: str, **kwargs: object) -> dict:
    return {"name": name, "import_path": f"medgate_test_validators:{path}", "kwargs": kwargs}


def test_a_stage_that_raises_fails_closed(make_policy: Callable[..., GuardPolicy]) -> None:
    policy = make_policy(input_stages=["phi"], extra_validators=[_extra("flaky", "Raising")])
    verdict = GuardPipeline.from_policy(policy).new_request("t").check_input([EN_NOTE])
    assert verdict.blocked and verdict.failed_closed
    assert verdict.stages[-1].name == "extra:flaky" and verdict.stages[-1].error
    assert verdict.reasons == ["guard failed closed: stage extra:flaky raised RuntimeError"]
    assert verdict.redacted_texts == [""]
    assert "John" not in " ".join(verdict.reasons)  # the exception's text never leaks


def test_a_stage_breaking_the_validator_contract_fails_closed(make_policy: Callable[..., GuardPolicy]) -> None:
    policy = make_policy(input_stages=[], extra_validators=[_extra("broken", "ReturnsNone")])
    verdict = GuardPipeline.from_policy(policy).new_request("t").check_input(["hello"])
    assert verdict.failed_closed and verdict.stages[-1].name == "extra:broken"
    assert "did not return one ValidationResult per text" in verdict.reasons[0]


def test_a_slow_stage_fails_closed_sync(make_policy: Callable[..., GuardPolicy]) -> None:
    policy = make_policy(
        input_stages=[],
        stage_timeout_ms=20,
        stage_wall_timeout_ms=50,
        extra_validators=[_extra("slow", "Sleeping", seconds=0.1)],
    )
    verdict = GuardPipeline.from_policy(policy).new_request("t").check_input(["hello"])
    assert verdict.blocked and verdict.failed_closed
    assert "stage extra:slow timed out" in verdict.reasons[0]


async def test_a_hanging_stage_is_cut_off_async(make_policy: Callable[..., GuardPolicy]) -> None:
    policy = make_policy(
        input_stages=["phi"],
        stage_timeout_ms=50,
        stage_wall_timeout_ms=200,
        extra_validators=[_extra("hang", "Sleeping", seconds=2.0)],
    )
    guard = GuardPipeline.from_policy(policy).new_request("t")
    loop = asyncio.get_running_loop()
    started = loop.time()
    verdict = await guard.acheck_input(["hello"])
    assert loop.time() - started < 1.0  # did not wait for the 2 s stage
    assert verdict.blocked and verdict.failed_closed
    assert verdict.stages[-1].name == "extra:hang"
    assert "stage extra:hang timed out" in verdict.reasons[0]


def test_a_stage_that_computes_past_its_cpu_budget_fails_closed(make_policy: Callable[..., GuardPolicy]) -> None:
    policy = make_policy(
        input_stages=[],
        stage_timeout_ms=30,
        stage_wall_timeout_ms=5000,
        extra_validators=[_extra("busy", "Spinning", seconds=0.3)],
    )
    verdict = GuardPipeline.from_policy(policy).new_request("t").check_input(["hello"])
    assert verdict.blocked and verdict.failed_closed
    assert "stage extra:busy timed out" in verdict.reasons[0] and "of CPU" in verdict.reasons[0]


@pytest.mark.parametrize("path", ["sync", "async"])
def test_a_stage_that_waits_within_the_wall_limit_is_not_cut_off(
    make_policy: Callable[..., GuardPolicy], path: str
) -> None:
    """Wall time past the CPU budget is what a crowded machine does to a correct stage (its thread waits for a
    core or the GIL): that alone must not fail the check closed."""
    policy = make_policy(
        input_stages=["phi"],
        stage_timeout_ms=50,
        stage_wall_timeout_ms=3000,
        extra_validators=[_extra("waits", "Sleeping", seconds=0.3)],
    )
    guard = GuardPipeline.from_policy(policy).new_request("t")
    started = time.perf_counter()
    verdict = guard.check_input([EN_NOTE]) if path == "sync" else asyncio.run(guard.acheck_input([EN_NOTE]))
    assert time.perf_counter() - started >= 0.3
    assert not verdict.failed_closed, verdict.reasons
    assert [stage.name for stage in verdict.stages] == ["phi", "extra:waits"]


async def test_async_check_matches_sync(phi_pipeline: GuardPipeline) -> None:
    verdict = await phi_pipeline.new_request("default").acheck_input([EN_NOTE])
    assert verdict.decision == "redact" and "[PERSON_1]" in verdict.redacted_texts[0]


def test_missing_classifier_artifact_fails_closed(tmp_path: Path) -> None:
    pipeline = GuardPipeline.from_policy(GuardPolicy.load(), classifier_dir=tmp_path / "missing")
    verdict = pipeline.new_request("default").check_input(["What is a normal resting heart rate?"])
    assert verdict.blocked and verdict.failed_closed
    assert "unavailable" in verdict.reasons[0] and "classifier" in verdict.reasons[0]


def test_unimportable_extra_validator_fails_closed(make_policy: Callable[..., GuardPolicy]) -> None:
    policy = make_policy(
        input_stages=[], extra_validators=[{"name": "gone", "import_path": "no_such_module:Validator"}]
    )
    verdict = GuardPipeline.from_policy(policy).new_request("t").check_input(["hello"])
    assert verdict.failed_closed and "stage extra:gone unavailable" in verdict.reasons[0]


def test_extra_validator_redacts_with_its_error_spans(make_policy: Callable[..., GuardPolicy]) -> None:
    regex = {
        "name": "internal_host",
        "import_path": "medgate.guardrails.validators:RegexValidator",
        "kwargs": {"pattern": r"\bpacs\.[a-z0-9.]+\b"},
        "action": "redact",
    }
    word = {**_extra("codeword", "Word", word="LAZARUS"), "action": "redact"}
    policy = make_policy(input_stages=["phi"], extra_validators=[regex, word])
    guard = GuardPipeline.from_policy(policy).new_request("t")
    verdict = guard.check_input(["Call 13912345678: images are on pacs.ward3.local"])
    assert verdict.redacted_texts == ["Call [PHONE_1]: images are on [INTERNAL_HOST_1]"]
    assert verdict.decision == "redact"
    # asked to redact, but the validator gave no spans: blocked rather than passed through
    assert guard.check_input(["Protocol LAZARUS"]).decision == "block"


def test_check_each_gives_one_verdict_per_text(phi_pipeline: GuardPipeline) -> None:
    verdicts = phi_pipeline.check_each(["Call 13912345678", "no phi here", "Call 13800138000"])
    assert [v.decision for v in verdicts] == ["redact", "allow", "redact"]
    assert verdicts[2].redacted_texts == ["Call [PHONE_1]"]  # each text is its own request


def test_overlapping_redactions_are_merged(make_policy: Callable[..., GuardPolicy]) -> None:
    # the extra validator's match overlaps the detected phone number: nothing of either may survive
    regex = {
        "name": "digits",
        "import_path": "medgate.guardrails.validators:RegexValidator",
        "kwargs": {"pattern": r"8000 ext \d+"},
        "action": "redact",
    }
    policy = make_policy(input_stages=["phi"], extra_validators=[regex])
    verdict = GuardPipeline.from_policy(policy).new_request("t").check_input(["Call 138 0013 8000 ext 42 today"])
    assert verdict.redacted_texts == ["Call [PHONE_1] today"]
