"""Fill the audit volume until writes fail, then free space: run by test_disk_full.py in its own process.

Usage: ``python fill_disk.py ROOT tmpfs`` (ROOT/audit is a size-limited tmpfs the caller mounted, with a
ballast file to free later) or ``python fill_disk.py ROOT fsize`` (RLIMIT_FSIZE caps every file this
process writes; raising the limit again frees "space"). Prints one JSON summary line.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import time
from pathlib import Path

from medgate.audit import AuditConfig, AuditUnavailable, ChainKey, open_audit_writer, verify

KEY = ChainKey(b"d" * 40)
FSIZE_LIMIT = 64 * 1024


def main(root: Path, mode: str) -> dict[str, object]:
    config = AuditConfig(
        dir=root / "audit",
        anchor_dir=root / "anchors",
        key=KEY.secret.decode(),
        salt="fill-disk-salt",
        generate_secrets=False,
        secrets_dir=root / "secrets",
        write_retries=1,
    )
    if mode == "fsize":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (FSIZE_LIMIT, resource.RLIM_INFINITY))
    acked, refused = 0, 0
    writer = open_audit_writer(config, "r1")
    pad = "x" * 300
    for i in range(20_000):
        try:
            writer.append({"request_id": f"r{i}", "pad": pad})
        except AuditUnavailable:
            refused += 1
            break
        acked += 1
    chain = root / "audit" / "audit-r1.jsonl"
    data = chain.read_bytes()
    lines = data.splitlines()
    summary: dict[str, object] = {
        "acked": acked,
        "refused": refused,
        "healthy_when_full": writer.healthy,
        "ends_with_newline": data.endswith(b"\n"),
        "all_lines_json": all(json.loads(line) for line in lines),
        "lines_when_full": len(lines),
        "verify_when_full": verify([root / "audit"], keys=[KEY], anchors=root / "anchors").problems,
    }
    if mode == "tmpfs":
        (root / "audit" / "ballast").unlink()
    else:
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    deadline = time.monotonic() + 10
    while not writer.healthy and time.monotonic() < deadline:
        time.sleep(0.05)
    summary["recovered"] = writer.healthy
    summary["after"] = writer.append({"request_id": "after"}) is not None
    writer.close()
    records = [json.loads(line) for line in chain.read_bytes().splitlines()]
    summary["gap_records"] = [r for r in records if r.get("event") == "audit_gap"]
    summary["ids"] = sum(1 for r in records if str(r.get("request_id", "")).startswith("r"))
    summary["verify_after"] = verify([root / "audit"], keys=[KEY], anchors=root / "anchors").problems
    return summary


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2])))
