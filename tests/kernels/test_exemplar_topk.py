"""Fused similarity top-k kernel vs its PyTorch reference."""

import pytest
import torch
import torch.nn.functional as F

from medgate.kernels import exemplar_topk

# fp16/bf16 products are exact in fp32 and accumulate in fp32; fp32 inputs go through
# tf32x3 tensor-core dots on GPU (about fp32 accuracy), hence the looser bound.
SCORE_ATOL = {torch.float32: 1e-4, torch.float16: 2e-5, torch.bfloat16: 2e-5}

# (queries, bank rows, hidden, k): batch 1 / over a query block, bank smaller than k,
# exactly one tile, off the tile size, several bank splits; k 1, odd, 8, the maximum 64.
CASES = [
    (1, 1, 384, 1),
    (3, 5, 768, 8),
    (17, 64, 384, 5),
    (2, 130, 768, 64),
    (70, 200, 384, 3),
    (4, 600, 96, 16),
]


def _inputs(batch: int, rows: int, hidden: int, dtype: torch.dtype, seed: int = 0):
    gen = torch.Generator().manual_seed(seed)
    queries = torch.randn(batch, hidden, generator=gen)
    bank = torch.randn(rows, hidden, generator=gen)
    # Queries near bank rows give a clear top of the ranking, as for real near-duplicates.
    queries[: min(batch, rows)] += 2 * bank[: min(batch, rows)]
    return queries.to(dtype), bank.to(dtype)


def _check(queries: torch.Tensor, bank: torch.Tensor, k: int, device: torch.device, atol: float) -> None:
    scores, indices = exemplar_topk(queries.to(device), bank.to(device), k, backend="triton")
    ref_scores, _ = exemplar_topk(queries, bank, k, backend="reference")
    k_out = min(k, bank.shape[0])
    assert scores.shape == indices.shape == (queries.shape[0], k_out)
    assert scores.dtype == torch.float32 and indices.dtype == torch.int64 and scores.device == device
    scores, indices = scores.cpu(), indices.cpu()
    torch.testing.assert_close(scores, ref_scores, atol=atol, rtol=0)
    assert torch.all(scores[:, :-1] >= scores[:, 1:])
    assert torch.all((indices >= 0) & (indices < bank.shape[0]))
    assert all(len(set(row.tolist())) == k_out for row in indices)
    full = F.normalize(queries.float(), dim=1) @ F.normalize(bank.float(), dim=1).t()
    torch.testing.assert_close(full.gather(1, indices), scores, atol=atol, rtol=0)


@pytest.mark.parametrize("batch,rows,hidden,k", CASES, ids=[f"b{b}-m{m}-h{h}-k{k}" for b, m, h, k in CASES])
def test_matches_reference(
    batch: int, rows: int, hidden: int, k: int, dtype: torch.dtype, device: torch.device
) -> None:
    queries, bank = _inputs(batch, rows, hidden, dtype)
    _check(queries, bank, k, device, SCORE_ATOL[dtype])


def test_mixed_dtypes(device: torch.device) -> None:
    queries, bank = _inputs(5, 90, 384, torch.float16)
    _check(queries, bank.to(torch.bfloat16), 4, device, SCORE_ATOL[torch.float32])


def test_zero_vectors_and_duplicate_exemplars(device: torch.device) -> None:
    queries, bank = _inputs(4, 40, 384, torch.float32)
    queries[1] = 0
    bank[7] = 0
    bank[20] = bank[3]  # exact tie: both indices must come back with the same score
    queries[0] = bank[3] * 0.5
    scores, indices = exemplar_topk(queries.to(device), bank.to(device), 3, backend="triton")
    assert set(indices[0, :2].tolist()) == {3, 20}
    torch.testing.assert_close(scores[0, :2].cpu(), torch.ones(2), atol=1e-5, rtol=0)
    assert torch.all(scores[1] == 0)
    _check(queries, bank, 6, device, SCORE_ATOL[torch.float32])


@pytest.mark.parametrize("batch,rows,shape", [(0, 10, (0, 4)), (3, 0, (3, 0))], ids=["no-queries", "empty-bank"])
def test_empty_inputs(batch: int, rows: int, shape: tuple[int, int], device: torch.device) -> None:
    queries, bank = _inputs(batch, rows, 384, torch.float16)
    for backend in ("triton", "reference"):
        scores, indices = exemplar_topk(queries.to(device), bank.to(device), 4, backend=backend)
        assert scores.shape == indices.shape == shape
        assert scores.dtype == torch.float32 and indices.dtype == torch.int64


def test_cases_cover_split_and_single_paths(device: torch.device) -> None:
    from medgate.kernels.triton_topk import plan_bank_splits, query_block

    splits = {plan_bank_splits(b, m, query_block(b, k), device) for b, m, _, k in CASES}
    assert 1 in splits and max(splits) > 1


@pytest.mark.gpu
def test_large_batch_on_gpu(dtype: torch.dtype) -> None:
    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA GPU")
    queries, bank = _inputs(1024, 20000, 768, dtype)
    _check(queries, bank, 10, torch.device("cuda"), SCORE_ATOL[dtype])
