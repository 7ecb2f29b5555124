"""Plain-PyTorch reference implementations of the safety-scoring ops.

They define the semantics the Triton kernels must match, run on CPU in
production when no GPU is present, and are the eager baseline of the benchmark.
All arithmetic is float32 whatever the input dtype.
"""

import torch
import torch.nn.functional as F

NORM_EPS = 1e-12  # as torch.nn.functional.normalize


def row_ids_from_offsets(offsets: torch.Tensor, total_tokens: int) -> torch.Tensor:
    """Row of each token of a ragged batch: int64 [total_tokens] in [-1, B] (-1 / B: outside every row)."""
    positions = torch.arange(total_tokens, device=offsets.device, dtype=offsets.dtype)
    return torch.searchsorted(offsets, positions, right=True) - 1


def pooled_head_from_rows(
    states: torch.Tensor,
    row_ids: torch.Tensor,
    lengths: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor,
    thresholds: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean-pool tokens per row, L2-normalise, linear head, sigmoid, thresholds.

    states [T, H]; row_ids int64 [T] in [-1, B] (tokens outside every row are
    dropped); lengths [B]. Empty rows pool to zero.
    """
    batch, hidden = lengths.shape[0], states.shape[1]
    # Two spare slots (first, last) take the tokens that belong to no row.
    slots = torch.zeros(batch + 2, hidden, dtype=torch.float32, device=states.device)
    sums = slots.index_add(0, row_ids + 1, states.float())[1 : batch + 1]
    means = sums / lengths.clamp(min=1).unsqueeze(1).float()
    pooled = F.normalize(means, p=2.0, dim=1, eps=NORM_EPS)
    probs = torch.sigmoid(pooled @ weight.float().t() + bias.float())
    return probs, probs >= thresholds.float()


def pooled_head_scores_reference(
    states: torch.Tensor,
    offsets: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor,
    thresholds: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference for medgate.kernels.pooled_head_scores (see its docstring)."""
    row_ids = row_ids_from_offsets(offsets, states.shape[0])
    lengths = offsets[1:] - offsets[:-1]
    return pooled_head_from_rows(states, row_ids, lengths, weight, bias, thresholds)


def exemplar_topk_reference(queries: torch.Tensor, bank: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference for medgate.kernels.exemplar_topk (see its docstring)."""
    q = F.normalize(queries.float(), p=2.0, dim=1, eps=NORM_EPS)
    b = F.normalize(bank.float(), p=2.0, dim=1, eps=NORM_EPS)
    scores = q @ b.t()
    return torch.topk(scores, min(k, bank.shape[0]), dim=1, largest=True, sorted=True)
