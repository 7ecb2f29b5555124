"""guardrails-ai stays importable when the repository root is on sys.path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_repo_root_on_sys_path_still_gives_guardrails_ai() -> None:
    code = (
        "import guardrails, medgate.guardrails as m; "
        "print(guardrails.__file__); print(guardrails.Validator.__module__); print(m.telemetry.is_disabled())"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    path, validator_module, disabled = result.stdout.split()
    assert Path(path).parent.parent != REPO and "site-packages" in path
    assert validator_module == "guardrails.validator_base" and disabled == "True"
