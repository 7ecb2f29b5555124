"""Body of ``POST /v1/moderations`` in OpenAI's schema, with medgate's medical categories.

OpenAI's categories are all present (our classifier's categories mapped onto them
where they correspond, else False / 0.0); our own categories are added under their
names, and a ``medgate`` field carries the decision, redacted text, PHI spans and
reasons. ``flagged`` is True when the guard would not pass the text unchanged.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from medgate.guardrails.verdict import GuardVerdict

OPENAI_CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/instructions",
    "self-harm/intent",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
TO_OPENAI = {
    "self_harm": ("self-harm", "self-harm/intent"),
    "dangerous_dosing": ("illicit", "self-harm/instructions"),
    "controlled_substances": ("illicit",),
    "general_harm": ("violence", "illicit/violent"),
}


def moderation_result(verdict: GuardVerdict) -> dict[str, Any]:
    """One ``results[]`` entry, from the verdict of one input text."""
    categories = {name: False for name in OPENAI_CATEGORIES}
    scores = {name: 0.0 for name in OPENAI_CATEGORIES}
    for ours, theirs in TO_OPENAI.items():
        for name in theirs:
            categories[name] = categories[name] or verdict.categories.get(ours, False)
            scores[name] = max(scores[name], verdict.scores.get(ours, 0.0))
    categories.update(verdict.categories)
    scores.update(verdict.scores)
    phi = verdict.phi[0] if verdict.phi else []
    return {
        "flagged": verdict.decision != "allow",
        "categories": categories,
        "category_scores": scores,
        "category_applied_input_types": {name: ["text"] for name in categories},
        "medgate": {
            "decision": verdict.decision,
            "redacted_text": verdict.redacted_texts[0] if verdict.redacted_texts else "",
            "phi": [{"type": s.type, "start": s.start, "end": s.end} for s in phi],
            "review_required": verdict.review_required,
            "reasons": verdict.reasons,
            "failed_closed": verdict.failed_closed,
        },
    }


def moderation_response(texts: Sequence[str], verdicts: Sequence[GuardVerdict], model: str) -> dict[str, Any]:
    """The response body for moderating ``texts`` (one verdict per text)."""
    if len(texts) != len(verdicts):
        raise ValueError(f"{len(texts)} texts but {len(verdicts)} verdicts")
    return {
        "id": f"modr-{uuid.uuid4().hex}",
        "model": model,
        "results": [moderation_result(v) for v in verdicts],
    }
