"""``medgate guard``: JSON Lines in (``{"text": ...}``), one JSON verdict line out per input."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from medgate.guardrails.verdict import GuardVerdict


def verdict_line(verdict: GuardVerdict) -> dict[str, Any]:
    """The CLI's JSON object for one checked text."""
    return {
        "decision": verdict.decision,
        "categories": verdict.categories,
        "scores": {name: round(score, 4) for name, score in verdict.scores.items()},
        "redacted_text": verdict.redacted_texts[0] if verdict.redacted_texts else "",
        "phi": [{"type": s.type, "start": s.start, "end": s.end} for s in (verdict.phi[0] if verdict.phi else [])],
        "review_required": verdict.review_required,
        "reasons": verdict.reasons,
    }


def _parse(line: str) -> str:
    record = json.loads(line)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('expected an object with a string "text"')
    return record["text"]


def _batches(stdin: TextIO, size: int) -> Iterator[list[tuple[int, str | None, str | None]]]:
    """(line number, text or None, error or None), in batches of ``size`` lines."""
    batch: list[tuple[int, str | None, str | None]] = []
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            batch.append((number, _parse(line), None))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            batch.append((number, None, f"line {number}: {exc}"))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def guard_main(argv: Sequence[str], stdin: TextIO, stdout: TextIO) -> int:
    """Run the guard over JSON Lines; returns the exit status (0, or 2 for bad arguments)."""
    parser = argparse.ArgumentParser(prog="medgate guard", description=__doc__)
    parser.add_argument("--policy", type=Path, default=None, help="policy YAML (default: packaged)")
    parser.add_argument("--tenant", default="default")
    parser.add_argument(
        "--direction",
        choices=("input", "output"),
        default="input",
        help="check as a prompt (input) or as an answer (output)",
    )
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--classifier-dir", type=Path, default=None)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)

    from medgate.guardrails.pipeline import GuardPipeline
    from medgate.guardrails.policy import GuardPolicy

    pipeline = GuardPipeline.from_policy(GuardPolicy.load(args.policy), classifier_dir=args.classifier_dir)
    for batch in _batches(stdin, max(1, args.batch_size)):
        texts = [text for _, text, _ in batch if text is not None]
        verdicts = iter(pipeline.check_each(texts, args.tenant, args.direction))
        for number, text, error in batch:
            record = (
                {"line": number, "error": error} if text is None else {"line": number, **verdict_line(next(verdicts))}
            )
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
