"""The implementations timed for each case: Triton, PyTorch eager, torch.compile, ONNX Runtime."""

import dataclasses
from collections.abc import Callable
from pathlib import Path

import torch

from medgate.kernels.bench.cases import TOP_K, Case, PooledCase
from medgate.kernels.bench.onnx_runtime import (
    OrtOp,
    export_exemplar_topk,
    export_pooled_head,
    pooled_head_graph_inputs,
)
from medgate.kernels.dispatch import exemplar_topk, pooled_head_scores
from medgate.kernels.reference import exemplar_topk_reference, pooled_head_scores_reference

IMPLS = ("triton", "eager", "compile", "onnxruntime")
_EXPORT_BATCH = 4
Outputs = tuple[torch.Tensor, torch.Tensor]
Runner = Callable[[], Outputs]


class Implementations:
    """Builds a runner per (implementation, case); caches compiled functions and ORT sessions."""

    def __init__(self, device: torch.device, workdir: Path) -> None:
        self.device = device
        self.workdir = workdir
        self._compiled: dict[str, Callable] = {}
        self._ort: dict[tuple[str, int, str], OrtOp] = {}

    def runner(self, impl: str, case: Case, inputs: dict[str, torch.Tensor]) -> Runner:
        """A no-argument callable running `impl` on `inputs` and returning its two outputs."""
        pooled = isinstance(case, PooledCase)
        if impl == "triton":
            if pooled:
                return lambda: pooled_head_scores(**inputs, backend="triton")
            return lambda: exemplar_topk(inputs["queries"], inputs["bank"], TOP_K, backend="triton")
        if impl in ("eager", "compile"):
            fn = self._reference(case.kernel, compiled=impl == "compile")
            if pooled:
                return lambda: fn(**inputs)
            return lambda: fn(inputs["queries"], inputs["bank"], TOP_K)
        if impl == "onnxruntime":
            return self._ort_runner(case, inputs)
        raise ValueError(f"unknown implementation {impl!r}; expected one of {IMPLS}")

    def _reference(self, kernel: str, compiled: bool) -> Callable:
        fn = pooled_head_scores_reference if kernel == "pooled_head" else exemplar_topk_reference
        if not compiled:
            return fn
        if kernel not in self._compiled:
            self._compiled[kernel] = torch.compile(fn, dynamic=True)
        return self._compiled[kernel]

    def _export(self, case: Case) -> Path:
        """Export the case's reference op once per (kernel, hidden, dtype), traced on a small example
        (sizes 0 and 1 would be specialised by torch.export)."""
        path = self.workdir / f"{case.kernel}_h{case.hidden}_{case.dtype}.onnx"
        if isinstance(case, PooledCase):
            example = dataclasses.replace(case, batch=_EXPORT_BATCH, seq=16).inputs(self.device)
            return export_pooled_head(path, pooled_head_graph_inputs(example))
        example = dataclasses.replace(case, batch=_EXPORT_BATCH, bank=4 * TOP_K).inputs(self.device)
        return export_exemplar_topk(path, example, TOP_K)

    def _ort_runner(self, case: Case, inputs: dict[str, torch.Tensor]) -> Runner:
        pooled = isinstance(case, PooledCase)
        graph_inputs = pooled_head_graph_inputs(inputs) if pooled else inputs
        key = (case.kernel, case.hidden, case.dtype)
        if key not in self._ort:
            self._ort[key] = OrtOp(self._export(case), self.device)
        batch = inputs["offsets"].shape[0] - 1 if pooled else inputs["queries"].shape[0]
        width = inputs["weight"].shape[0] if pooled else min(TOP_K, inputs["bank"].shape[0])
        first = torch.empty((batch, width), dtype=torch.float32, device=self.device)
        second = torch.empty((batch, width), dtype=torch.bool if pooled else torch.int64, device=self.device)
        names = ("probs", "flags") if pooled else ("scores", "indices")
        run = self._ort[key].bind(graph_inputs, dict(zip(names, (first, second), strict=False)))

        def ort_run() -> Outputs:
            run()
            return first, second

        return ort_run
