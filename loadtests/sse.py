"""Reading the server-sent events of OpenAI-style streamed answers."""

from __future__ import annotations

import json
from typing import Any

DONE = "[DONE]"


def sse_data(line: str | bytes) -> dict[str, Any] | str | None:
    """The payload of one event-stream line: the parsed JSON chunk, ``DONE``, or None for lines without data."""
    text = (line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line).strip()
    if not text.startswith("data:"):
        return None
    data = text.removeprefix("data:").strip()
    return DONE if data == DONE else json.loads(data)
