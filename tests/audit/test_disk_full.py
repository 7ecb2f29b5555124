"""A full disk: writes fail cleanly (no torn line, chain intact), block mode refuses, space returns, writing resumes.

Two real ways to fill it, each in its own process: a 256 KiB tmpfs mounted in a private user and
mount namespace (``unshare -rm``; skipped where namespaces are not allowed), and RLIMIT_FSIZE (the
kernel refuses writes past a file size, EFBIG, with a short write first).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("fill_disk.py")
REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}  # this checkout's medgate, whichever one the venv points at


def _can_mount_tmpfs(where: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {where}"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


def _check(summary: dict) -> None:
    assert summary["acked"] > 10 and summary["refused"] == 1, summary
    assert summary["healthy_when_full"] is False
    assert summary["ends_with_newline"] and summary["all_lines_json"], "a torn line was left behind"
    assert summary["lines_when_full"] == summary["acked"]  # exactly the acknowledged records, nothing partial
    assert summary["verify_when_full"] == []
    assert summary["recovered"] and summary["after"]
    assert [g["lost"] for g in summary["gap_records"]] == [1], summary["gap_records"]  # the hole is on record
    assert summary["ids"] == summary["acked"]
    assert summary["verify_after"] == []


def test_tmpfs_fills_up(tmp_path: Path) -> None:
    (tmp_path / "audit").mkdir()
    if not _can_mount_tmpfs(tmp_path / "audit"):
        pytest.skip("cannot mount a tmpfs in a user namespace here")
    script = (
        f"mount -t tmpfs -o size=256k tmpfs {tmp_path / 'audit'} && "
        f"head -c 32768 /dev/zero > {tmp_path / 'audit' / 'ballast'} && "
        f"exec {sys.executable} {SCRIPT} {tmp_path} tmpfs"
    )
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=120, env=ENV)
    assert done.returncode == 0, done.stderr[-3000:]
    _check(json.loads(done.stdout.strip().splitlines()[-1]))


def test_file_size_limit_makes_short_writes(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "fsize"], capture_output=True, text=True, timeout=120, env=ENV
    )
    assert done.returncode == 0, done.stderr[-3000:]
    _check(json.loads(done.stdout.strip().splitlines()[-1]))
