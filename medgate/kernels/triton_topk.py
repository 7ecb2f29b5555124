"""Triton kernel: cosine similarity of queries against an exemplar bank, per-row top-k.

The score matrix is never materialised: each program owns BLOCK_B queries and a
strided share of the bank's BLOCK_M tiles, computes the tile's dot products with
tl.dot (fp32 accumulation) and row/column norms on the fly, and folds the tile
into a running top-k held in registers. A (score, index) pair is packed into
one int64 whose order is the score's order (ties: lower index first), so a
selection by max over packed keys carries the indices along (tl.topk's bitonic
network is avoided: the interpreter runs its xor reductions element by element). With several bank splits the
per-split top-k keys go to a small workspace that a merge kernel reduces.
"""

import torch
import triton
import triton.language as tl

from medgate.kernels.launch import device_programs, pow2_at_most
from medgate.kernels.reference import NORM_EPS

MAX_K = 64  # largest k the kernel keeps in registers; the dispatcher falls back above it
_BLOCK_M = 64
_BLOCK_K = 64
_MAX_SPLITS = 64
_MERGE_ELEMS = 2048  # keys per merge program: 16 int64 per thread at 4 warps, no spills
_PAD_KEY = tl.constexpr(-(2**63 - 1))  # below every packed key (even a -inf score)

_COMPUTE_DTYPES = {torch.float32: tl.float32, torch.float16: tl.float16, torch.bfloat16: tl.bfloat16}


@triton.jit
def _pack(scores, idx):
    """Order-preserving int64 key: float bits (sign-fixed) high, inverted index low."""
    bits = scores.to(tl.int32, bitcast=True)
    key = bits ^ ((bits >> 31) & 0x7FFFFFFF)
    return (key.to(tl.int64) << 32) | (0x7FFFFFFF - idx).to(tl.int64)


@triton.jit
def _merge_topk(best, cand, K_PAD: tl.constexpr):
    """Top K_PAD keys (descending) of the union of best [R, K_PAD] and cand [R, N], keys distinct per row."""
    slots = tl.arange(0, K_PAD)[None, :]
    out = tl.full(best.shape, _PAD_KEY, dtype=tl.int64)
    for i in range(K_PAD):
        top = tl.maximum(tl.max(best, axis=1), tl.max(cand, axis=1))[:, None]
        out = tl.where(slots == i, top, out)
        best = tl.where(best == top, _PAD_KEY, best)
        cand = tl.where(cand == top, _PAD_KEY, cand)
    return out


@triton.jit
def _store_unpacked(keys, rows, mask_rows, scores_ptr, idx_ptr, K_PAD: tl.constexpr):
    """Unpack keys [BLOCK_B, K_PAD] to fp32 scores and int64 indices and store them."""
    key = (keys >> 32).to(tl.int32)
    bits = key ^ ((key >> 31) & 0x7FFFFFFF)
    offs = rows[:, None] * K_PAD + tl.arange(0, K_PAD)[None, :]
    tl.store(scores_ptr + offs, bits.to(tl.float32, bitcast=True), mask=mask_rows[:, None])
    tl.store(idx_ptr + offs, 0x7FFFFFFF - (keys & 0xFFFFFFFF), mask=mask_rows[:, None])


@triton.jit
def _topk_kernel(
    q_ptr,
    bank_ptr,
    keys_ptr,
    scores_ptr,
    idx_ptr,
    B,
    M,
    H,
    n_splits,
    stride_q,
    stride_b,
    COMPUTE: tl.constexpr,
    PRECISION: tl.constexpr,
    FINAL: tl.constexpr,
    EPS: tl.constexpr,
    K_PAD: tl.constexpr,
    BLOCK_B: tl.constexpr,
    BLOCK_M: tl.constexpr,
    BLOCK_K: tl.constexpr,
):
    """Running top-k of BLOCK_B query rows over this program's share of bank tiles."""
    pid_b = tl.program_id(0)
    split = tl.program_id(1)
    rows = pid_b * BLOCK_B + tl.arange(0, BLOCK_B)
    mask_rows = rows < B
    offs_k = tl.arange(0, BLOCK_K)
    q_sq = tl.zeros([BLOCK_B], dtype=tl.float32)
    for k0 in range(0, H, BLOCK_K):
        q = tl.load(
            q_ptr + rows[:, None] * stride_q + (k0 + offs_k)[None, :],
            mask=mask_rows[:, None] & ((k0 + offs_k) < H)[None, :],
            other=0.0,
        ).to(tl.float32)
        q_sq += tl.sum(q * q, axis=1)
    q_inv = 1.0 / tl.maximum(tl.sqrt(q_sq), EPS)
    best = tl.full([BLOCK_B, K_PAD], _PAD_KEY, dtype=tl.int64)
    for m0 in range(split * BLOCK_M, M, n_splits * BLOCK_M):
        cols = m0 + tl.arange(0, BLOCK_M)
        mask_cols = cols < M
        dots = tl.zeros([BLOCK_B, BLOCK_M], dtype=tl.float32)
        b_sq = tl.zeros([BLOCK_M], dtype=tl.float32)
        for k0 in range(0, H, BLOCK_K):
            mask_k = (k0 + offs_k) < H
            q = tl.load(
                q_ptr + rows[:, None] * stride_q + (k0 + offs_k)[None, :],
                mask=mask_rows[:, None] & mask_k[None, :],
                other=0.0,
            ).to(COMPUTE)
            bt = tl.load(
                bank_ptr + cols[:, None] * stride_b + (k0 + offs_k)[None, :],
                mask=mask_cols[:, None] & mask_k[None, :],
                other=0.0,
            ).to(COMPUTE)
            b32 = bt.to(tl.float32)
            b_sq += tl.sum(b32 * b32, axis=1)
            dots = tl.dot(q, tl.trans(bt), dots, input_precision=PRECISION)
        b_inv = 1.0 / tl.maximum(tl.sqrt(b_sq), EPS)
        cos = tl.where(mask_cols[None, :], dots * q_inv[:, None] * b_inv[None, :], float("-inf"))
        keys = _pack(cos, cols[None, :])
        # Skip the merge when no row of this tile beats its current k-th best.
        if tl.max((tl.max(keys, axis=1) > tl.min(best, axis=1)).to(tl.int32), axis=0) > 0:
            best = _merge_topk(best, keys, K_PAD)
    if FINAL:
        _store_unpacked(best, rows, mask_rows, scores_ptr, idx_ptr, K_PAD)
    else:
        offs = (rows[:, None] * n_splits + split) * K_PAD + tl.arange(0, K_PAD)[None, :]
        tl.store(keys_ptr + offs, best, mask=mask_rows[:, None])


@triton.jit
def _merge_kernel(
    keys_ptr, scores_ptr, idx_ptr, B, n_splits, K_PAD: tl.constexpr, BLOCK_S: tl.constexpr, BLOCK_B: tl.constexpr
):
    """Reduce the per-split top-k keys [B, n_splits, K_PAD] of BLOCK_B rows to the final top-k."""
    rows = tl.program_id(0) * BLOCK_B + tl.arange(0, BLOCK_B)
    mask_rows = rows < B
    cols = tl.arange(0, BLOCK_S * K_PAD)
    keys = tl.load(
        keys_ptr + rows[:, None] * n_splits * K_PAD + cols[None, :],
        mask=mask_rows[:, None] & (cols < n_splits * K_PAD)[None, :],
        other=_PAD_KEY,
    )
    best = tl.full([BLOCK_B, K_PAD], _PAD_KEY, dtype=tl.int64)
    _store_unpacked(_merge_topk(best, keys, K_PAD), rows, mask_rows, scores_ptr, idx_ptr, K_PAD)


def plan_bank_splits(batch: int, bank_rows: int, block_b: int, device: torch.device) -> int:
    """Bank splits: enough programs to fill the device, at least one bank tile each."""
    fill = pow2_at_most(triton.cdiv(device_programs(device), triton.cdiv(batch, block_b)))
    return min(fill, pow2_at_most(triton.cdiv(bank_rows, _BLOCK_M)), _MAX_SPLITS)


def query_block(batch: int, k_pad: int) -> int:
    """Query rows per program (tl.dot needs at least 16; a large k needs the registers)."""
    return 16 if batch <= 16 or k_pad > 32 else 64


def exemplar_topk_triton(queries: torch.Tensor, bank: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Launch the fused similarity top-k kernels; inputs validated by the dispatcher (1 <= k <= MAX_K)."""
    queries = queries if queries.stride(1) == 1 else queries.contiguous()
    bank = bank if bank.stride(1) == 1 else bank.contiguous()
    batch, hidden, bank_rows = queries.shape[0], queries.shape[1], bank.shape[0]
    k_out = min(k, bank_rows)
    k_pad = triton.next_power_of_2(k_out)
    device = queries.device
    scores = torch.empty((batch, k_pad), dtype=torch.float32, device=device)
    indices = torch.empty((batch, k_pad), dtype=torch.int64, device=device)
    if batch > 0 and k_out > 0:
        compute = torch.promote_types(queries.dtype, bank.dtype)
        if device.type != "cuda" and compute == torch.bfloat16:
            compute = torch.float32  # the interpreter's tl.dot multiplies bf16 bit patterns as integers
        block_b = query_block(batch, k_pad)
        n_splits = plan_bank_splits(batch, bank_rows, block_b, device)
        final = n_splits == 1
        keys = indices if final else torch.empty((batch, n_splits, k_pad), dtype=torch.int64, device=device)
        grid_b = triton.cdiv(batch, block_b)
        _topk_kernel[(grid_b, n_splits)](
            queries,
            bank,
            keys,
            scores,
            indices,
            batch,
            bank_rows,
            hidden,
            n_splits,
            queries.stride(0),
            bank.stride(0),
            COMPUTE=_COMPUTE_DTYPES[compute],
            PRECISION="tf32x3" if compute == torch.float32 else "tf32",
            FINAL=final,
            EPS=NORM_EPS,
            K_PAD=k_pad,
            BLOCK_B=block_b,
            BLOCK_M=_BLOCK_M,
            BLOCK_K=_BLOCK_K,
            num_warps=4,
        )
        if not final:
            block_s = triton.next_power_of_2(n_splits)
            merge_rows = pow2_at_most(_MERGE_ELEMS // (block_s * k_pad))
            _merge_kernel[(triton.cdiv(batch, merge_rows),)](
                keys, scores, indices, batch, n_splits, K_PAD=k_pad, BLOCK_S=block_s, BLOCK_B=merge_rows
            )
    return scores[:, :k_out].contiguous(), indices[:, :k_out].contiguous()
