"""The reference ops exported to ONNX and run in ONNX Runtime with tensors bound in place.

ONNX has no searchsorted, so the pooled-head graph takes the token->row map
(reference.row_ids_from_offsets) as an input, computed once outside the timed region.
"""

import contextlib
import io
from pathlib import Path

import onnx
import onnxruntime as ort
import torch

from medgate.kernels.reference import exemplar_topk_reference, pooled_head_from_rows, row_ids_from_offsets

_ONNX_TYPES = {
    torch.float32: onnx.TensorProto.FLOAT,
    torch.float16: onnx.TensorProto.FLOAT16,
    torch.bfloat16: onnx.TensorProto.BFLOAT16,
    torch.int32: onnx.TensorProto.INT32,
    torch.int64: onnx.TensorProto.INT64,
    torch.bool: onnx.TensorProto.BOOL,
}
OPSET = 18  # ScatterND with reduction="add"


class OrtUnavailable(RuntimeError):
    """ONNX Runtime has no execution provider for the requested device."""


class _PooledHead(torch.nn.Module):
    def forward(self, states, row_ids, lengths, weight, bias, thresholds):  # noqa: ANN001 - torch.export traces it
        return pooled_head_from_rows(states, row_ids, lengths, weight, bias, thresholds)


class _ExemplarTopk(torch.nn.Module):
    def __init__(self, k: int) -> None:
        super().__init__()
        self.k = k

    def forward(self, queries, bank):  # noqa: ANN001 - torch.export traces it
        return exemplar_topk_reference(queries, bank, self.k)


def pooled_head_graph_inputs(inputs: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The ONNX pooled-head graph's inputs for a pooled-head case's inputs."""
    offsets = inputs["offsets"]
    return {
        "states": inputs["states"],
        "row_ids": row_ids_from_offsets(offsets, inputs["states"].shape[0]),
        "lengths": (offsets[1:] - offsets[:-1]).long(),
        "weight": inputs["weight"],
        "bias": inputs["bias"],
        "thresholds": inputs["thresholds"],
    }


def export_pooled_head(path: Path, graph_inputs: dict[str, torch.Tensor]) -> Path:
    """Export the reference pooled head with dynamic token and batch sizes."""
    tokens, batch = torch.export.Dim("tokens", min=2), torch.export.Dim("batch", min=2)
    dynamic = {
        "states": {0: tokens},
        "row_ids": {0: tokens},
        "lengths": {0: batch},
        "weight": None,
        "bias": None,
        "thresholds": None,
    }
    return _export(_PooledHead(), graph_inputs, dynamic, ["probs", "flags"], path)


def export_exemplar_topk(path: Path, inputs: dict[str, torch.Tensor], k: int) -> Path:
    """Export the reference similarity top-k with dynamic query and bank sizes (bank >= k)."""
    dynamic = {"queries": {0: torch.export.Dim("batch", min=2)}, "bank": {0: torch.export.Dim("bank", min=k)}}
    return _export(_ExemplarTopk(k), inputs, dynamic, ["scores", "indices"], path)


def _export(
    module: torch.nn.Module, inputs: dict[str, torch.Tensor], dynamic: dict, outputs: list[str], path: Path
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    cpu_inputs = tuple(t.cpu() for t in inputs.values())
    with contextlib.redirect_stdout(io.StringIO()):  # the exporter prints its progress
        torch.onnx.export(
            module.eval(),
            cpu_inputs,
            str(path),
            dynamo=True,
            opset_version=OPSET,
            external_data=False,
            input_names=list(inputs),
            output_names=outputs,
            dynamic_shapes={name: dynamic[name] for name in inputs},
            verbose=False,
        )
    return path


class OrtOp:
    """An exported op in an ORT session on the tensors' device, run with I/O bound to torch tensors."""

    def __init__(self, model: Path, device: torch.device) -> None:
        self.device = device
        if device.type == "cuda":
            if "CUDAExecutionProvider" not in ort.get_available_providers():
                raise OrtUnavailable("onnxruntime has no CUDAExecutionProvider (install onnxruntime-gpu)")
            # Run on torch's current stream, so CUDA-event timing brackets ORT's kernels.
            options = {
                "device_id": device.index or 0,
                "user_compute_stream": str(torch.cuda.current_stream(device).cuda_stream),
            }
            providers: list = [("CUDAExecutionProvider", options)]
        else:
            providers = ["CPUExecutionProvider"]
        session_options = ort.SessionOptions()
        session_options.log_severity_level = 3
        # Idle ORT threads otherwise spin and steal the CPU from whatever is timed next.
        session_options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(model), session_options, providers=providers)

    def bind(self, inputs: dict[str, torch.Tensor], outputs: dict[str, torch.Tensor]) -> "_BoundRun":
        """A no-argument runner reading `inputs` and writing into the preallocated `outputs`."""
        binding = self.session.io_binding()
        kind, index = self.device.type, self.device.index or 0
        if not all(t.is_contiguous() for t in [*inputs.values(), *outputs.values()]):
            raise ValueError("ORT binds raw pointers: every tensor must be contiguous")
        for name, tensor in inputs.items():
            binding.bind_input(name, kind, index, _ONNX_TYPES[tensor.dtype], list(tensor.shape), tensor.data_ptr())
        for name, tensor in outputs.items():
            binding.bind_output(name, kind, index, _ONNX_TYPES[tensor.dtype], list(tensor.shape), tensor.data_ptr())
        return _BoundRun(self.session, binding, (inputs, outputs))


class _BoundRun:
    """Runs a session on an I/O binding; holds the bound tensors so their memory outlives the binding."""

    def __init__(self, session: ort.InferenceSession, binding: ort.IOBinding, tensors: tuple) -> None:
        self._session, self._binding, self._tensors = session, binding, tensors

    def __call__(self) -> None:
        self._session.run_with_iobinding(self._binding)
