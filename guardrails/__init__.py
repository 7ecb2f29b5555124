"""medgate's guards: PHI redaction, safety classification, review flags, on guardrails-ai.

``telemetry`` is imported first: it switches guardrails-ai's telemetry off before
any other module here imports guardrails.

This folder is mapped to ``medgate.guardrails``; when the repository root is on
``sys.path`` (``python -m pytest`` or ``python -c`` run there) Python finds it as the
top-level ``guardrails`` too. Then it loads guardrails-ai from the rest of ``sys.path``
in its place (a module may replace itself in ``sys.modules``).
"""

import os
import sys

if __name__ == "guardrails":
    import importlib.machinery
    import importlib.util

    _root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    _path = [p for p in sys.path if os.path.abspath(p or os.curdir) != _root]
    _spec = importlib.machinery.PathFinder.find_spec("guardrails", _path)
    if _spec is None or _spec.loader is None:
        raise ImportError("guardrails-ai is not installed")
    _real = importlib.util.module_from_spec(_spec)
    sys.modules["guardrails"] = _real
    _spec.loader.exec_module(_real)
else:
    from medgate.guardrails import telemetry  # noqa: I001 - must run before guardrails is used

    from medgate.guardrails.commands import guard_main
    from medgate.guardrails.moderation import moderation_response
    from medgate.guardrails.pipeline import GuardPipeline, RequestGuard
    from medgate.guardrails.policy import GuardPolicy
    from medgate.guardrails.stream import StreamGuard
    from medgate.guardrails.verdict import GuardVerdict, StageResult

    __all__ = [
        "GuardPipeline",
        "GuardPolicy",
        "GuardVerdict",
        "RequestGuard",
        "StageResult",
        "StreamGuard",
        "guard_main",
        "moderation_response",
        "telemetry",
    ]
