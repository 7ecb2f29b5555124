"""The evaluation command on the project's own examples (always present, so it runs in CI)."""

from __future__ import annotations

from medgate.tools.classifier.data import OWN_DATA
from medgate.tools.classifier.evaluate import evaluate_main


def test_evaluate_main_prints_table(capsys) -> None:
    assert evaluate_main([str(OWN_DATA / "medgate_examples.jsonl"), "--limit-per-source", "4"]) == 0
    out = capsys.readouterr().out
    assert "| medgate_zh_unsafe_direct | zh |" in out and "| ALL | zh |" in out and "p50 ms" in out
