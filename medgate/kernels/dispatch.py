"""Backend dispatch for the safety-scoring ops: Triton on CUDA, PyTorch reference elsewhere.

backend="auto" picks Triton when the tensors are on CUDA and triton imports,
else the reference. backend="triton" forces the kernels (on CPU tensors this
needs TRITON_INTERPRET=1 set before triton is first imported, as the tests do);
backend="reference" forces PyTorch. Triton is imported lazily, so importing
medgate.kernels never requires it.
"""

import importlib.util
from functools import lru_cache
from typing import Literal

import torch

from medgate.kernels.reference import exemplar_topk_reference, pooled_head_scores_reference

Backend = Literal["auto", "triton", "reference"]
FLOAT_DTYPES = (torch.float32, torch.float16, torch.bfloat16)
_TRITON_MAX_K = 64  # must equal medgate.kernels.triton_topk.MAX_K (checked by the tests)


@lru_cache(maxsize=1)
def triton_available() -> bool:
    """True when the triton package can be imported."""
    return importlib.util.find_spec("triton") is not None


def _use_triton(backend: Backend, device: torch.device) -> bool:
    if backend == "reference":
        return False
    if backend == "triton":
        if not triton_available():
            raise RuntimeError("backend='triton' requested but triton is not installed")
        return True
    if backend == "auto":
        return device.type == "cuda" and triton_available()
    raise ValueError(f"unknown backend {backend!r}; expected 'auto', 'triton' or 'reference'")


def _check_float(name: str, tensor: torch.Tensor, ndim: int) -> None:
    if tensor.dim() != ndim:
        raise ValueError(f"{name} must be {ndim}-D, got shape {tuple(tensor.shape)}")
    if tensor.dtype not in FLOAT_DTYPES:
        raise TypeError(f"{name} must be float32, float16 or bfloat16, got {tensor.dtype}")


def _check_same_device(**tensors: torch.Tensor) -> torch.device:
    devices = {t.device for t in tensors.values()}
    if len(devices) != 1:
        raise ValueError(f"all tensors must be on one device, got {sorted(map(str, devices))}")
    return devices.pop()


def pooled_head_scores(
    states: torch.Tensor,
    offsets: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor,
    thresholds: torch.Tensor,
    backend: Backend = "auto",
) -> tuple[torch.Tensor, torch.Tensor]:
    """Score a ragged batch of encoder token states with the multi-label safety head.

    states [total_tokens, H] fp32/fp16/bf16 (row b is states[offsets[b]:offsets[b+1]]),
    offsets int32/int64 [B+1] non-decreasing, weight [C, H], bias [C], thresholds [C].
    Returns (probs float32 [B, C], flags bool [B, C] = probs >= thresholds).
    Mean over the row's tokens, L2-normalise (eps 1e-12, as F.normalize),
    x @ weight.T + bias, sigmoid. An empty row pools to zero (probs = sigmoid(bias)).
    """
    _check_float("states", states, 2)
    _check_float("weight", weight, 2)
    _check_float("bias", bias, 1)
    _check_float("thresholds", thresholds, 1)
    if offsets.dim() != 1 or offsets.dtype not in (torch.int32, torch.int64) or offsets.numel() < 1:
        raise ValueError("offsets must be a non-empty 1-D int32/int64 tensor [B+1]")
    if weight.shape[1] != states.shape[1]:
        raise ValueError(f"weight is {tuple(weight.shape)} but hidden size is {states.shape[1]}")
    if bias.shape[0] != weight.shape[0] or thresholds.shape[0] != weight.shape[0]:
        raise ValueError("bias and thresholds must have one entry per weight row (category)")
    device = _check_same_device(states=states, offsets=offsets, weight=weight, bias=bias, thresholds=thresholds)
    if _use_triton(backend, device):
        from medgate.kernels.triton_pooled_head import pooled_head_scores_triton

        return pooled_head_scores_triton(states, offsets, weight, bias, thresholds)
    return pooled_head_scores_reference(states, offsets, weight, bias, thresholds)


def exemplar_topk(
    queries: torch.Tensor, bank: torch.Tensor, k: int, backend: Backend = "auto"
) -> tuple[torch.Tensor, torch.Tensor]:
    """Top-k cosine similarity of each query against an exemplar bank.

    queries [B, H], bank [M, H] (fp32/fp16/bf16, may differ); both sides L2-normalised
    (eps 1e-12). Returns (scores float32 [B, k'], indices int64 [B, k']) sorted
    descending, k' = min(k, M). Under "auto", k > 64 uses the reference.
    """
    _check_float("queries", queries, 2)
    _check_float("bank", bank, 2)
    if queries.shape[1] != bank.shape[1]:
        raise ValueError(f"queries hidden {queries.shape[1]} != bank hidden {bank.shape[1]}")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    device = _check_same_device(queries=queries, bank=bank)
    if backend == "triton" and min(k, bank.shape[0]) > _TRITON_MAX_K:
        raise ValueError(f"the Triton top-k kernel supports k <= {_TRITON_MAX_K}, got {k}")
    if _use_triton(backend, device) and min(k, bank.shape[0]) <= _TRITON_MAX_K:
        from medgate.kernels.triton_topk import exemplar_topk_triton

        return exemplar_topk_triton(queries, bank, k)
    return exemplar_topk_reference(queries, bank, k)
