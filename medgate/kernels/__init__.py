"""Fused safety-scoring ops (Triton on CUDA, PyTorch reference elsewhere).

The guards call these dispatchers, never a kernel directly.
"""

from medgate.kernels.dispatch import Backend, exemplar_topk, pooled_head_scores, triton_available

__all__ = ["Backend", "exemplar_topk", "pooled_head_scores", "triton_available"]
