"""Kernel tests: Triton kernels run on CUDA when present, else under the Triton interpreter.

TRITON_INTERPRET must be set before triton is first imported anywhere in the session
(triton reads it when a @triton.jit function is defined), so tests/conftest.py sets it.
"""

import os

import pytest
import torch


@pytest.fixture(params=[torch.float32, torch.float16, torch.bfloat16], ids=str)
def dtype(request: pytest.FixtureRequest) -> torch.dtype:
    """Every input dtype the kernels accept."""
    return request.param


@pytest.fixture(scope="session")
def device() -> torch.device:
    """The device the Triton kernels run on: CUDA if present, else CPU (interpreter)."""
    pytest.importorskip("triton", reason="triton not installed")
    if not torch.cuda.is_available() and os.environ.get("TRITON_INTERPRET") != "1":
        pytest.skip("no CUDA device and TRITON_INTERPRET is not 1")
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")
