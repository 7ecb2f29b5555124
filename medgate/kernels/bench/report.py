"""Benchmark report: speed-ups, target check, JSON and PNG (matplotlib)."""

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

TARGET_FRACTION_OF_COPY = 0.80
TARGET_SPEEDUP_VS_EAGER = 3.0
TARGET_MIN_BATCH = 64


def add_speedups(records: list[dict]) -> None:
    """Give each Triton record speedup_vs_<impl> = impl time / Triton time for its case."""
    by_case: dict[str, dict[str, dict]] = {}
    for rec in records:
        by_case.setdefault(rec["kernel"] + rec["case"], {})[rec["impl"]] = rec
    for impls in by_case.values():
        triton = impls.get("triton")
        if triton is None or "ms" not in triton:
            continue
        for name, rec in impls.items():
            if name != "triton" and "ms" in rec:
                triton[f"speedup_vs_{name}"] = rec["ms"] / triton["ms"]


def target_summary(records: list[dict]) -> dict[str, dict]:
    """Per kernel, over Triton cases with batch >= 64: worst fraction of copy bandwidth and speed-up vs eager."""
    summary: dict[str, dict] = {}
    for kernel in sorted({r["kernel"] for r in records}):
        rows = [
            r
            for r in records
            if r["kernel"] == kernel and r["impl"] == "triton" and "ms" in r and r["batch"] >= TARGET_MIN_BATCH
        ]
        if not rows:
            continue
        frac = min(r["fraction_of_copy"] for r in rows)
        speedups = [r["speedup_vs_eager"] for r in rows if "speedup_vs_eager" in r]
        worst = min(speedups) if speedups else None
        summary[kernel] = {
            "cases": len(rows),
            "min_fraction_of_copy": frac,
            "min_speedup_vs_eager": worst,
            "meets_bandwidth_target": frac >= TARGET_FRACTION_OF_COPY,
            "meets_speedup_target": worst is not None and worst >= TARGET_SPEEDUP_VS_EAGER,
        }
    return summary


def write_json(path: Path, payload: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n")
    return path


def plot(path: Path, records: list[dict], copy_gbs: float, device: str) -> Path:
    """Per kernel: achieved GB/s of every implementation per case, and Triton's speed-ups."""
    kernels = sorted({r["kernel"] for r in records})
    fig, axes = plt.subplots(len(kernels), 2, figsize=(16, 5 * len(kernels)), squeeze=False)
    for row, kernel in enumerate(kernels):
        recs = [r for r in records if r["kernel"] == kernel and "ms" in r]
        cases = list(dict.fromkeys(r["case"] for r in recs))
        x = {case: i for i, case in enumerate(cases)}
        bw_ax, sp_ax = axes[row]
        for impl in dict.fromkeys(r["impl"] for r in recs):
            pts = [(x[r["case"]], r["gbs"]) for r in recs if r["impl"] == impl]
            bw_ax.plot(*zip(*pts, strict=False), marker="o", label=impl)
        bw_ax.axhline(copy_gbs, color="grey", linestyle="--", label=f"copy {copy_gbs:.0f} GB/s")
        bw_ax.set(title=f"{kernel}: achieved bandwidth ({device})", ylabel="GB/s (min bytes / time)", yscale="log")
        triton = [r for r in recs if r["impl"] == "triton"]
        for key in sorted({k for r in triton for k in r if k.startswith("speedup_vs_")}):
            pts = [(x[r["case"]], r[key]) for r in triton if key in r]
            sp_ax.plot(*zip(*pts, strict=False), marker="o", label=key.removeprefix("speedup_vs_"))
        sp_ax.axhline(1.0, color="grey", linestyle="--")
        sp_ax.set(title=f"{kernel}: Triton speed-up over", ylabel="x (higher is better)", yscale="log")
        for ax in (bw_ax, sp_ax):
            ax.set_xticks(range(len(cases)), cases, rotation=75, fontsize=7)
            if ax.get_legend_handles_labels()[0]:
                ax.legend(fontsize=8)
            ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
