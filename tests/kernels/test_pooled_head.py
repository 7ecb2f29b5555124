"""Fused pooled-head kernel vs its PyTorch reference, over ragged shapes and dtypes."""

import pytest
import torch

from medgate.kernels import pooled_head_scores

# Both sides upcast the inputs exactly to fp32 and accumulate in fp32; only the
# summation order differs, so one tight bound fits every input dtype.
PROB_ATOL = 2e-5

# (hidden, row lengths, categories): empty rows, length 1, lengths off the token
# block, batch 1 and large, splits > 1 (long rows) and == 1 (many rows).
CASES = [
    (384, [0], 3),
    (768, [1], 7),
    (384, [0, 1, 0, 5, 9], 16),
    (768, [13, 0, 3], 20),
    (384, [203], 5),
    (768, [97, 120], 1),
    (384, [int(n) for n in torch.randint(0, 12, (150,), generator=torch.Generator().manual_seed(1))], 9),
]


def _inputs(
    hidden: int,
    lengths: list[int],
    classes: int,
    dtype: torch.dtype,
    device: torch.device,
    offsets_dtype: torch.dtype = torch.int32,
    seed: int = 0,
):
    gen = torch.Generator().manual_seed(seed)
    offsets = torch.tensor([0, *lengths], dtype=torch.int64).cumsum(0).to(offsets_dtype)
    # A shared offset per row makes rows non-trivially different after normalisation.
    states = torch.randn(int(offsets[-1]), hidden, generator=gen) + torch.randn(hidden, generator=gen)
    weight = torch.randn(classes, hidden, generator=gen) * 4 / hidden**0.5
    bias = torch.randn(classes, generator=gen)
    thresholds = torch.rand(classes, generator=gen)
    return (
        states.to(dtype).to(device),
        offsets.to(device),
        weight.to(dtype).to(device),
        bias.to(device),
        thresholds.to(device),
    )


def _check(args: tuple, device: torch.device) -> None:
    probs, flags = pooled_head_scores(*args, backend="triton")
    ref_probs, ref_flags = pooled_head_scores(*(a.cpu() for a in args), backend="reference")
    batch, classes = args[1].shape[0] - 1, args[2].shape[0]
    assert probs.shape == flags.shape == (batch, classes)
    assert probs.dtype == torch.float32 and flags.dtype == torch.bool and probs.device == device
    torch.testing.assert_close(probs.cpu(), ref_probs, atol=PROB_ATOL, rtol=0)
    assert torch.equal(flags.cpu(), probs.cpu() >= args[4].cpu())
    decisive = (ref_probs - args[4].cpu()).abs() > PROB_ATOL
    assert torch.equal(flags.cpu()[decisive], ref_flags[decisive])


@pytest.mark.parametrize("hidden,lengths,classes", CASES, ids=[f"h{h}-b{len(n)}-c{c}" for h, n, c in CASES])
def test_matches_reference(
    hidden: int, lengths: list[int], classes: int, dtype: torch.dtype, device: torch.device
) -> None:
    _check(_inputs(hidden, lengths, classes, dtype, device), device)


def test_int64_offsets_and_rows_not_covering_all_tokens(device: torch.device) -> None:
    states, offsets, weight, bias, thresholds = _inputs(
        384, [4, 30, 0, 2], 6, torch.float16, device, offsets_dtype=torch.int64
    )
    # Rows 1..2 only: the tokens before and after them belong to no row.
    _check((states, offsets[1:-1], weight, bias, thresholds), device)


def test_empty_row_scores_bias(device: torch.device) -> None:
    states, offsets, weight, bias, thresholds = _inputs(768, [0, 3, 0], 4, torch.float32, device)
    probs, _ = pooled_head_scores(states, offsets, weight, bias, thresholds, backend="triton")
    expected = torch.sigmoid(bias).cpu()
    torch.testing.assert_close(probs[0].cpu(), expected)
    torch.testing.assert_close(probs[2].cpu(), expected)


def test_empty_batch(device: torch.device) -> None:
    states, _, weight, bias, thresholds = _inputs(384, [], 5, torch.float32, device)
    offsets = torch.zeros(1, dtype=torch.int32, device=device)
    probs, flags = pooled_head_scores(states, offsets, weight, bias, thresholds, backend="triton")
    assert probs.shape == flags.shape == (0, 5)


def test_scale_invariance_of_pooling(device: torch.device) -> None:
    """L2 normalisation makes the scores independent of the token states' scale."""
    states, offsets, weight, bias, thresholds = _inputs(384, [7, 40], 5, torch.float32, device)
    probs, _ = pooled_head_scores(states, offsets, weight, bias, thresholds, backend="triton")
    scaled, _ = pooled_head_scores(states * 37.0, offsets, weight, bias, thresholds, backend="triton")
    torch.testing.assert_close(scaled, probs, atol=PROB_ATOL, rtol=0)


def test_cases_cover_split_and_fused_paths(device: torch.device) -> None:
    from medgate.kernels.triton_pooled_head import plan_splits

    splits = {plan_splits(len(n), sum(n), h, device) for h, n, _ in CASES}
    assert 1 in splits and max(splits) > 1


@pytest.mark.gpu
def test_large_batch_on_gpu(dtype: torch.dtype) -> None:
    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA GPU")
    lengths = torch.randint(0, 2048, (1024,), generator=torch.Generator().manual_seed(3)).tolist()
    device = torch.device("cuda")
    _check(_inputs(768, lengths, 12, dtype, device), device)
