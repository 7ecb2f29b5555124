"""medgate's guards: PHI redaction, safety classification, review flags, on guardrails-ai.

``telemetry`` is imported first: it switches guardrails-ai's telemetry off before
any other module here imports guardrails.
"""

from medgate.guardrails import telemetry  # noqa: I001 - must run before guardrails is used

from medgate.guardrails.commands import guard_main
from medgate.guardrails.guard_model import GuardModel
from medgate.guardrails.guard_model.stream_gate import GatedStream
from medgate.guardrails.pipeline import GuardPipeline, RequestGuard
from medgate.guardrails.policy import GuardPolicy
from medgate.guardrails.stream import StreamGuard
from medgate.guardrails.verdict import GuardVerdict, StageResult

__all__ = [
    "GatedStream",
    "GuardModel",
    "GuardPipeline",
    "GuardPolicy",
    "GuardVerdict",
    "RequestGuard",
    "StageResult",
    "StreamGuard",
    "guard_main",
    "telemetry",
]
