"""Compile every Triton kernel variant the launchers use for an sm_90 (H100/H200) target, on CPU.

The interpreter cannot catch what only the GPU compiler checks (layouts, types,
register pressure), so this lowers each variant to a cubin with the ptxas that
ships in the triton wheel and prints one JSON line per variant: registers,
spill bytes, 128-bit global loads and tensor-core instructions.
Run without TRITON_INTERPRET (the test runs it in a subprocess).
"""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import triton
import triton.language as tl
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource

from medgate.kernels import triton_pooled_head as pooled
from medgate.kernels import triton_topk as topk
from medgate.kernels.reference import NORM_EPS

TARGET = GPUTarget("cuda", 90, 32)
CUOBJDUMP = Path(triton.__file__).parent / "backends" / "nvidia" / "bin" / "cuobjdump"
ALIGNED_INTS = {"H", "C", "stride_s", "stride_w", "stride_q", "stride_b"}  # multiples of 16 for H 384/768


def compile_variant(fn: triton.JITFunction, pointers: dict[str, str], constexprs: dict, num_warps: int) -> dict:
    """Compile fn with the JIT's specialisation (16-byte aligned pointers and sizes); report its resources."""
    constexpr_names = {fn.arg_names[i] for i in fn.constexprs}
    signature = {name: "constexpr" if name in constexpr_names else pointers.get(name, "i32") for name in fn.arg_names}
    aligned = [(i,) for i, name in enumerate(fn.arg_names) if name in pointers or name in ALIGNED_INTS]
    attrs = {key: [["tt.divisibility", 16]] for key in aligned}
    kernel = triton.compile(
        ASTSource(fn, signature, constexprs, attrs), target=TARGET, options={"num_warps": num_warps}
    )
    with tempfile.NamedTemporaryFile(suffix=".cubin") as cubin:
        cubin.write(kernel.asm["cubin"])
        cubin.flush()
        usage = subprocess.run(
            [str(CUOBJDUMP), "-res-usage", cubin.name], capture_output=True, text=True, check=True
        ).stdout
    resources = re.search(r"REG:(\d+) STACK:(\d+) SHARED:\d+ LOCAL:(\d+)", usage)
    ptx = kernel.asm["ptx"]
    return {
        "kernel": fn.__name__,
        "constexprs": {k: str(v) for k, v in constexprs.items()},
        "registers": int(resources[1]),
        "spill_bytes": int(resources[2]) + int(resources[3]),
        "vector_loads": len(re.findall(r"ld\.global(?:\.\w+)*\.v4", ptx)),
        "tensor_core_ops": len(re.findall(r"\b(?:wgmma|mma)\.", ptx)),
    }


def variants() -> list[tuple]:
    """(kernel, pointer types, constexprs, num_warps) for the launch configurations the launchers pick."""
    out = []
    for dtype in ("fp16", "fp32"):
        for hidden in (384, 768):
            block_h = triton.next_power_of_2(hidden)
            ptrs = {
                "states_ptr": f"*{dtype}",
                "offsets_ptr": "*i32",
                "partial_ptr": "*fp32",
                "w_ptr": f"*{dtype}",
                "b_ptr": "*fp32",
                "thr_ptr": "*fp32",
                "probs_ptr": "*fp32",
                "flags_ptr": "*u8",
            }
            for fused in (True, False):
                out.append(
                    (
                        pooled._pool_kernel,
                        ptrs,
                        {
                            "FUSED": fused,
                            "EPS": NORM_EPS,
                            "BLOCK_T": pooled.token_block(hidden),
                            "BLOCK_H": block_h,
                            "BLOCK_C": pooled._BLOCK_C,
                        },
                        pooled._NUM_WARPS,
                    )
                )
    final_ptrs = {
        "partial_ptr": "*fp32",
        "offsets_ptr": "*i64",
        "w_ptr": "*bf16",
        "b_ptr": "*fp32",
        "thr_ptr": "*fp32",
        "probs_ptr": "*fp32",
        "flags_ptr": "*u8",
    }
    out.append(
        (
            pooled._finalize_kernel,
            final_ptrs,
            {"EPS": NORM_EPS, "BLOCK_S": pooled._FINALIZE_SPLITS_PER_STEP, "BLOCK_H": 1024, "BLOCK_C": pooled._BLOCK_C},
            pooled._NUM_WARPS,
        )
    )
    for dtype, compute, precision in (
        ("fp16", tl.float16, "tf32"),
        ("bf16", tl.bfloat16, "tf32"),
        ("fp32", tl.float32, "tf32x3"),
    ):
        ptrs = {
            "q_ptr": f"*{dtype}",
            "bank_ptr": f"*{dtype}",
            "keys_ptr": "*i64",
            "scores_ptr": "*fp32",
            "idx_ptr": "*i64",
        }
        for k_pad, final, batch in ((8, True, 1024), (8, False, 4), (topk.MAX_K, False, 1024)):
            out.append(
                (
                    topk._topk_kernel,
                    ptrs,
                    {
                        "COMPUTE": compute,
                        "PRECISION": precision,
                        "FINAL": final,
                        "EPS": NORM_EPS,
                        "K_PAD": k_pad,
                        "BLOCK_B": topk.query_block(batch, k_pad),
                        "BLOCK_M": topk._BLOCK_M,
                        "BLOCK_K": topk._BLOCK_K,
                    },
                    4,
                )
            )
    merge_ptrs = {"keys_ptr": "*i64", "scores_ptr": "*fp32", "idx_ptr": "*i64"}
    for k_pad in (1, 8, topk.MAX_K):
        block_s = topk._MAX_SPLITS
        out.append(
            (
                topk._merge_kernel,
                merge_ptrs,
                {"K_PAD": k_pad, "BLOCK_S": block_s, "BLOCK_B": triton_rows(block_s, k_pad)},
                4,
            )
        )
    return out


def triton_rows(block_s: int, k_pad: int) -> int:
    """Rows per merge program, as the launcher picks them."""
    from medgate.kernels.launch import pow2_at_most

    return pow2_at_most(topk._MERGE_ELEMS // (block_s * k_pad))


if __name__ == "__main__":
    for fn, ptrs, consts, warps in variants():
        print(json.dumps(compile_variant(fn, ptrs, consts, warps)), flush=True)
    sys.exit(0)
