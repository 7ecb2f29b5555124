"""Answers the client asked to get as JSON stay valid JSON after redaction, and valid against their schema.

Services extract data from notes in JSON mode; a placeholder pasted over a JSON number
(``{"phone": 13800138000}`` -> ``{"phone": [PHONE_1]}``) would hand them a document no
parser accepts. When the redacted text no longer parses, the document is redacted leaf by
leaf instead (keys and scalar values; a redacted number or boolean becomes a string), and
checked against the requested schema; where no valid redaction exists the caller ends the
choice with ``content_filter`` rather than return a broken document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TypeAlias

import jsonschema
from pydantic import JsonValue

from medgate.guardrails import GuardVerdict, RequestGuard
from medgate.serving.protocol import ClientRequest

Json: TypeAlias = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
Schema: TypeAlias = dict[str, JsonValue]


def requested_json(request: ClientRequest) -> tuple[bool, Schema | None]:
    """Whether the client asked for JSON, and the schema it gave (if any)."""
    fmt = request.response_format or {}
    kind = fmt.get("type")
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        return True, schema if isinstance(schema, dict) else None
    if kind == "json_object":
        return True, None
    structured = request.structured_outputs or {}
    schema = structured.get("json")
    if isinstance(schema, dict):
        return True, schema
    return bool(schema) or "json_object" in structured, None


def still_valid(redacted: str, schema: Schema | None) -> bool:
    """Whether text redaction left the answer valid (then nothing more is needed)."""
    return _valid(redacted, schema)


def leaves_of(raw: str) -> list[str] | None:
    """The keys and scalar values of the engine's JSON answer, in document order (None: it was no JSON)."""
    try:
        document: Json = json.loads(raw)
    except json.JSONDecodeError:
        return None  # e.g. cut at max_tokens: there is no valid document to keep valid
    leaves: list[str] = []
    _collect(document, leaves)
    return leaves


def rebuilt(raw: str, redacted_leaves: list[str], schema: Schema | None) -> str | None:
    """The answer rebuilt from its redacted leaves, if that is valid JSON (and valid against ``schema``)."""
    text = json.dumps(_rebuild(json.loads(raw), iter(redacted_leaves)), ensure_ascii=False)
    return text if _valid(text, schema) else None


def _valid(text: str, schema: Schema | None) -> bool:
    try:
        document = json.loads(text)
        if schema is not None:
            jsonschema.validate(document, schema)
    except (json.JSONDecodeError, jsonschema.ValidationError, jsonschema.SchemaError):
        return False
    return True


def _scalar_text(value: Json) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _collect(node: Json, leaves: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            leaves.append(key)
            _collect(value, leaves)
    elif isinstance(node, list):
        for item in node:
            _collect(item, leaves)
    elif node is not None:
        leaves.append(_scalar_text(node))


def _rebuild(node: Json, redacted: Iterator[str]) -> Json:
    if isinstance(node, dict):
        return {next(redacted): _rebuild(value, redacted) for key, value in node.items()}
    if isinstance(node, list):
        return [_rebuild(item, redacted) for item in node]
    if node is None:
        return None
    text = next(redacted)
    return node if text == _scalar_text(node) else text  # a changed number or boolean becomes a string


def json_content(guard: RequestGuard, raw: str, verdict: GuardVerdict, schema: Schema | None) -> str | None:
    """A JSON answer's redacted text, still valid JSON (and valid against ``schema``); None if none exists."""
    redacted = verdict.redacted_texts[0]
    text = redacted.removesuffix(f"\n\n{verdict.disclaimer}") if verdict.disclaimer else redacted  # no prose in JSON
    if text == raw or still_valid(text, schema):
        return text
    leaves = leaves_of(raw)
    if leaves is None:
        return text  # the engine's own text was no JSON (e.g. cut at max_tokens): nothing valid to keep
    redacted_leaves = guard.redact(leaves)
    return None if redacted_leaves is None else rebuilt(raw, redacted_leaves, schema)
