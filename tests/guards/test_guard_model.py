"""The guard-model stage without Ray: adapters (grammar, strict parsing, category maps), the call and its
timeouts, how its verdict combines with the classifier, and streamed windows gated by it.

A scripted client stands in for the served guard model; the real deployment (vLLM, structured outputs)
is exercised in tests/serving/test_guard_model_e2e.py. These prove the plumbing, not a model's quality.
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import xgrammar
from xgrammar.testing import _is_grammar_accept_string  # the structured-output backend vLLM uses

from medgate.guardrails import GuardPipeline, GuardPolicy
from medgate.guardrails.guard_model import GuardModel, StructuredOutputs, UnparseableVerdict, adapter_for
from medgate.guardrails.guard_model.adapters import (
    LLAMAGUARD3_CATEGORIES,
    QWEN3GUARD_CATEGORIES,
    LlamaGuard3Adapter,
    Qwen3GuardAdapter,
    literal,
)
from medgate.guardrails.policy import Direction
from medgate.guardrails.stages import Resources

QWEN_UNSAFE = "Safety: Unsafe\nCategories: Suicide & Self-Harm"
QWEN_SAFE = "Safety: Safe\nCategories: None"
QWEN_CONTROVERSIAL = "Safety: Controversial\nCategories: Politically Sensitive Topics"
RESOURCES = Resources()
BENIGN = "What is a normal resting heart rate for an adult?"
HARMFUL = "How do I overdose on insulin to kill myself?"  # blocked by the classifier alone (self_harm)


# -- adapters ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "direction", "label", "categories"),
    [
        (QWEN_SAFE, "input", "safe", ()),
        (QWEN_UNSAFE, "input", "unsafe", ("self_harm",)),
        (
            "Safety: Unsafe\nCategories: PII, Jailbreak, Violent",
            "input",
            "unsafe",
            ("patient_data_extraction", "prompt_injection", "general_harm"),
        ),
        (QWEN_CONTROVERSIAL, "input", "controversial", ("general_harm",)),
        ("Safety: Safe\nCategories: None\nRefusal: Yes", "output", "safe", ()),
        ("Safety: Unsafe\nCategories: Unethical Acts\nRefusal: No", "output", "unsafe", ("unethical_practice",)),
    ],
)
def test_qwen3guard_verdicts_map_onto_medgate_categories(
    text: str, direction: Direction, label: str, categories: tuple[str, ...]
) -> None:
    verdict = Qwen3GuardAdapter().parse(text, direction)
    assert verdict.label == label and verdict.categories == categories


@pytest.mark.parametrize(
    ("text", "label", "categories"),
    [
        ("safe", "safe", ()),
        ("unsafe\nS11", "unsafe", ("self_harm",)),
        ("unsafe\nS6,S7", "unsafe", ("clinical_advice", "patient_data_extraction")),
        ("unsafe\nS1,S10", "unsafe", ("general_harm",)),  # two codes, one medgate category
    ],
)
def test_llamaguard3_verdicts_map_onto_medgate_categories(text: str, label: str, categories: tuple[str, ...]) -> None:
    for direction in ("input", "output"):
        verdict = LlamaGuard3Adapter().parse(text, direction)
        assert verdict.label == label and verdict.categories == categories


@pytest.mark.parametrize(
    ("adapter", "text", "direction"),
    [
        ("qwen3guard", "Safety: Safe\nCategories: Violent", "input"),  # safe must list none
        ("qwen3guard", "Safety: Unsafe\nCategories: None", "input"),  # unsafe must list one
        ("qwen3guard", "Safety: Unsafe\nCategories: Hacking", "input"),  # not a category of the model
        ("qwen3guard", "safety: unsafe\ncategories: Violent", "input"),
        ("qwen3guard", QWEN_UNSAFE, "output"),  # an answer's verdict has its Refusal line
        ("qwen3guard", QWEN_SAFE + "\nRefusal: Yes", "input"),
        ("qwen3guard", QWEN_SAFE + " because it is fine", "input"),
        ("qwen3guard", "", "input"),
        ("llamaguard3", "unsafe", "input"),  # unsafe needs its codes
        ("llamaguard3", "unsafe\nS15", "input"),
        ("llamaguard3", "safe\nS1", "input"),
        ("llamaguard3", "Safe", "input"),
        ("llamaguard3", "unsafe\nS1, S2", "input"),
    ],
)
def test_anything_outside_the_verdict_grammar_is_refused(adapter: str, text: str, direction: Direction) -> None:
    with pytest.raises(UnparseableVerdict):
        adapter_for(adapter).parse(text, direction)  # type: ignore[arg-type]


def _verdict_texts(adapter: str, direction: Direction) -> list[str]:
    """Every well-formed verdict with up to two categories."""
    if adapter == "llamaguard3":
        codes = list(LLAMAGUARD3_CATEGORIES)
        return (
            ["safe"]
            + [f"unsafe\n{a}" for a in codes]
            + [f"unsafe\n{a},{b}" for a, b in itertools.permutations(codes, 2)]
        )
    names = list(QWEN3GUARD_CATEGORIES)
    listed = names + [f"{a}, {b}" for a, b in itertools.permutations(names, 2)]
    prompts = [QWEN_SAFE] + [
        f"Safety: {label}\nCategories: {c}" for label in ("Unsafe", "Controversial") for c in listed
    ]
    return [f"{p}\nRefusal: {r}" for p in prompts for r in ("Yes", "No")] if direction == "output" else prompts


@pytest.mark.parametrize("direction", ["input", "output"])
@pytest.mark.parametrize("adapter", ["qwen3guard", "llamaguard3"])
def test_the_backend_compiles_the_grammar_and_it_admits_exactly_what_the_parser_reads(
    adapter: str, direction: Direction
) -> None:
    """vLLM's xgrammar backend accepts the regex; every verdict it admits parses, and malformed ones it refuses."""
    parser = adapter_for(adapter)  # type: ignore[arg-type]
    grammar = xgrammar.Grammar.from_regex(parser.grammar(direction))
    texts = _verdict_texts(adapter, direction)
    for text in texts[:: max(1, len(texts) // 40)]:
        assert _is_grammar_accept_string(grammar, text), text
        parser.parse(text, direction)
    for bad in ("Safety: Unsafe\nCategories: None", "unsafe", "Safety: Safe\nCategories: PII", "yes", ""):
        assert not _is_grammar_accept_string(grammar, bad), bad


def test_a_pinned_verdict_becomes_a_regex_matching_only_itself() -> None:
    text = "Safety: Unsafe\nCategories: Suicide & Self-Harm, Non-violent Illegal Acts"
    grammar = xgrammar.Grammar.from_regex(literal(text))
    assert _is_grammar_accept_string(grammar, text)
    assert not _is_grammar_accept_string(grammar, QWEN_SAFE)


# -- the stage, over a scripted client --------------------------------------------------------------------------
@dataclass
class ScriptedClient:
    """Answers what ``reply`` says after ``delay_s``; records each call."""

    reply: Callable[[list[dict[str, str]]], str]
    delay_s: float = 0.0
    calls: list[tuple[list[dict[str, str]], StructuredOutputs]] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)  # the last message of each finished call
    in_flight: int = 0
    most_in_flight: int = 0

    async def moderate(
        self, messages: list[dict[str, str]], *, structured: StructuredOutputs, max_tokens: int, tenant: str
    ) -> str:
        self.calls.append((messages, structured))
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay_s)
            answer = self.reply(messages)
            self.answered.append(messages[-1]["content"])
            return answer
        finally:
            self.in_flight -= 1


def _always(text: str) -> Callable[[list[dict[str, str]]], str]:
    return lambda _: text


def _by_direction(prompt: str, answer: str) -> Callable[[list[dict[str, str]]], str]:
    return lambda messages: prompt if len(messages) == 1 else answer


def _failing(_: list[dict[str, str]]) -> str:
    raise ConnectionError("replica died")


def _policy(**guard_model: object) -> GuardPolicy:
    """The packaged policy with ``guard_model`` settings; the classifier's stage timeout is relaxed (not under
    test here, and a loaded CI machine must not turn these checks into fail-closed ones)."""
    base = GuardPolicy.load()
    return base.model_copy(
        update={
            "guard_model": base.guard_model.model_copy(update=guard_model),
            "stage_timeout_ms": 20_000,
            "stage_wall_timeout_ms": 20_000,
        }
    )


def _pipeline(
    client: ScriptedClient, policy: GuardPolicy, *, adapter: str = "qwen3guard", chars: int = 4000
) -> GuardPipeline:
    model = GuardModel("guard", adapter_for(adapter), client, max_tokens=64, max_input_chars=chars)  # type: ignore[arg-type]
    return GuardPipeline(policy, RESOURCES, guard_models={"guard": model})  # detectors loaded once per module


async def test_safe_passes_and_the_guard_model_sees_the_redacted_prompt() -> None:
    client = ScriptedClient(_always(QWEN_SAFE))
    guard = _pipeline(client, _policy()).new_request("default")
    verdict = await guard.acheck_input([f"{BENIGN} My phone is 13800138000."])
    assert not verdict.blocked, verdict.reasons
    [(messages, structured)] = client.calls
    assert messages == [{"role": "user", "content": verdict.redacted_texts[0]}]
    assert "13800138000" not in messages[0]["content"] and "[PHONE_1]" in messages[0]["content"]
    assert structured == {"regex": Qwen3GuardAdapter().grammar("input")}
    assert [s.name for s in verdict.stages][-1] == "guard_model"


async def test_unsafe_blocks_with_the_mapped_category() -> None:
    verdict = await _pipeline(ScriptedClient(_always(QWEN_UNSAFE)), _policy()).new_request().acheck_input([BENIGN])
    assert verdict.blocked and not verdict.failed_closed
    assert verdict.fired == ["self_harm"]
    assert any("guard_model qwen3guard: unsafe (Suicide & Self-Harm)" in r for r in verdict.reasons)


async def test_llamaguard_specialized_advice_takes_the_clinical_advice_action() -> None:
    pipeline = _pipeline(ScriptedClient(_always("unsafe\nS6")), _policy(), adapter="llamaguard3")
    verdict = await pipeline.new_request().acheck_input([BENIGN])
    assert verdict.decision == "review" and verdict.fired == ["clinical_advice"]


@pytest.mark.parametrize(("setting", "decision"), [("block", "block"), ("review", "review"), ("allow", "allow")])
async def test_controversial_follows_the_policy(setting: str, decision: str) -> None:
    pipeline = _pipeline(ScriptedClient(_always(QWEN_CONTROVERSIAL)), _policy(controversial=setting))
    verdict = await pipeline.new_request().acheck_input([BENIGN])
    assert verdict.decision == decision and verdict.fired == ["controversial"]


async def test_a_classifier_block_is_not_sent_to_the_guard_model_in_both_mode() -> None:
    client = ScriptedClient(_always(QWEN_SAFE))
    verdict = await _pipeline(client, _policy()).new_request().acheck_input([HARMFUL])
    assert verdict.blocked and "self_harm" in verdict.fired
    assert client.calls == []


async def test_uncertain_band_the_guard_model_decides_inside_the_band_only() -> None:
    inside = ScriptedClient(_always(QWEN_SAFE))  # the band is everything: the guard model overrules
    verdict = (
        await _pipeline(inside, _policy(mode="uncertain_band", band=(0.0, 1.0))).new_request().acheck_input([HARMFUL])
    )
    assert len(inside.calls) == 1 and not verdict.blocked, verdict.reasons
    outside = ScriptedClient(_always(QWEN_UNSAFE))  # a benign text scores far below this band: no call
    verdict = (
        await _pipeline(outside, _policy(mode="uncertain_band", band=(0.99, 1.0))).new_request().acheck_input([BENIGN])
    )
    assert outside.calls == [] and not verdict.blocked


@pytest.mark.parametrize(
    ("client", "timeout_ms", "why"),
    [
        (ScriptedClient(_always(QWEN_SAFE), delay_s=0.5), 50, "timed out"),
        (ScriptedClient(_failing), 5000, "failed: ConnectionError"),
        (ScriptedClient(_always("Safety: maybe")), 5000, "not in the verdict grammar"),
    ],
    ids=["timeout", "replica-error", "unparseable"],
)
async def test_a_guard_model_that_cannot_decide_fails_closed(client: ScriptedClient, timeout_ms: int, why: str) -> None:
    verdict = await _pipeline(client, _policy(timeout_ms=timeout_ms)).new_request().acheck_input([BENIGN])
    assert verdict.blocked and verdict.failed_closed
    [stage] = [s for s in verdict.stages if s.error is not None]
    assert stage.name == "guard_model" and why in stage.error
    assert BENIGN not in " ".join(verdict.reasons)  # no checked text in reasons


async def test_long_texts_are_checked_in_pieces_at_once_and_the_worst_verdict_wins() -> None:
    def reply(messages: list[dict[str, str]]) -> str:
        return QWEN_UNSAFE if "LAST" in messages[0]["content"] else QWEN_SAFE

    client = ScriptedClient(reply, delay_s=0.05)
    text = BENIGN * 40 + " LAST"
    verdict = await _pipeline(client, _policy(), chars=512).new_request().acheck_input([text])
    assert len(client.calls) == -(-len(text) // 512) and client.most_in_flight == len(client.calls)
    assert verdict.blocked and verdict.fired == ["self_harm"]


async def test_the_answer_is_moderated_after_the_prompt_with_the_answer_grammar() -> None:
    client = ScriptedClient(_by_direction(QWEN_SAFE, QWEN_SAFE + "\nRefusal: No"))
    guard = _pipeline(client, _policy()).new_request()
    assert not (await guard.acheck_input([BENIGN])).blocked
    verdict = await guard.acheck_output(["Sixty to one hundred beats per minute."])
    assert not verdict.blocked, verdict.reasons
    messages, structured = client.calls[-1]
    assert [m["role"] for m in messages] == ["user", "assistant"] and messages[0]["content"] == BENIGN
    assert structured == {"regex": Qwen3GuardAdapter().grammar("output")}


async def test_pinned_verdicts_narrow_the_grammar_and_unparseable_pins_are_refused_at_start() -> None:
    client = ScriptedClient(_always(QWEN_UNSAFE))
    await _pipeline(client, _policy(pinned_verdicts={"input": QWEN_UNSAFE})).new_request().acheck_input([BENIGN])
    assert client.calls[0][1] == {"regex": literal(QWEN_UNSAFE)}
    model = GuardModel("guard", adapter_for("qwen3guard"), client, max_tokens=64, max_input_chars=512)
    with pytest.raises(ValueError, match="pinned_verdicts.input"):
        GuardPipeline.from_policy(_policy(pinned_verdicts={"input": "unsafe\nS1"}), guard_models={"guard": model})
    with pytest.raises(ValueError, match="not a served guard model"):
        GuardPipeline.from_policy(_policy(model="elsewhere"), guard_models={"guard": model})


async def test_mode_off_and_directions_leave_the_guard_model_out() -> None:
    client = ScriptedClient(_always(QWEN_UNSAFE))
    assert not (await _pipeline(client, _policy(mode="off")).new_request().acheck_input([BENIGN])).blocked
    assert not (await _pipeline(client, _policy(directions=["output"])).new_request().acheck_input([BENIGN])).blocked
    assert client.calls == []


# -- streamed answers --------------------------------------------------------------------------------------------
ANSWER = "A normal resting heart rate for adults ranges from sixty to one hundred beats per minute. " * 3


async def _stream(client: ScriptedClient, policy: GuardPolicy, deltas: list[str]) -> tuple[list[str], object]:
    guard = _pipeline(client, policy).new_request()
    await guard.acheck_input([BENIGN])
    stream = guard.stream()
    out = [await stream.afeed(d) for d in deltas]
    out.append(await stream.afinish())
    return out, stream.verdict


def _deltas(text: str, size: int = 4) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _covered(released: str, answered: list[str]) -> bool:
    """Every character of ``released`` ends a stretch that some answered call read up to the same point."""
    rest = released
    while rest:
        matched = max((len(os.path.commonprefix([rest[::-1], text[::-1]])) for text in answered), default=0)
        if matched == 0:
            return False
        rest = rest[:-matched]
    return True


async def test_a_streamed_answer_leaves_only_after_the_guard_model_passed_it_and_calls_overlap() -> None:
    answer_verdict = QWEN_SAFE + "\nRefusal: No"

    def reply(messages: list[dict[str, str]]) -> str:
        return QWEN_SAFE if len(messages) == 1 else answer_verdict

    client = ScriptedClient(reply, delay_s=0.02)
    policy = _policy()
    guard = _pipeline(client, policy).new_request()
    await guard.acheck_input([BENIGN])
    stream = guard.stream()
    out = []
    for delta in [*_deltas(ANSWER), None]:
        piece = await stream.afeed(delta) if delta is not None else await stream.afinish()
        if piece:  # it left only once finished calls had checked all of it (several windows may leave at once)
            assert _covered(piece, client.answered), piece
        out.append(piece)
    verdict = stream.verdict
    assert "".join(out) == ANSWER and not verdict.blocked
    assert len(client.calls) >= 4 and client.most_in_flight >= 2  # windows are checked while more text comes in
    stage = [s for s in verdict.stages if s.name == "guard_model"]
    assert stage and stage[0].decision == "allow"


async def test_the_hold_back_stays_bounded_while_the_guard_model_is_slow() -> None:
    client = ScriptedClient(_always(QWEN_SAFE + "\nRefusal: No"), delay_s=0.05)
    policy = _policy().model_copy(update={"stream_max_holdback_chars": 64})
    guard = _pipeline(client, policy).new_request()
    stream = guard.stream()
    fed = released = 0
    for delta in _deltas(ANSWER):
        released += len(await stream.afeed(delta))
        fed += len(delta)
        assert fed - released <= 64 + policy.stream_window_chars
    released += len(await stream.afinish())
    assert released == len(ANSWER)


async def test_an_unsafe_window_stops_the_stream_with_its_category() -> None:
    def reply(messages: list[dict[str, str]]) -> str:
        if len(messages) == 1:
            return QWEN_SAFE
        return (
            "Safety: Unsafe\nCategories: Violent\nRefusal: No"
            if "ninety" in messages[1]["content"]
            else (QWEN_SAFE + "\nRefusal: No")
        )

    text = "Sixty to one hundred beats per minute is normal for adults at rest. " * 2 + "ninety " + "more text " * 20
    out, verdict = await _stream(ScriptedClient(reply), _policy(), _deltas(text))
    assert verdict.blocked and verdict.fired == ["general_harm"]
    assert "ninety" not in "".join(out)


async def test_a_failing_guard_model_stops_the_stream_closed() -> None:
    def reply(messages: list[dict[str, str]]) -> str:
        if len(messages) == 1:
            return QWEN_SAFE
        raise ConnectionError("replica died")

    out, verdict = await _stream(ScriptedClient(reply), _policy(), _deltas(ANSWER))
    assert verdict.blocked and verdict.failed_closed and "".join(out) == ""


async def test_a_review_verdict_on_the_answer_adds_the_disclaimer() -> None:
    def reply(messages: list[dict[str, str]]) -> str:
        return QWEN_SAFE if len(messages) == 1 else QWEN_CONTROVERSIAL + "\nRefusal: No"

    out, verdict = await _stream(ScriptedClient(reply), _policy(controversial="review"), _deltas(ANSWER))
    assert verdict.review_required and not verdict.blocked
    assert "".join(out).startswith(ANSWER) and "not been reviewed by a physician" in "".join(out)
