"""``medgate guard`` over JSON Lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

from medgate.guardrails import GuardPolicy, guard_main


def _policy_file(tmp_path: Path) -> Path:
    base = GuardPolicy.load().model_dump(exclude={"tenants"})
    path = tmp_path / "policy.json.yaml"
    path.write_text(
        json.dumps({**base, "input_stages": ["phi"], "output_stages": ["phi", "clinical_advice"]})
    )  # JSON is YAML
    return path


def test_guard_main_over_json_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Patient: John Smith, phone (415) 555-0132"}),
        "this is not json",
        json.dumps({"prompt": "missing text"}),
        "",
        json.dumps({"text": "Is ibuprofen safe with asthma?"}),
    ]
    out = io.StringIO()
    status = guard_main(
        ["--policy", str(_policy_file(tmp_path)), "--batch-size", "2"], io.StringIO("\n".join(lines) + "\n"), out
    )
    assert status == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3, 5]
    first, bad_json, no_text, clean = records
    assert first["decision"] == "redact" and "[PERSON_1]" in first["redacted_text"]
    assert {"type": "PHONE", "start": 27, "end": 41} in first["phi"]
    assert set(first) >= {"categories", "scores", "review_required", "reasons"}
    assert "error" in bad_json and "error" in no_text and "decision" not in bad_json
    assert clean["decision"] == "allow" and clean["categories"] == {"phi": False}


def test_output_direction_flags_review(tmp_path: Path) -> None:
    out = io.StringIO()
    text = json.dumps({"text": "建议您服用布洛芬，每次200毫克，每日三次。"}, ensure_ascii=False)
    guard_main(["--policy", str(_policy_file(tmp_path)), "--direction", "output"], io.StringIO(text + "\n"), out)
    record = json.loads(out.getvalue())
    assert record["decision"] == "review" and record["review_required"] is True


def test_bad_arguments_return_2() -> None:
    assert guard_main(["--direction", "sideways"], io.StringIO(""), io.StringIO()) == 2
