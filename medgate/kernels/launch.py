"""Launch-size helpers shared by the Triton kernels (no triton import here)."""

from functools import cache

import torch

_PROGRAMS_PER_SM = 4
_INTERPRETER_PROGRAMS = 8  # CPU (TRITON_INTERPRET=1): small, so tests exercise the split paths


@cache
def _cuda_programs(index: int) -> int:
    return _PROGRAMS_PER_SM * torch.cuda.get_device_properties(index).multi_processor_count


def device_programs(device: torch.device) -> int:
    """Concurrent programs that fill `device` (a few per SM on CUDA)."""
    if device.type == "cuda":
        return _cuda_programs(device.index if device.index is not None else torch.cuda.current_device())
    return _INTERPRETER_PROGRAMS


def pow2_at_most(n: int) -> int:
    """Largest power of two <= n (1 for n < 1)."""
    return 1 << (max(n, 1).bit_length() - 1)
