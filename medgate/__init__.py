"""medgate: an OpenAI-compatible LLM serving gateway for hospitals.

Telemetry that could carry patient text off the host is switched off here,
before any submodule (and so before guardrails-ai or Ray) is imported.
"""

import os

os.environ.setdefault("OTEL_SDK_DISABLED", "true")
os.environ.setdefault("GUARDRAILS_TELEMETRY", "false")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
# onnxruntime >= 1.2x sends 1DS telemetry on Linux too (it resolves mobile.events.data.microsoft.com when the
# first session is created; found by tests/reliability/test_resilience.py); this variable switches it off.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

__version__ = "0.1.0"
