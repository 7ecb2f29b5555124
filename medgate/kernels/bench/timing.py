"""Timing helpers: median of repeated runs, and the device's copy bandwidth."""

import statistics
import time
from collections.abc import Callable

import torch

_COPY_BYTES = 1 << 30  # 1 GiB source buffer for the device-to-device copy
_MIN_CPU_RUNS = 10


def median_ms(fn: Callable[[], object], device: torch.device, warmup_ms: int = 25, rep_ms: int = 100) -> float:
    """Median run time of fn in milliseconds (CUDA: triton.testing.do_bench with CUDA events)."""
    if device.type == "cuda":
        from triton.testing import do_bench

        return float(do_bench(fn, warmup=warmup_ms, rep=rep_ms, return_mode="median"))
    fn()  # warm-up
    runs: list[float] = []
    deadline = time.perf_counter() + rep_ms / 1000
    while len(runs) < _MIN_CPU_RUNS or time.perf_counter() < deadline:
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def copy_bandwidth_gbs(device: torch.device, nbytes: int = _COPY_BYTES) -> float:
    """Device-to-device copy bandwidth in GB/s (bytes read + bytes written per second)."""
    src = torch.empty(nbytes, dtype=torch.uint8, device=device)
    dst = torch.empty_like(src)
    ms = median_ms(lambda: dst.copy_(src), device)
    return 2 * nbytes / (ms * 1e-3) / 1e9
