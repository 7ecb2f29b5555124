"""The Triton kernels lower to sm_90 (H100/H200) cubins: no spills, 128-bit loads, tensor-core dots.

Runs tests/kernels/sm90_compile.py in a subprocess without TRITON_INTERPRET, so the
real GPU compiler (and the ptxas bundled with triton) checks what the interpreter cannot.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

triton = pytest.importorskip("triton")
CUOBJDUMP = Path(triton.__file__).parent / "backends" / "nvidia" / "bin" / "cuobjdump"


@pytest.fixture(scope="module")
def variants() -> list[dict]:
    if not CUOBJDUMP.exists():
        pytest.skip("this triton build has no NVIDIA backend tools")
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    script = Path(__file__).with_name("sm90_compile.py")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_every_variant_compiles_without_spills(variants: list[dict]) -> None:
    assert {v["kernel"] for v in variants} == {"_pool_kernel", "_finalize_kernel", "_topk_kernel", "_merge_kernel"}
    spilling = [v for v in variants if v["spill_bytes"]]
    assert spilling == []


def test_token_state_loads_are_vectorised(variants: list[dict]) -> None:
    for v in variants:
        if v["kernel"] in ("_pool_kernel", "_finalize_kernel"):
            assert v["vector_loads"] > 0, v


def test_similarity_uses_tensor_cores(variants: list[dict]) -> None:
    for v in variants:
        if v["kernel"] == "_topk_kernel":
            assert v["tensor_core_ops"] > 0, v
