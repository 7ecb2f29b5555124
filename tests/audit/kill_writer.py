"""Write audit records under load until killed: run by test_kill.py, several at once, one per replica.

Usage: ``python kill_writer.py ROOT REPLICA TASKS``. Prints each request id on its own line once
``write`` has returned (the record is fsynced: ``fsync: always``), so the parent knows exactly
which records were acknowledged before the SIGKILL.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from medgate.audit import AuditConfig, ChainKey, open_audit_writer

KEY = ChainKey(b"s" * 40)


def config(root: Path) -> AuditConfig:
    return AuditConfig(
        dir=root / "audit",
        anchor_dir=root / "anchors",
        key=KEY.secret.decode(),
        salt="kill-test-salt",
        generate_secrets=False,
        secrets_dir=root / "secrets",
        fsync="always",
        rotate_bytes=64 * 1024,
        anchor_interval_s=0.2,
    )


async def main(root: Path, replica: str, tasks: int) -> None:
    writer = open_audit_writer(config(root), replica)
    out = sys.stdout

    async def client(n: int) -> None:
        for i in range(1_000_000):
            request_id = f"{replica}-{n}-{i}"
            await writer.write({"request_id": request_id, "status": 200, "tenant": "ward-a"})
            out.write(request_id + "\n")
            out.flush()

    print("ready", flush=True)
    await asyncio.gather(*(client(n) for n in range(tasks)))


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
