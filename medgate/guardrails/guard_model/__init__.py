"""A guard LLM (Qwen3Guard-Gen or Llama Guard 3) as a guard stage, served beside the chat models.

``adapters``: each family's conversation form, verdict grammar, strict parser and category map;
``stage``: the call (through a client the gateway provides), its timeout and how its verdict
combines with the classifier's; ``stream_gate``: streamed answers released only once the guard
model has passed each window, its calls running while generation goes on.
"""

from medgate.guardrails.guard_model.adapters import (
    AdapterName,
    GuardAdapter,
    ModelVerdict,
    UnparseableVerdict,
    adapter_for,
)
from medgate.guardrails.guard_model.stage import (
    STAGE,
    GuardModel,
    GuardModelClient,
    GuardModelResult,
    StructuredOutputs,
)

__all__ = [
    "STAGE",
    "AdapterName",
    "GuardAdapter",
    "GuardModel",
    "GuardModelClient",
    "GuardModelResult",
    "ModelVerdict",
    "StructuredOutputs",
    "UnparseableVerdict",
    "adapter_for",
]
