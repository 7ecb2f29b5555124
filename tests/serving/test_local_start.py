"""`medgate serve` on a local Ray: ports that collide with Ray are refused by the config, and a Ray head
that cannot start is reported at once, with its reason, instead of a connect loop that lasts minutes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from pydantic import ValidationError

from medgate.serving.config import Settings


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"ray": {"metrics_export_port": 15000}}, "ray.metrics_export_port=15000"),
        ({"port": 10002}, "port=10002"),
        ({"port": 9100, "ray": {"metrics_export_port": 9100}}, "port and ray.metrics_export_port"),
    ],
)
def test_config_refuses_ports_that_collide_with_ray(fields: dict[str, object], named: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings.model_validate(fields)
    assert named in str(caught.value)


def test_a_ray_head_that_exits_is_reported_at_once_with_its_reason(tmp_path: Path) -> None:
    # Bypasses the config check on purpose: a metrics port inside Ray's worker range makes `ray start` exit.
    script = (
        "from pathlib import Path\n"
        "from medgate.serving.local import LocalRayHead\n"
        f"with LocalRayHead(num_cpus=1, metrics_export_port=15000, log_path=Path({str(tmp_path / 'head.log')!r})):\n"
        "    pass\n"
    )
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=170, cwd=tmp_path)
    elapsed = time.monotonic() - started
    assert result.returncode != 0
    assert "ray start exited" in result.stderr and "15000" in result.stderr, result.stderr[-2000:]
    assert elapsed < 90, elapsed  # not the old connect-retry loop (up to 180 s and more)


def test_a_raylet_too_slow_to_register_is_started_again(tmp_path: Path) -> None:
    """Ray gives a raylet a fixed 30 s to register; on a loaded machine the head is tried again, not given up.
    A stand-in ``ray`` (named as such) fails the first start with Ray's own message, then runs the real one."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    real_ray = Path(sys.executable).with_name("ray")
    marker = tmp_path / "failed-once"
    stand_in = bin_dir / "ray"
    stand_in.write_text(
        "#!/bin/sh\n"
        f'if [ ! -e "{marker}" ]; then touch "{marker}"; '
        'echo "Exception: The current node timed out during startup. This could happen because some of the raylet '
        'failed to startup or the GCS has become overloaded."; exit 1; fi\n'
        f'exec "{real_ray}" "$@"\n'
    )
    stand_in.chmod(0o755)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        f"sys.executable = {str(bin_dir / 'python')!r}  # LocalRayHead runs the `ray` beside the interpreter\n"
        "from medgate.serving.local import LocalRayHead, free_port\n"
        f"log = Path({str(tmp_path / 'head.log')!r})\n"
        "with LocalRayHead(num_cpus=1, metrics_export_port=free_port(), log_path=log):\n"
        "    import ray\n"
        "    print('nodes', len(ray.nodes()))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert marker.exists() and "nodes 1" in result.stdout
    log = (tmp_path / "head.log").read_text()
    assert "timed out during startup" in log and "Ray runtime started." in log
