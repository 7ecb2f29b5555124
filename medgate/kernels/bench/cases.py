"""Benchmark shape sweep: cases, their inputs, and the bytes each op must move at least."""

from dataclasses import dataclass
from typing import ClassVar

import torch

DTYPES = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}
CLASSES = 16  # safety categories of the multi-label head
TOP_K = 8


def _nbytes(tensors: dict[str, torch.Tensor]) -> int:
    return sum(t.numel() * t.element_size() for t in tensors.values())


@dataclass(frozen=True)
class _Shape:
    batch: int
    hidden: int
    dtype: str

    @property
    def label(self) -> str:
        return f"b{self.batch} {self.extent} h{self.hidden} {self.dtype}"

    @property
    def extent(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class PooledCase(_Shape):
    """A ragged batch of `batch` rows with lengths uniform in [seq/2, seq]."""

    seq: int
    kernel: ClassVar[str] = "pooled_head"

    @property
    def extent(self) -> str:
        return f"s{self.seq}"

    def inputs(self, device: torch.device, seed: int = 0) -> dict[str, torch.Tensor]:
        gen = torch.Generator(device=device).manual_seed(seed)
        lengths = torch.randint(self.seq // 2, self.seq + 1, (self.batch,), generator=gen, device=device)
        offsets = torch.cat([lengths.new_zeros(1), lengths.cumsum(0)]).to(torch.int32)
        dtype = DTYPES[self.dtype]
        return {
            "states": torch.randn(int(offsets[-1]), self.hidden, generator=gen, device=device).to(dtype),
            "offsets": offsets,
            "weight": (torch.randn(CLASSES, self.hidden, generator=gen, device=device) / self.hidden**0.5).to(dtype),
            "bias": torch.randn(CLASSES, generator=gen, device=device),
            "thresholds": torch.rand(CLASSES, generator=gen, device=device),
        }

    @staticmethod
    def min_bytes(inputs: dict[str, torch.Tensor]) -> int:
        """Every input read once plus the outputs (probs fp32, flags 1 byte) written once."""
        return _nbytes(inputs) + (inputs["offsets"].numel() - 1) * CLASSES * 5


@dataclass(frozen=True)
class TopkCase(_Shape):
    """`batch` pooled queries against a bank of `bank` exemplars, top TOP_K."""

    bank: int
    kernel: ClassVar[str] = "exemplar_topk"

    @property
    def extent(self) -> str:
        return f"m{self.bank}"

    def inputs(self, device: torch.device, seed: int = 0) -> dict[str, torch.Tensor]:
        gen = torch.Generator(device=device).manual_seed(seed)
        dtype = DTYPES[self.dtype]
        return {
            "queries": torch.randn(self.batch, self.hidden, generator=gen, device=device).to(dtype),
            "bank": torch.randn(self.bank, self.hidden, generator=gen, device=device).to(dtype),
        }

    @staticmethod
    def min_bytes(inputs: dict[str, torch.Tensor]) -> int:
        """Queries and bank read once plus the top-k scores (fp32) and indices (int64) written once."""
        return _nbytes(inputs) + inputs["queries"].shape[0] * TOP_K * 12


Case = PooledCase | TopkCase


def sweep(batches: list[int], seqs: list[int], banks: list[int], hiddens: list[int], dtypes: list[str]) -> list[Case]:
    """Every combination, pooled-head cases first."""
    pooled: list[Case] = [
        PooledCase(batch=b, hidden=h, dtype=d, seq=s) for d in dtypes for h in hiddens for s in seqs for b in batches
    ]
    topk: list[Case] = [
        TopkCase(batch=b, hidden=h, dtype=d, bank=m) for d in dtypes for h in hiddens for m in banks for b in batches
    ]
    return pooled + topk
