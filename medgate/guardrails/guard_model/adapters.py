"""Guard-model adapters: what a guard LLM is asked, which outputs it may give, and what they mean for medgate.

The moderation prompt itself is the checkpoint's own chat template (Qwen3Guard-Gen and
Llama Guard 3 ship theirs with the policy text, the categories and the answer format, in
front of the conversation): the adapter gives the conversation in the form the template
expects, so medgate never re-types the trained prompt, and its fixed part comes first in
every request, where vLLM's prefix cache keeps it. The adapter also gives the regular
expression the answer is constrained to (vLLM structured outputs) and a strict parser:
anything that does not match it exactly raises, and the stage then fails closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

from medgate.guardrails.policy import CLINICAL_ADVICE_CATEGORY, Direction

Label = Literal["safe", "unsafe", "controversial"]
AdapterName = Literal["qwen3guard", "llamaguard3"]

SELF_HARM = "self_harm"
GENERAL_HARM = "general_harm"
UNETHICAL = "unethical_practice"
DATA_EXTRACTION = "patient_data_extraction"
INJECTION = "prompt_injection"


class UnparseableVerdict(ValueError):
    """The guard model's answer is not in its verdict grammar (the message never contains the checked text)."""


@dataclass(frozen=True)
class ModelVerdict:
    """A parsed guard-model answer: its label, its own category names and medgate's categories for them."""

    label: Label
    model_categories: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()


class GuardAdapter(Protocol):
    """One guard-model family."""

    name: AdapterName

    def messages(self, prompt: str, answer: str | None) -> list[dict[str, str]]:
        """The conversation to moderate: the prompt alone (input), or the prompt and the answer (output)."""
        ...

    def grammar(self, direction: Direction) -> str:
        """The regular expression every answer of this model is constrained to."""
        ...

    def parse(self, text: str, direction: Direction) -> ModelVerdict:
        """The verdict in ``text``; raises UnparseableVerdict unless it matches the grammar exactly."""
        ...


_REGEX_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def literal(text: str) -> str:
    """A regular expression matching exactly ``text`` (only regex operators escaped: structured-output
    backends do not all accept Python's escapes of spaces and punctuation)."""
    return "".join(f"\\{ch}" if ch in _REGEX_SPECIAL else ch for ch in text)


def _alternatives(names: tuple[str, ...]) -> str:
    return "|".join(literal(name) for name in sorted(names, key=len, reverse=True))


def _conversation(prompt: str, answer: str | None) -> list[dict[str, str]]:
    messages = [{"role": "user", "content": prompt}]
    if answer is not None:
        messages.append({"role": "assistant", "content": answer})
    return messages


# Qwen3Guard-Gen's categories (its model card) -> medgate's.
QWEN3GUARD_CATEGORIES: dict[str, str] = {
    "Violent": GENERAL_HARM,
    "Non-violent Illegal Acts": GENERAL_HARM,
    "Sexual Content or Sexual Acts": GENERAL_HARM,
    "PII": DATA_EXTRACTION,
    "Suicide & Self-Harm": SELF_HARM,
    "Unethical Acts": UNETHICAL,
    "Politically Sensitive Topics": GENERAL_HARM,
    "Copyright Violation": GENERAL_HARM,
    "Jailbreak": INJECTION,
}
_MAX_LISTED = 3  # categories one answer may list: bounds the answer's length (and max_tokens)


class Qwen3GuardAdapter:
    """Qwen3Guard-Gen: ``Safety: Safe/Unsafe/Controversial``, ``Categories: ...``; answers add ``Refusal: Yes/No``."""

    name: AdapterName = "qwen3guard"

    def __init__(self) -> None:
        category = f"(?:{_alternatives(tuple(QWEN3GUARD_CATEGORIES))})"
        listed = f"{category}(?:, {category}){{0,{_MAX_LISTED - 1}}}"
        # A safe verdict lists no category, any other lists at least one: the grammar itself says so.
        self._prompt = f"Safety: (?:(Safe)\nCategories: None|(Unsafe|Controversial)\nCategories: ({listed}))"
        self._answer = f"{self._prompt}\nRefusal: (?:Yes|No)"

    def messages(self, prompt: str, answer: str | None) -> list[dict[str, str]]:
        return _conversation(prompt, answer)

    def grammar(self, direction: Direction) -> str:
        return self._answer if direction == "output" else self._prompt

    def parse(self, text: str, direction: Direction) -> ModelVerdict:
        match = re.fullmatch(self.grammar(direction), text.strip())
        if match is None:
            raise UnparseableVerdict(f"{self.name}: the answer is not in the verdict grammar")
        if match[1] == "Safe":
            return ModelVerdict("safe")
        label: Label = "unsafe" if match[2] == "Unsafe" else "controversial"
        listed = tuple(dict.fromkeys(match[3].split(", ")))
        return ModelVerdict(label, listed, tuple(dict.fromkeys(QWEN3GUARD_CATEGORIES[c] for c in listed)))


# Llama Guard 3's hazard taxonomy (MLCommons, S1-S14) -> medgate's. S6 "Specialized Advice" covers medical
# advice: in a hospital that is the clinical_advice category, whose action the policy sets (default: review).
LLAMAGUARD3_CATEGORIES: dict[str, str] = {
    "S1": GENERAL_HARM,  # Violent Crimes
    "S2": GENERAL_HARM,  # Non-Violent Crimes
    "S3": GENERAL_HARM,  # Sex-Related Crimes
    "S4": GENERAL_HARM,  # Child Sexual Exploitation
    "S5": GENERAL_HARM,  # Defamation
    "S6": CLINICAL_ADVICE_CATEGORY,  # Specialized Advice
    "S7": DATA_EXTRACTION,  # Privacy
    "S8": GENERAL_HARM,  # Intellectual Property
    "S9": GENERAL_HARM,  # Indiscriminate Weapons
    "S10": GENERAL_HARM,  # Hate
    "S11": SELF_HARM,  # Suicide & Self-Harm
    "S12": GENERAL_HARM,  # Sexual Content
    "S13": GENERAL_HARM,  # Elections
    "S14": GENERAL_HARM,  # Code Interpreter Abuse
}


class LlamaGuard3Adapter:
    """Llama Guard 3: ``safe``, or ``unsafe`` and a line of S-codes (``S1,S11``); the same form both ways."""

    name: AdapterName = "llamaguard3"

    def __init__(self) -> None:
        code = f"(?:{_alternatives(tuple(LLAMAGUARD3_CATEGORIES))})"
        self._grammar = f"(safe|unsafe\n({code}(?:,{code}){{0,{_MAX_LISTED - 1}}}))"

    def messages(self, prompt: str, answer: str | None) -> list[dict[str, str]]:
        return _conversation(prompt, answer)

    def grammar(self, direction: Direction) -> str:
        return self._grammar

    def parse(self, text: str, direction: Direction) -> ModelVerdict:
        match = re.fullmatch(self._grammar, text.strip())
        if match is None:
            raise UnparseableVerdict(f"{self.name}: the answer is not in the verdict grammar")
        if match[1] == "safe":
            return ModelVerdict("safe")
        codes = tuple(dict.fromkeys(match[2].split(",")))
        return ModelVerdict("unsafe", codes, tuple(dict.fromkeys(LLAMAGUARD3_CATEGORIES[c] for c in codes)))


ADAPTERS: dict[AdapterName, type[Qwen3GuardAdapter] | type[LlamaGuard3Adapter]] = {
    "qwen3guard": Qwen3GuardAdapter,
    "llamaguard3": LlamaGuard3Adapter,
}


def adapter_for(name: AdapterName) -> GuardAdapter:
    """The adapter of one guard-model family."""
    return ADAPTERS[name]()
