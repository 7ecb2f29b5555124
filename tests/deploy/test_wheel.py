"""The installed package, not the checkout: a wheel built from the tree carries every file the guards read.

The Docker image installs medgate with ``pip install .``, so a file the guards read that is not package data is
missing there. The PHI word lists once lived in ``medgate/tools/data``, outside the package data: an installed
gateway's PHI stage could not load and every request would have failed closed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RUNTIME_DIRS = ("medgate/guardrails/data", "medgate/guardrails/artifacts", "medgate/guardrails/policies")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this tree's tracked files (built from a copy: setuptools writes into the tree it builds),
    unpacked into a directory of its own (no dependencies: those come from the venv)."""
    root = tmp_path_factory.mktemp("wheel")
    files = subprocess.run(["git", "ls-files"], cwd=REPO, check=True, capture_output=True, text=True).stdout.split()
    source = root / "source"
    for name in files:
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    build = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run([*build, "-w", str(root)], check=True, capture_output=True, timeout=300, cwd=root)
    wheel = next(root.glob("medgate-*.whl"))
    target = root / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_every_runtime_file_of_the_guards_is_in_the_wheel(installed: Path) -> None:
    tracked = subprocess.run(
        ["git", "ls-files", *RUNTIME_DIRS], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout.split()
    assert tracked, "no runtime files found: the directories moved?"
    missing = [path for path in tracked if not (installed / path).is_file()]
    assert not missing, missing


def test_the_installed_phi_detector_runs_without_the_checkout(installed: Path) -> None:
    script = (
        "import medgate, sys\n"
        "from medgate.guardrails.phi.detector import PhiDetector\n"
        f"assert medgate.__file__.startswith({str(installed)!r}), medgate.__file__\n"
        "spans = PhiDetector(tagger='all').detect('Seen by Dr Sarah Okafor; 患者王建国，电话13812345678。')\n"
        "print(sorted({s.type for s in spans}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin", "HOME": str(installed)},
        cwd=installed,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "PERSON" in run.stdout and "PHONE" in run.stdout, run.stdout
