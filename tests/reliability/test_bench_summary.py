"""The benchmark's point summary flags answers a server sent in one burst (their TTFT is the whole answer's)."""

import json
from pathlib import Path

from loadtests.bench import RequestResult, median_points, parse_args, recorded_args, summarize


def answer(ttft_s: float, gaps: list[float]) -> RequestResult:
    return RequestResult(
        kind="benign_en", status=200, ok=True, e2e_s=ttft_s + sum(gaps), ttft_s=ttft_s, itl_s=gaps, output_tokens=64
    )


def test_answers_sent_in_one_burst_are_counted() -> None:
    streamed = [answer(0.03, [0.003] * 20) for _ in range(3)]
    burst = [answer(0.14, [0.00001] * 20)]
    point = summarize(streamed + burst, 1.0, concurrency=1, slo_ttft_ms=1000, slo_tpot_ms=100)
    assert point["one_burst_share"] == 0.25
    assert summarize(streamed, 1.0, concurrency=1, slo_ttft_ms=1000, slo_tpot_ms=100)["one_burst_share"] == 0.0


def test_the_medians_over_rounds_keep_each_rounds_burst_share() -> None:
    streamed = summarize([answer(0.03, [0.003] * 20)], 1.0, concurrency=1, slo_ttft_ms=1000, slo_tpot_ms=100)
    burst = summarize([answer(0.14, [0.0] * 20)], 1.0, concurrency=1, slo_ttft_ms=1000, slo_tpot_ms=100)
    (point,) = median_points([[burst], [burst], [streamed]])
    assert point["one_burst_share_by_round"] == [1.0, 1.0, 0.0]


def test_the_recorded_arguments_hold_no_path_of_this_machine(tmp_path: Path) -> None:
    checkout = Path(__file__).resolve().parents[2]
    args = parse_args(["--targets", "medgate,medgate-baseline", "--baseline", str(checkout), "--out", str(tmp_path)])
    recorded = recorded_args(args)
    assert "out" not in recorded and str(tmp_path) not in json.dumps(recorded)
    assert str(checkout) not in recorded["baseline"] and len(recorded["baseline"].split("+")[0]) >= 7
