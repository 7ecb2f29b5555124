"""Append-only, hash-chained JSON Lines audit log (one record per request, never raw text).

One ``AuditLog`` per process and file: an exclusive ``flock`` on ``NAME.lock`` refuses a
second writer. ``append`` adds ``seq``, ``prev``, ``hash`` (see ``audit_chain``) and ``time``.

Durability (``fsync``): ``always`` syncs every record before ``append`` returns; ``interval``
syncs at most every ``fsync_interval_s`` (a timer syncs what an idle period left unsynced);
``never`` leaves it to the OS. Rotation: when a record would take the active file past
``rotate_bytes`` the file is renamed ``NAME.000001`` (then ``.000002``…) and a new one is
started; the chain (``seq``/``prev``) continues across files.

Reopening continues the chain from the last complete record. A torn last line (a crash in
the middle of a write) is moved, as it is, to ``NAME.torn`` and cut from the log, so the log
stays a valid chain and ``verify`` reports the set-aside fragment. A log whose last complete
line is not a chained record is refused (``AuditLogCorrupt``): it must be inspected first.
Only whole-tail deletion goes unnoticed by the chain alone; anchor the head hash that
``verify`` prints (e.g. in an external system) to detect that too.
"""

import fcntl
import hashlib
import hmac
import json
import os
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

from medgate.audit.chain import (
    CHAIN_FIELDS,
    GENESIS,
    TORN_SUFFIX,
    canonical,
    chain_key,
    record_hash,
    rotated_files,
    rotated_name,
)
from medgate.audit.verify import VerifyReport, verify, verify_main

__all__ = ["AuditLog", "AuditLogCorrupt", "VerifyReport", "verify", "verify_main"]

FsyncPolicy = Literal["always", "interval", "never"]


class AuditLogCorrupt(RuntimeError):
    """The existing log cannot be continued safely (its last complete line is not a chained record)."""


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _last_record(path: Path) -> dict[str, Any] | None:
    """The last line of a file that ends with a newline, parsed (None for an empty file)."""
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        block, data = 4096, b""
        while size > 0 and data.count(b"\n") < 2:
            step = min(block, size)
            size -= step
            f.seek(size)
            data = f.read(step) + data
    lines = data.rstrip(b"\n").split(b"\n")
    if not lines[-1]:
        return None
    try:
        record = json.loads(lines[-1])
    except json.JSONDecodeError as err:
        raise AuditLogCorrupt(f"{path}: last line is not JSON") from err
    if not isinstance(record, dict) or any(k not in record for k in CHAIN_FIELDS):
        raise AuditLogCorrupt(f"{path}: last line is not a chained audit record")
    return record


class AuditLog:
    """Thread-safe writer of one hash-chained audit log file (with its rotated predecessors)."""

    def __init__(
        self,
        path: Path,
        *,
        salt: bytes,
        fsync: FsyncPolicy = "always",
        fsync_interval_s: float = 1.0,
        rotate_bytes: int | None = None,
    ) -> None:
        if not salt:
            raise ValueError("the audit salt must be non-empty bytes")
        if fsync not in ("always", "interval", "never"):
            raise ValueError(f"fsync must be always, interval or never, not {fsync!r}")
        if rotate_bytes is not None and rotate_bytes <= 0:
            raise ValueError("rotate_bytes must be positive")
        self.path = Path(path)
        self._salt = salt
        self._fsync = fsync
        self._interval = fsync_interval_s
        self._rotate_bytes = rotate_bytes
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._dirty = False
        self._last_sync = 0.0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lockfile = self._take_lock()
        self._set_aside_torn_tail()
        self._rotations = max((int(chain_key(p)[1]) for p in rotated_files(self.path)), default=0)
        last = self._find_last_record()
        self._seq = last["seq"] + 1 if last else 0
        self._prev: str = last["hash"] if last else GENESIS
        self._fd: int | None = self._open_active()

    def hash_text(self, text: str) -> str:
        """HMAC-SHA256 of the text under the log's salt (hex): links records without keeping text."""
        return hmac.new(self._salt, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def append(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Chain and write one record; returns it with ``seq``, ``prev``, ``hash`` and ``time``."""
        if clash := [k for k in CHAIN_FIELDS if k in record]:
            raise ValueError(f"record must not set chain fields {clash}")
        with self._lock:
            if self._fd is None:
                raise ValueError("audit log is closed")
            full = dict(record)
            full.setdefault("time", datetime.now(UTC).isoformat(timespec="milliseconds"))
            full["seq"], full["prev"] = self._seq, self._prev
            full["hash"] = record_hash(full)
            line = canonical(full) + b"\n"
            self._rotate_if_needed(len(line))
            self._write(line)
            self._seq, self._prev = self._seq + 1, full["hash"]
            self._sync_after_write()
        return full

    def close(self) -> None:
        """Sync (unless fsync is never) and close; further appends raise."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            if self._fd is None:
                return
            if self._fsync != "never":
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
            self._lockfile.close()

    def __enter__(self) -> "AuditLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _take_lock(self) -> BinaryIO:
        lockfile = self.path.with_name(self.path.name + ".lock").open("ab")
        try:
            fcntl.flock(lockfile.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            lockfile.close()
            raise RuntimeError(f"{self.path} is already open in another AuditLog (use one file per process)") from err
        return lockfile

    def _set_aside_torn_tail(self) -> None:
        """Move bytes after the last newline (a crash mid-write) to NAME.torn and cut them off."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        cut = data.rfind(b"\n") + 1
        if cut == len(data):
            return
        with self.path.with_name(self.path.name + TORN_SUFFIX).open("ab") as side:
            side.write(data[cut:] + b"\n")
            side.flush()
            os.fsync(side.fileno())
        os.truncate(self.path, cut)

    def _find_last_record(self) -> dict[str, Any] | None:
        """The newest record of the chain: in the active file, else in the newest rotated file."""
        for candidate in [self.path, *reversed(rotated_files(self.path))]:
            if candidate.exists() and (last := _last_record(candidate)) is not None:
                return last
        return None

    def _open_active(self) -> int:
        created = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if created and self._fsync != "never":
            _fsync_dir(self.path.parent)
        return fd

    def _rotate_if_needed(self, incoming: int) -> None:
        assert self._fd is not None
        size = os.fstat(self._fd).st_size
        if self._rotate_bytes is None or size == 0 or size + incoming <= self._rotate_bytes:
            return
        if self._fsync != "never":
            os.fsync(self._fd)
        os.close(self._fd)
        self._rotations += 1
        os.rename(self.path, rotated_name(self.path, self._rotations))
        self._fd = self._open_active()

    def _write(self, line: bytes) -> None:
        assert self._fd is not None
        view = memoryview(line)
        while view:
            view = view[os.write(self._fd, view) :]
        self._dirty = True

    def _sync_after_write(self) -> None:
        if self._fsync == "always":
            self._sync_locked()
        elif self._fsync == "interval":
            now = time.monotonic()
            if now - self._last_sync >= self._interval:
                self._sync_locked()
            elif self._timer is None:
                self._timer = threading.Timer(self._interval - (now - self._last_sync), self._timed_sync)
                self._timer.daemon = True
                self._timer.start()

    def _sync_locked(self) -> None:
        if self._fd is not None and self._dirty:
            os.fsync(self._fd)
            self._dirty = False
        self._last_sync = time.monotonic()

    def _timed_sync(self) -> None:
        with self._lock:
            self._timer = None
            self._sync_locked()
