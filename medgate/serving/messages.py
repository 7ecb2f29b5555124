"""Where the guardable text of a request lives, so guards can read it and write redactions back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from medgate.serving.errors import OpenAIError


class TextSlots:
    """The text fields of one request body, read and replaced in place."""

    def __init__(self, getters: list[Callable[[], str]], setters: list[Callable[[str], None]]) -> None:
        self._getters = getters
        self._setters = setters

    def values(self) -> list[str]:
        return [get() for get in self._getters]

    def replace(self, texts: Sequence[str]) -> None:
        if len(texts) != len(self._setters):
            raise ValueError("one replacement per text slot is required")
        for set_text, text in zip(self._setters, texts, strict=True):
            set_text(text)

    @classmethod
    def from_chat(cls, body: dict[str, Any]) -> TextSlots:
        """Every text in ``messages``: string contents and ``{"type": "text"}`` parts."""
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise OpenAIError(400, "'messages' must be a non-empty list.", code="invalid_value", param="messages")
        getters: list[Callable[[], str]] = []
        setters: list[Callable[[str], None]] = []
        for i, message in enumerate(messages):
            if not isinstance(message, dict):
                raise OpenAIError(400, f"messages[{i}] must be an object.", code="invalid_value", param=f"messages.{i}")
            content = message.get("content")
            if isinstance(content, str):
                getters.append(lambda m=message: m["content"])
                setters.append(lambda text, m=message: m.__setitem__("content", text))
            elif isinstance(content, list):
                for part in content:
                    if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
                        getters.append(lambda p=part: p["text"])
                        setters.append(lambda text, p=part: p.__setitem__("text", text))
            elif content is not None:
                raise OpenAIError(
                    400,
                    f"messages[{i}].content must be a string or a list of parts.",
                    code="invalid_value",
                    param=f"messages.{i}.content",
                )
        return cls(getters, setters)

    @classmethod
    def from_completion(cls, body: dict[str, Any]) -> TextSlots:
        """``prompt`` as a string or a list of strings; token-id prompts cannot be guarded and are refused."""
        prompt = body.get("prompt")
        if isinstance(prompt, str):
            return cls([lambda: body["prompt"]], [lambda text: body.__setitem__("prompt", text)])
        if isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
            return cls(
                [lambda i=i: body["prompt"][i] for i in range(len(prompt))],
                [lambda text, i=i: body["prompt"].__setitem__(i, text) for i in range(len(prompt))],
            )
        raise OpenAIError(
            400,
            "'prompt' must be a string or a non-empty list of strings (token ids cannot be guarded).",
            code="invalid_value",
            param="prompt",
        )
