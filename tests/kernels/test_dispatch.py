"""Dispatcher: backend choice, input validation, and import without triton."""

import subprocess
import sys
import textwrap

import pytest
import torch

from medgate.kernels import exemplar_topk, pooled_head_scores
from medgate.kernels.dispatch import _TRITON_MAX_K
from medgate.kernels.reference import exemplar_topk_reference


def _head_args(hidden: int = 8, classes: int = 3) -> tuple[torch.Tensor, ...]:
    gen = torch.Generator().manual_seed(0)
    states = torch.randn(6, hidden, generator=gen)
    offsets = torch.tensor([0, 2, 6], dtype=torch.int64)
    return (
        states,
        offsets,
        torch.randn(classes, hidden, generator=gen),
        torch.randn(classes, generator=gen),
        torch.full((classes,), 0.5),
    )


def test_import_and_cpu_scoring_work_without_triton() -> None:
    script = textwrap.dedent("""
        import sys
        sys.modules["triton"] = None  # makes `import triton` fail
        import torch
        from medgate.kernels import exemplar_topk, pooled_head_scores, triton_available
        assert not triton_available()
        probs, flags = pooled_head_scores(torch.ones(3, 4), torch.tensor([0, 3]), torch.ones(2, 4),
                                          torch.zeros(2), torch.full((2,), 0.5))
        assert torch.allclose(probs, torch.sigmoid(torch.full((1, 2), 2.0))) and flags.all()
        scores, idx = exemplar_topk(torch.ones(1, 4), torch.eye(4), 2)
        assert idx.shape == (1, 2)
        try:
            pooled_head_scores(torch.ones(3, 4), torch.tensor([0, 3]), torch.ones(2, 4), torch.zeros(2),
                               torch.full((2,), 0.5), backend="triton")
        except RuntimeError as err:
            assert "triton" in str(err)
        else:
            raise AssertionError("forcing triton without triton must fail")
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_auto_on_cpu_uses_reference() -> None:
    args = _head_args()
    probs, flags = pooled_head_scores(*args)
    sums = torch.stack([args[0][:2].mean(0), args[0][2:].mean(0)])
    expected = torch.sigmoid(torch.nn.functional.normalize(sums, dim=1) @ args[2].t() + args[3])
    torch.testing.assert_close(probs, expected)
    assert torch.equal(flags, expected >= 0.5)


def test_large_k_falls_back_under_auto_and_is_refused_when_forced() -> None:
    queries, bank = torch.randn(2, 16), torch.randn(100, 16)
    k = _TRITON_MAX_K + 1
    scores, _ = exemplar_topk(queries, bank, k)
    torch.testing.assert_close(scores, exemplar_topk_reference(queries, bank, k)[0])
    with pytest.raises(ValueError, match="k <="):
        exemplar_topk(queries, bank, k, backend="triton")


def test_kernel_and_dispatcher_agree_on_max_k() -> None:
    pytest.importorskip("triton")
    from medgate.kernels.triton_topk import MAX_K

    assert MAX_K == _TRITON_MAX_K


@pytest.mark.parametrize(
    "change,error",
    [
        ({0: torch.ones(6, 8, dtype=torch.int32)}, TypeError),
        ({0: torch.ones(6)}, ValueError),
        ({1: torch.tensor([0.0, 6.0])}, ValueError),
        ({2: torch.ones(3, 9)}, ValueError),
        ({3: torch.ones(2)}, ValueError),
        ({4: torch.ones(4)}, ValueError),
    ],
    ids=["int-states", "1d-states", "float-offsets", "hidden-mismatch", "bias-size", "threshold-size"],
)
def test_pooled_head_rejects_bad_inputs(change: dict[int, torch.Tensor], error: type[Exception]) -> None:
    args = list(_head_args())
    for position, value in change.items():
        args[position] = value
    with pytest.raises(error):
        pooled_head_scores(*args)


def test_topk_rejects_bad_inputs() -> None:
    with pytest.raises(ValueError, match="k must be"):
        exemplar_topk(torch.ones(1, 4), torch.ones(3, 4), 0)
    with pytest.raises(ValueError, match="hidden"):
        exemplar_topk(torch.ones(1, 4), torch.ones(3, 5), 1)
    with pytest.raises(ValueError, match="unknown backend"):
        exemplar_topk(torch.ones(1, 4), torch.ones(3, 4), 1, backend="cuda")  # type: ignore[arg-type]


def test_reference_is_differentiable_for_training() -> None:
    """The classifier trains its head through the reference path."""
    states, offsets, weight, bias, thresholds = _head_args()
    weight.requires_grad_(True)
    bias.requires_grad_(True)
    probs, _ = pooled_head_scores(states, offsets, weight, bias, thresholds, backend="reference")
    probs.sum().backward()
    assert weight.grad is not None and bias.grad is not None
    assert weight.grad.abs().sum() > 0 and bias.grad.abs().sum() > 0
