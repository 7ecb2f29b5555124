"""Triton kernel: ragged mean pooling -> L2 norm -> linear head -> sigmoid -> thresholds.

Each token state is read exactly once. Grid is (rows, splits): a row's tokens are
interleaved over `splits` programs (vectorised [BLOCK_T, BLOCK_H] tiles, fp32
accumulators). With one split the head is applied in-register by the same
program; otherwise per-split fp32 sums go to a small workspace and a finalize
kernel (one program per row) sums them and applies the head.
"""

import torch
import triton
import triton.language as tl

from medgate.kernels.launch import device_programs, pow2_at_most
from medgate.kernels.reference import NORM_EPS

_TILE_ELEMS = 8192  # BLOCK_T * BLOCK_H: 32 fp32 accumulators per thread at 8 warps
_NUM_WARPS = 8
_MIN_ITERS_PER_PROGRAM = 4  # token tiles a split should own before splitting pays
_BLOCK_C = 16
_MAX_SPLITS = 64
_FINALIZE_SPLITS_PER_STEP = 8


@triton.jit
def _head_epilogue(
    sums,
    n_tokens,
    row,
    w_ptr,
    b_ptr,
    thr_ptr,
    probs_ptr,
    flags_ptr,
    H,
    C,
    stride_w,
    EPS: tl.constexpr,
    BLOCK_H: tl.constexpr,
    BLOCK_C: tl.constexpr,
):
    """Mean, L2-normalise and score one row; store probs (fp32) and flags (uint8)."""
    offs_h = tl.arange(0, BLOCK_H)
    mask_h = offs_h < H
    mean = sums / tl.maximum(n_tokens, 1).to(tl.float32)
    norm = tl.sqrt(tl.sum(mean * mean, axis=0))
    x = mean / tl.maximum(norm, EPS)
    for c0 in range(0, C, BLOCK_C):
        offs_c = c0 + tl.arange(0, BLOCK_C)
        mask_c = offs_c < C
        w = tl.load(
            w_ptr + offs_c[:, None] * stride_w + offs_h[None, :], mask=mask_c[:, None] & mask_h[None, :], other=0.0
        ).to(tl.float32)
        bias = tl.load(b_ptr + offs_c, mask=mask_c, other=0.0).to(tl.float32)
        probs = tl.sigmoid(tl.sum(w * x[None, :], axis=1) + bias)
        thr = tl.load(thr_ptr + offs_c, mask=mask_c, other=0.0).to(tl.float32)
        tl.store(probs_ptr + row * C + offs_c, probs, mask=mask_c)
        tl.store(flags_ptr + row * C + offs_c, (probs >= thr).to(tl.uint8), mask=mask_c)


@triton.jit
def _pool_kernel(
    states_ptr,
    offsets_ptr,
    partial_ptr,
    w_ptr,
    b_ptr,
    thr_ptr,
    probs_ptr,
    flags_ptr,
    H,
    C,
    n_splits,
    stride_s,
    stride_w,
    FUSED: tl.constexpr,
    EPS: tl.constexpr,
    BLOCK_T: tl.constexpr,
    BLOCK_H: tl.constexpr,
    BLOCK_C: tl.constexpr,
):
    """Sum this split's tokens of one row; apply the head too when FUSED (one split)."""
    row = tl.program_id(0)
    split = tl.program_id(1)
    start = tl.load(offsets_ptr + row).to(tl.int64)
    end = tl.load(offsets_ptr + row + 1).to(tl.int64)
    offs_t = tl.arange(0, BLOCK_T)
    offs_h = tl.arange(0, BLOCK_H)
    mask_h = offs_h < H
    acc = tl.zeros([BLOCK_T, BLOCK_H], dtype=tl.float32)
    for t0 in range(start + split * BLOCK_T, end, n_splits * BLOCK_T):
        tok = t0 + offs_t
        tile = tl.load(
            states_ptr + tok[:, None] * stride_s + offs_h[None, :],
            mask=(tok < end)[:, None] & mask_h[None, :],
            other=0.0,
        )
        acc += tile.to(tl.float32)
    sums = tl.sum(acc, axis=0)
    if FUSED:
        _head_epilogue(
            sums, end - start, row, w_ptr, b_ptr, thr_ptr, probs_ptr, flags_ptr, H, C, stride_w, EPS, BLOCK_H, BLOCK_C
        )
    else:
        tl.store(partial_ptr + (row * n_splits + split) * H + offs_h, sums, mask=mask_h)


@triton.jit
def _finalize_kernel(
    partial_ptr,
    offsets_ptr,
    w_ptr,
    b_ptr,
    thr_ptr,
    probs_ptr,
    flags_ptr,
    H,
    C,
    n_splits,
    stride_w,
    EPS: tl.constexpr,
    BLOCK_S: tl.constexpr,
    BLOCK_H: tl.constexpr,
    BLOCK_C: tl.constexpr,
):
    """Sum one row's split partials, BLOCK_S splits per step, and apply the head."""
    row = tl.program_id(0)
    offs_h = tl.arange(0, BLOCK_H)
    acc = tl.zeros([BLOCK_S, BLOCK_H], dtype=tl.float32)
    for s0 in range(0, n_splits, BLOCK_S):
        offs_s = s0 + tl.arange(0, BLOCK_S)
        acc += tl.load(
            partial_ptr + (row * n_splits + offs_s[:, None]) * H + offs_h[None, :],
            mask=(offs_s < n_splits)[:, None] & (offs_h < H)[None, :],
            other=0.0,
        )
    n_tokens = tl.load(offsets_ptr + row + 1).to(tl.int64) - tl.load(offsets_ptr + row).to(tl.int64)
    _head_epilogue(
        tl.sum(acc, axis=0),
        n_tokens,
        row,
        w_ptr,
        b_ptr,
        thr_ptr,
        probs_ptr,
        flags_ptr,
        H,
        C,
        stride_w,
        EPS,
        BLOCK_H,
        BLOCK_C,
    )


def token_block(hidden: int) -> int:
    """Tokens per tile for a hidden size (tile = BLOCK_T x next_pow2(hidden))."""
    return max(1, _TILE_ELEMS // triton.next_power_of_2(hidden))


def plan_splits(batch: int, total_tokens: int, hidden: int, device: torch.device) -> int:
    """Programs per row: enough to fill the device, few enough that each owns several tiles."""
    avg_tiles = total_tokens // (max(batch, 1) * token_block(hidden))
    fill = pow2_at_most(triton.cdiv(device_programs(device), max(batch, 1)))
    return min(fill, pow2_at_most(max(1, avg_tiles // _MIN_ITERS_PER_PROGRAM)), _MAX_SPLITS)


def pooled_head_scores_triton(
    states: torch.Tensor,
    offsets: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor,
    thresholds: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Launch the fused pooled-head kernels; inputs already validated by the dispatcher."""
    states = states if states.stride(1) == 1 else states.contiguous()
    weight = weight if weight.stride(1) == 1 else weight.contiguous()
    offsets, bias, thresholds = offsets.contiguous(), bias.contiguous(), thresholds.contiguous()
    batch, hidden, classes = offsets.shape[0] - 1, states.shape[1], weight.shape[0]
    probs = torch.empty((batch, classes), dtype=torch.float32, device=states.device)
    flags = torch.empty((batch, classes), dtype=torch.uint8, device=states.device)
    if batch == 0 or classes == 0:
        return probs, flags.view(torch.bool)
    block_h = triton.next_power_of_2(hidden)
    block_t = token_block(hidden)
    n_splits = plan_splits(batch, states.shape[0], hidden, states.device)
    fused = n_splits == 1
    partial = probs if fused else torch.empty((batch, n_splits, hidden), dtype=torch.float32, device=states.device)
    common = dict(EPS=NORM_EPS, BLOCK_H=block_h, BLOCK_C=_BLOCK_C, num_warps=_NUM_WARPS)
    _pool_kernel[(batch, n_splits)](
        states,
        offsets,
        partial,
        weight,
        bias,
        thresholds,
        probs,
        flags,
        hidden,
        classes,
        n_splits,
        states.stride(0),
        weight.stride(0),
        FUSED=fused,
        BLOCK_T=block_t,
        **common,
    )
    if not fused:
        _finalize_kernel[(batch,)](
            partial,
            offsets,
            weight,
            bias,
            thresholds,
            probs,
            flags,
            hidden,
            classes,
            n_splits,
            weight.stride(0),
            BLOCK_S=min(_FINALIZE_SPLITS_PER_STEP, triton.next_power_of_2(n_splits)),
            **common,
        )
    return probs, flags.view(torch.bool)
