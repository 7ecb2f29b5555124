"""SIGKILL under load: three replicas group-commit into one audit directory and are killed mid-stream.

Every record a writer acknowledged must be in its chain, and verify (key, manifest, anchors) must pass,
before and after the replicas restart and set their torn tails aside.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from kill_writer import KEY, config

from medgate.audit import open_audit_writer, verify

SCRIPT = Path(__file__).with_name("kill_writer.py")
REPO = Path(__file__).resolve().parents[2]
REPLICAS = ("r1", "r2", "r3")


def _read(process: subprocess.Popen[str], sink: list[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        sink.append(line.strip())


def test_sigkill_under_load_loses_no_acknowledged_record(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    processes, outputs, readers = [], [], []
    for replica in REPLICAS:
        process = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(tmp_path), replica, "16"], stdout=subprocess.PIPE, text=True, env=env
        )
        sink: list[str] = []
        reader = threading.Thread(target=_read, args=(process, sink), daemon=True)
        reader.start()
        processes.append(process)
        outputs.append(sink)
        readers.append(reader)
    deadline = time.monotonic() + 60
    while not all("ready" in sink for sink in outputs) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(2.5)  # under load: rotations and anchors happen meanwhile
    for process in processes:
        process.send_signal(signal.SIGKILL)
    for process, reader in zip(processes, readers, strict=True):
        process.wait(timeout=30)
        reader.join(timeout=30)
    acked = {line for sink in outputs for line in sink if line != "ready"}
    assert len(acked) > 300, len(acked)

    audit = tmp_path / "audit"
    recorded: set[str] = set()
    for path in audit.glob("audit-*.jsonl*"):
        if path.name.endswith((".lock", ".torn")):
            continue
        for line in path.read_bytes().split(b"\n"):
            if line.endswith(b"}"):
                recorded.add(json.loads(line)["request_id"])
    assert not acked - recorded, f"{len(acked - recorded)} acknowledged records are missing"

    report = verify([audit], keys=[KEY], anchors=tmp_path / "anchors")
    assert report.ok, report.problems
    assert len({Path(f).name.split(".jsonl")[0] for f in report.files}) == 3
    assert any(".jsonl.0" in f for f in report.files)  # rotation happened under load

    for replica in REPLICAS:  # restart: torn tails set aside, chains continue
        with open_audit_writer(config(tmp_path), replica) as writer:
            writer.append({"request_id": f"{replica}-after-restart"})
    report = verify([audit], keys=[KEY], anchors=tmp_path / "anchors")
    assert report.ok and not report.torn_tail, report.problems
    assert report.records >= len(acked) + 3
