"""guardrails-ai must not reach the network: proven under a socket audit hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medgate.guardrails import telemetry

HERE = Path(__file__).parent


def _probe(mode: str, home: Path) -> subprocess.CompletedProcess[str]:
    # The worst case for us: an rc file that enables metrics and remote inference,
    # and OTEL_SDK_DISABLED explicitly false.
    (home / ".guardrailsrc").write_text("enable_metrics=true\nuse_remote_inferencing=true\n")
    env = {**os.environ, "HOME": str(home), "OTEL_SDK_DISABLED": "false", "PYTHONPATH": str(HERE)}
    return subprocess.run(
        [sys.executable, str(HERE / "net_probe.py"), mode],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_guardrails_alone_phones_home(tmp_path: Path) -> None:
    """Control: the probe does catch guardrails-ai's telemetry export when nothing stops it."""
    result = _probe("plain", tmp_path)
    assert result.returncode == 3, result.stderr[-2000:]
    assert "network attempt" in result.stderr


def test_medgate_guards_make_no_network_attempt(tmp_path: Path) -> None:
    result = _probe("medgate", tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "no network attempt" in result.stdout


def test_telemetry_disabled_in_process() -> None:
    from guardrails.settings import settings
    from guardrails.utils.hub_telemetry_utils import HubTelemetry

    assert telemetry.is_disabled()
    assert settings.rc.enable_metrics is False
    assert HubTelemetry()._tracer is None


@pytest.mark.parametrize("validator", ["PhiValidator", "ClinicalAdviceValidator"])
def test_our_validators_never_use_remote_inference(validator: str) -> None:
    import medgate.guardrails.validators as validators
    from medgate.guardrails.phi import PhiDetector

    cls = getattr(validators, validator)
    instance = cls(PhiDetector()) if validator == "PhiValidator" else cls()
    assert instance.use_local is True
    assert instance.rail_alias.startswith("medgate/")
