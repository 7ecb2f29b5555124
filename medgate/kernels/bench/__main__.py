"""CLI: python -m medgate.kernels.bench [--out DIR] [--cpu-smoke] [sweep options]."""

import argparse
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import torch

from medgate.kernels.bench.cases import DTYPES, TOP_K, Case, PooledCase, sweep
from medgate.kernels.bench.impls import IMPLS, Implementations, Outputs
from medgate.kernels.bench.report import add_speedups, plot, target_summary, write_json
from medgate.kernels.bench.timing import copy_bandwidth_gbs, median_ms

EXIT_NO_CUDA = 2
_SMOKE = {"batches": [1, 5], "seqs": [24], "banks": [80], "hiddens": [384], "dtypes": ["fp32"]}
_SMOKE_COPY_BYTES = 64 << 20


def _ints(text: str) -> list[int]:
    return [int(v) for v in text.split(",") if v]


def _names(allowed: tuple[str, ...]) -> Callable[[str], list[str]]:
    def parse(text: str) -> list[str]:
        names = [v for v in text.split(",") if v]
        unknown = sorted(set(names) - set(allowed))
        if unknown:
            raise argparse.ArgumentTypeError(f"unknown {unknown}; choose from {list(allowed)}")
        return names

    return parse


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m medgate.kernels.bench", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("results/kernels"), help="folder for JSON and PNG")
    parser.add_argument(
        "--cpu-smoke",
        action="store_true",
        help="tiny CPU run of the reference, torch.compile and ONNX Runtime (CPU) paths and the "
        "report writer (Triton only under TRITON_INTERPRET=1); numbers are not meaningful",
    )
    parser.add_argument("--batches", type=_ints, default=[1, 16, 64, 256, 1024])
    parser.add_argument("--seqs", type=_ints, default=[128, 512, 2048], help="max row length (pooled head)")
    parser.add_argument("--banks", type=_ints, default=[4096, 32768], help="exemplar bank sizes (top-k)")
    parser.add_argument("--hiddens", type=_ints, default=[384, 768])
    parser.add_argument("--dtypes", type=_names(tuple(DTYPES)), default=["fp16"])
    parser.add_argument("--impls", type=_names(IMPLS), default=list(IMPLS))
    parser.add_argument("--warmup-ms", type=int, default=25)
    parser.add_argument("--rep-ms", type=int, default=100)
    return parser.parse_args(argv)


def _max_abs_err(case: Case, out: Outputs, expected: Outputs) -> float:
    """Largest difference of the scores (probabilities / similarities) from eager's."""
    got, want = out[0].float(), expected[0].float()
    if got.shape != want.shape:
        raise AssertionError(f"output shape {tuple(got.shape)} != eager's {tuple(want.shape)}")
    return float((got - want).abs().max()) if got.numel() else 0.0


def _measure(
    impls: Implementations, names: list[str], case: Case, copy_gbs: float, args: argparse.Namespace
) -> list[dict]:
    device = impls.device
    inputs = case.inputs(device)
    nbytes = case.min_bytes(inputs)
    expected = impls.runner("eager", case, inputs)()
    base = {
        "kernel": case.kernel,
        "case": case.label,
        "batch": case.batch,
        "hidden": case.hidden,
        "dtype": case.dtype,
        "bytes": nbytes,
    }
    base |= {"seq": case.seq} if isinstance(case, PooledCase) else {"bank": case.bank, "k": TOP_K}
    records = []
    for name in names:
        rec = dict(base, impl=name)
        try:
            run = impls.runner(name, case, inputs)
            rec["max_abs_err_vs_eager"] = _max_abs_err(case, run(), expected)
            ms = median_ms(run, device, args.warmup_ms, args.rep_ms)
            gbs = nbytes / (ms * 1e-3) / 1e9
            rec |= {"ms": ms, "gbs": gbs, "fraction_of_copy": gbs / copy_gbs}
            if not isinstance(case, PooledCase):
                rec["tflops"] = 2 * case.batch * case.bank * case.hidden / (ms * 1e-3) / 1e12
        except Exception as err:  # noqa: BLE001 - one failing implementation must not sink the sweep: record it
            rec["error"] = f"{type(err).__name__}: {err}"
        records.append(rec)
        print(_line(rec), flush=True)
    return records


def _line(rec: dict) -> str:
    if "error" in rec:
        return f"{rec['kernel']:14} {rec['case']:24} {rec['impl']:12} ERROR {rec['error'][:120]}"
    return (
        f"{rec['kernel']:14} {rec['case']:24} {rec['impl']:12} {rec['ms']:9.4f} ms "
        f"{rec['gbs']:8.1f} GB/s {rec['fraction_of_copy']:6.1%} of copy  err {rec['max_abs_err_vs_eager']:.1e}"
    )


def _sweep(device: torch.device, names: list[str], shapes: dict, args: argparse.Namespace) -> dict:
    """Measure copy bandwidth and every case; return the report payload."""
    copy_gbs = copy_bandwidth_gbs(device, _SMOKE_COPY_BYTES if device.type == "cpu" else 1 << 30)
    print(f"device copy bandwidth: {copy_gbs:.1f} GB/s", flush=True)
    records: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="medgate-bench-") as workdir:
        impls = Implementations(device, Path(workdir))
        for case in sweep(**shapes):
            records += _measure(impls, names, case, copy_gbs, args)
            if device.type == "cuda":
                torch.cuda.empty_cache()
    add_speedups(records)
    return {
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor() or "cpu",
        "cpu_smoke": device.type == "cpu",
        "torch": torch.__version__,
        "copy_bandwidth_gbs": copy_gbs,
        "records": records,
        "targets": target_summary(records),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.cpu_smoke:
        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # OpenMP barriers stall when a shared host deschedules a worker
        try:
            names = [n for n in args.impls if n != "triton" or os.environ.get("TRITON_INTERPRET") == "1"]
            payload = _sweep(torch.device("cpu"), names, _SMOKE, args)
        finally:
            torch.set_num_threads(threads)
    elif not torch.cuda.is_available():
        print(
            "medgate.kernels.bench needs a CUDA GPU (none is visible); nothing was measured.\n"
            "Run it on a GPU host, or use --cpu-smoke to check the harness on CPU.",
            file=sys.stderr,
        )
        return EXIT_NO_CUDA
    else:
        payload = _sweep(torch.device("cuda"), args.impls, {k: getattr(args, k) for k in _SMOKE}, args)
    json_path = write_json(args.out / "kernel_bench.json", payload)
    png_path = plot(args.out / "kernel_bench.png", payload["records"], payload["copy_bandwidth_gbs"], payload["device"])
    print(f"wrote {json_path} and {png_path}")
    for kernel, summary in payload["targets"].items():
        print(f"{kernel}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
