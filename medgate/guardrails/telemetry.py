"""Keep guardrails-ai from sending anything off the host.

What guardrails-ai 0.11 actually reads (checked in its source):

* ``~/.guardrailsrc`` via ``guardrails.classes.rc.RC.load``: ``enable_metrics``
  defaults to **True** when the file is absent, which turns on ``HubTelemetry``:
  an OTLP/HTTP exporter posting spans to a hosted endpoint. ``use_remote_inferencing``
  makes hub validators send the checked text to a hosted model.
  ``Guard.__init__`` re-reads the file, so setting ``settings.rc`` alone is not enough.
* ``guardrails.settings.settings.disable_tracing``: guards' own OTel spans (which carry
  the validated text) go to whatever global tracer provider is configured.
* ``OTEL_SDK_DISABLED``: read by the OTel SDK ``TracerProvider``; a disabled provider
  hands out no-op tracers.
* ``GUARD_HISTORY_ENABLED``: ``Guard`` keeps every call (with its text) in memory.
* ``GUARDRAILS_TELEMETRY`` is read by nothing in 0.11.

``disable()`` runs at import time, before anything else in ``medgate.guardrails``
imports guardrails: it installs an inert ``HubTelemetry`` singleton (no tracer,
no exporter, no propagator), so every ``@trace`` wrapper in guardrails falls
through to the plain call even after a ``Guard`` flips ``_enabled`` back on.
"""

from __future__ import annotations

import dataclasses
import os


def disable() -> None:
    """Switch off hub telemetry, remote inference, guard tracing and call history."""
    os.environ.setdefault("OTEL_SDK_DISABLED", "true")
    os.environ["GUARD_HISTORY_ENABLED"] = "false"

    from guardrails.settings import settings
    from guardrails.utils.hub_telemetry_utils import HubTelemetry

    settings.rc = dataclasses.replace(settings.rc, enable_metrics=False, use_remote_inferencing=False)
    settings.disable_tracing = True

    if HubTelemetry._instance is None:
        # An uninitialised instance: initialize_tracer (which builds the exporter) never runs.
        HubTelemetry._instance = object.__new__(HubTelemetry)
    hub = HubTelemetry._instance
    hub._enabled = False
    hub._tracer = None
    hub._prop = None


def is_disabled() -> bool:
    """True when no guardrails code path can reach a telemetry exporter."""
    from guardrails.settings import settings
    from guardrails.utils.hub_telemetry_utils import HubTelemetry

    hub = HubTelemetry._instance
    return (
        hub is not None
        and hub._tracer is None
        and settings.disable_tracing is True
        and settings.rc.use_remote_inferencing is False
    )


disable()
