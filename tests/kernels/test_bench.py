"""Kernel benchmark harness: CPU smoke run (reference, ONNX export + ORT CPU, report) and its refusal without CUDA."""

import json
from pathlib import Path

import matplotlib.image
import pytest
import torch

from medgate.kernels.bench.__main__ import EXIT_NO_CUDA, main
from medgate.kernels.bench.report import add_speedups, target_summary


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the refusal on hosts without CUDA")
def test_refuses_politely_without_cuda(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path)]) == EXIT_NO_CUDA
    assert "needs a CUDA GPU" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_cpu_smoke_exports_runs_and_reports(tmp_path: Path) -> None:
    pytest.importorskip("onnxscript", reason="the dynamo ONNX exporter needs onnxscript")
    assert main(["--cpu-smoke", "--impls", "eager,onnxruntime", "--out", str(tmp_path)]) == 0
    payload = json.loads((tmp_path / "kernel_bench.json").read_text())
    records = payload["records"]
    assert payload["cpu_smoke"] and payload["copy_bandwidth_gbs"] > 0
    assert {(r["kernel"], r["impl"]) for r in records} == {
        (k, i) for k in ("pooled_head", "exemplar_topk") for i in ("eager", "onnxruntime")
    }
    assert [r for r in records if "error" in r] == []
    for rec in records:
        assert rec["ms"] > 0 and rec["gbs"] > 0
        # The exported reference op run by ONNX Runtime agrees with eager PyTorch.
        assert rec["max_abs_err_vs_eager"] < 1e-5
    image = matplotlib.image.imread(tmp_path / "kernel_bench.png")
    assert image.shape[0] > 100 and image.shape[1] > 100


def test_cpu_smoke_reports_triton_speedups_under_the_interpreter(tmp_path: Path, device: torch.device) -> None:
    if device.type != "cpu":
        pytest.skip("the interpreter smoke run is for hosts without CUDA")
    assert main(["--cpu-smoke", "--impls", "triton,eager", "--out", str(tmp_path), "--rep-ms", "1"]) == 0
    records = json.loads((tmp_path / "kernel_bench.json").read_text())["records"]
    triton = [r for r in records if r["impl"] == "triton"]
    assert len(triton) == 4 and [r for r in records if "error" in r] == []
    for rec in triton:
        assert rec["max_abs_err_vs_eager"] < 1e-5 and rec["speedup_vs_eager"] > 0


def _rec(impl: str, ms: float, batch: int = 64, frac: float = 0.9) -> dict:
    return {
        "kernel": "pooled_head",
        "case": f"b{batch}",
        "impl": impl,
        "ms": ms,
        "batch": batch,
        "fraction_of_copy": frac,
    }


def test_speedups_and_target_summary() -> None:
    records = [
        _rec("triton", 1.0),
        _rec("eager", 4.0),
        _rec("compile", 2.0),
        _rec("triton", 1.0, batch=256, frac=0.7),
        _rec("eager", 2.5, batch=256),
        _rec("triton", 1.0, batch=1, frac=0.1),
        _rec("eager", 1.0, batch=1),
    ]
    add_speedups(records)
    assert records[0]["speedup_vs_eager"] == 4.0 and records[0]["speedup_vs_compile"] == 2.0
    summary = target_summary(records)["pooled_head"]
    assert summary["cases"] == 2  # batch 1 is below the target's batch floor
    assert summary["min_fraction_of_copy"] == 0.7 and summary["min_speedup_vs_eager"] == 2.5
    assert not summary["meets_bandwidth_target"] and not summary["meets_speedup_target"]
