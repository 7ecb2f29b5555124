"""The hashed n-gram encoder: PyTorch module for training and its ONNX export (states [T, H] per token)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from .features import Features

ONNX_OPSET = 17


class HashEncoder(torch.nn.Module):
    """Per token: sum of hashed n-gram embeddings -> linear projection to H -> tanh."""

    def __init__(self, buckets: int, dim: int, hidden: int) -> None:
        super().__init__()
        self.embedding = torch.nn.EmbeddingBag(buckets, dim, mode="sum", sparse=True)
        self.projection = torch.nn.Linear(dim, hidden)
        torch.nn.init.normal_(self.embedding.weight, std=0.05)

    def forward(self, ids: torch.Tensor, bounds: torch.Tensor) -> torch.Tensor:
        """ids int64 [N], bounds int64 [T+1] -> states float32 [T, H]."""
        summed = self.embedding(ids, bounds[:-1])
        return torch.tanh(self.projection(summed))

    def encode(self, features: Features) -> torch.Tensor:
        return self(torch.from_numpy(features.ids), torch.from_numpy(features.bounds))


def export_onnx(encoder: HashEncoder, path: Path) -> None:
    """Write the encoder as an ONNX graph: Gather(fp16 table) -> CumSum segment sums -> MatMul -> Tanh.

    Segment sums use a prefix sum: sum(ids[a:b]) = C[b] - C[a] with C the cumulative sum preceded by a zero row,
    accumulated in float64 so that a token's sum does not depend on its position in the batch.
    """
    table = encoder.embedding.weight.detach().numpy().astype(np.float16)
    weight = encoder.projection.weight.detach().numpy().T.astype(np.float32)  # [D, H]
    bias = encoder.projection.bias.detach().numpy().astype(np.float32)
    dim = table.shape[1]
    inits = [
        numpy_helper.from_array(table, "table"),
        numpy_helper.from_array(weight, "proj_w"),
        numpy_helper.from_array(bias, "proj_b"),
        numpy_helper.from_array(np.zeros((1, dim), np.float64), "zero_row"),
        numpy_helper.from_array(np.array(0, np.int64), "axis0"),
        numpy_helper.from_array(np.array([1], np.int64), "one"),
        numpy_helper.from_array(np.array([-1], np.int64), "minus_one"),
        numpy_helper.from_array(np.array([0], np.int64), "zero"),
        numpy_helper.from_array(np.array([np.iinfo(np.int64).max], np.int64), "end"),
    ]
    nodes = [
        helper.make_node("Gather", ["table", "ids"], ["rows16"], axis=0),
        helper.make_node("Cast", ["rows16"], ["rows"], to=TensorProto.DOUBLE),
        helper.make_node("CumSum", ["rows", "axis0"], ["csum"]),
        helper.make_node("Concat", ["zero_row", "csum"], ["prefix"], axis=0),
        helper.make_node("Gather", ["prefix", "bounds"], ["at_bounds"], axis=0),
        helper.make_node("Slice", ["at_bounds", "one", "end", "zero"], ["upper"]),
        helper.make_node("Slice", ["at_bounds", "zero", "minus_one", "zero"], ["lower"]),
        helper.make_node("Sub", ["upper", "lower"], ["summed64"]),
        helper.make_node("Cast", ["summed64"], ["summed"], to=TensorProto.FLOAT),
        helper.make_node("MatMul", ["summed", "proj_w"], ["projected"]),
        helper.make_node("Add", ["projected", "proj_b"], ["pre"]),
        helper.make_node("Tanh", ["pre"], ["states"]),
    ]
    graph = helper.make_graph(
        nodes,
        "medgate_hash_encoder",
        [
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["N"]),
            helper.make_tensor_value_info("bounds", TensorProto.INT64, ["T_plus_1"]),
        ],
        [helper.make_tensor_value_info("states", TensorProto.FLOAT, ["T", weight.shape[1]])],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", ONNX_OPSET)], producer_name="medgate")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
