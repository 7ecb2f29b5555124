"""A keyed chain that several processes append to: the manifest and the anchor log.

Entries are rare (a file created, a chain head every few seconds), so each ``append`` takes an
exclusive ``flock`` on ``NAME.lock``, reads the last complete entry to continue the chain,
writes one line and fsyncs before it returns. A torn last line (a crash mid-append; it was
never acknowledged) is cut off first.
"""

import fcntl
import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from medgate.audit.chain import CHAIN_FIELDS, ChainKey, Record, canonical, genesis, seal
from medgate.audit.files import complete_size, fsync_dir, last_line, write_all


class AuditLogCorrupt(RuntimeError):
    """An existing chain cannot be continued safely (its last complete line is not a chained record)."""


def parse_last(path: Path, line: bytes | None) -> tuple[int, str] | None:
    """(seq, hash) of a chain's last complete line, or None when there is none."""
    if line is None:
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise AuditLogCorrupt(f"{path}: last line is not JSON") from err
    if not isinstance(record, dict) or any(k not in record for k in CHAIN_FIELDS) or not isinstance(record["seq"], int):
        raise AuditLogCorrupt(f"{path}: last line is not a chained audit record")
    return record["seq"], str(record["hash"])


def lock_file(lock_path: Path, *, wait: bool) -> int:
    """An fd holding an exclusive flock on ``lock_path`` (created 0600); closing it releases the lock.

    Without ``wait`` a lock held elsewhere raises ``BlockingIOError``.
    """
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BaseException:
        os.close(fd)
        raise
    return fd


@contextmanager
def exclusive(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive flock on ``lock_path`` for the duration, waiting for it if needed."""
    fd = lock_file(lock_path, wait=True)
    try:
        yield
    finally:
        os.close(fd)


class SharedChain:
    """Append-only keyed chain shared by processes; ``append`` returns once the entry is durable."""

    def __init__(self, path: Path, key: ChainKey) -> None:
        self.path = Path(path)
        self._key = key
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def append(self, entry: Mapping[str, object]) -> Record:
        with exclusive(self.path.with_name(self.path.name + ".lock")):
            created = not self.path.exists()
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                end = complete_size(fd)
                if end != os.fstat(fd).st_size:
                    os.ftruncate(fd, end)
                last = parse_last(self.path, last_line(fd, end))
                seq, prev = (last[0] + 1, last[1]) if last else (0, genesis(self.path.name))
                record = seal(self._key, entry, seq=seq, prev=prev)
                try:
                    write_all(fd, canonical(record) + b"\n")
                    os.fsync(fd)
                except OSError:
                    os.ftruncate(fd, end)  # never leave a torn entry behind
                    raise
            finally:
                os.close(fd)
            if created:
                fsync_dir(self.path.parent)
        return record
