"""One keyed audit chain file and its rotated predecessors, written by one process.

``commit(records)`` chains, signs and writes a batch with one ``write`` and, under ``fsync:
always``, one fsync; it returns only when that is done. If the write or the fsync fails (disk
full, I/O error) the file is cut back to the end of the last complete record and the chain
does not advance, so a failure never leaves a torn line that would read as tampering; the
caller may retry the same batch. ``interval`` and ``never`` leave syncing to ``sync()`` (the
writer thread calls it on a timer) or to the OS.

An exclusive ``flock`` on ``NAME.lock`` refuses a second writer. Rotation: when a batch would
take the active file past ``rotate_bytes`` the file is renamed ``NAME.000001`` (then
``.000002``…) and a new one is started; the chain continues across files. Every start and
rotation is recorded in the directory's manifest, so ``verify`` knows which files must exist.

Reopening continues the chain from the last complete record. A torn last line (a crash in the
middle of a write; never acknowledged) is moved, as it is, to ``NAME.torn`` and cut off. A log
whose last complete line is not a chained record is refused (``AuditLogCorrupt``).
"""

import logging
import os
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from medgate.audit.chain import (
    MANIFEST_NAME,
    TORN_SUFFIX,
    ChainKey,
    Record,
    canonical,
    chain_key,
    genesis,
    rotated_files,
    rotated_name,
    seal,
)
from medgate.audit.config import FsyncPolicy
from medgate.audit.files import complete_size, fsync_dir, last_line, write_all
from medgate.audit.shared import AuditLogCorrupt, SharedChain, lock_file, parse_last

__all__ = ["AuditLog", "AuditLogCorrupt", "now_iso"]

logger = logging.getLogger(__name__)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class AuditLog:
    """Writer of one keyed audit chain. Thread-safe, but meant to be driven by one writer thread."""

    def __init__(
        self,
        path: Path,
        *,
        key: ChainKey,
        fsync: FsyncPolicy = "always",
        rotate_bytes: int | None = None,
    ) -> None:
        if fsync not in ("always", "interval", "never"):
            raise ValueError(f"fsync must be always, interval or never, not {fsync!r}")
        if rotate_bytes is not None and rotate_bytes <= 0:
            raise ValueError("rotate_bytes must be positive")
        self.path = Path(path)
        self._key = key
        self._fsync = fsync
        self._rotate_bytes = rotate_bytes
        self._lock = threading.Lock()
        self._dirty = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._manifest = SharedChain(self.path.parent / MANIFEST_NAME, key)
        self._pending_manifest: list[dict[str, object]] = []
        try:
            self._lockfd: int | None = lock_file(self.path.with_name(self.path.name + ".lock"), wait=False)
        except BlockingIOError as err:
            raise RuntimeError(f"{self.path} is already open in another AuditLog (use one file per process)") from err
        self._fd: int | None = None
        self._size = 0
        try:
            self._set_aside_torn_tail()
            self._rotations = max((int(chain_key(p)[1]) for p in rotated_files(self.path)), default=0)
            last = self._find_last()
            self._seq, self._prev = (last[0] + 1, last[1]) if last else (0, genesis(self.path.name))
            self._open_active()
            opened = {"event": "open", "chain": self.path.name, "rotations": self._rotations, "next_seq": self._seq}
            self._manifest.append({**opened, "time": now_iso()})
        except BaseException:
            self.close()
            raise

    @property
    def head(self) -> tuple[int, str]:
        """(seq of the last record, its hash); seq -1 and the genesis value for an empty chain."""
        with self._lock:
            return self._seq - 1, self._prev

    @property
    def head_file(self) -> str:
        """The name of the file holding the last record (the newest rotated file right after a rotation)."""
        with self._lock:
            if self._size == 0 and self._rotations > 0:
                return rotated_name(self.path, self._rotations).name
            return self.path.name

    @property
    def rotations(self) -> int:
        return self._rotations

    def append(self, record: Mapping[str, object]) -> Record:
        """Chain and write one record; returns it with ``seq``, ``prev``, ``kid``, ``hash`` and ``time``."""
        return self.commit([record])[0]

    def commit(self, records: Sequence[Mapping[str, object]]) -> list[Record]:
        """Write a batch as one group: all of it is written (and fsynced under ``always``), or none of it."""
        with self._lock:
            self._flush_manifest()
            seq, prev, sealed, lines = self._seq, self._prev, [], []
            for record in records:
                full = dict(record)
                full.setdefault("time", now_iso())
                sealed.append(seal(self._key, full, seq=seq, prev=prev))
                seq, prev = seq + 1, str(sealed[-1]["hash"])
                lines.append(canonical(sealed[-1]) + b"\n")
            data = b"".join(lines)
            self._rotate_if_needed(len(data))
            fd = self._active_fd()
            start = self._size
            try:
                if os.fstat(fd).st_size != start:  # a failed rollback left bytes behind: cut them first
                    os.ftruncate(fd, start)
                write_all(fd, data)
                self._dirty = True
                if self._fsync == "always":
                    os.fsync(fd)
                    self._dirty = False
            except OSError:
                self._roll_back(fd, start)
                raise
            self._size = start + len(data)
            self._seq, self._prev = seq, prev
            return sealed

    def sync(self) -> None:
        """fsync what was written since the last sync (for ``interval``; a no-op when clean)."""
        with self._lock:
            if self._fd is not None and self._dirty and self._fsync != "never":
                os.fsync(self._fd)
                self._dirty = False

    def close(self) -> None:
        """Sync (unless fsync is never) and close; further commits raise."""
        with self._lock:
            try:
                if self._fd is not None:
                    if self._fsync != "never":
                        os.fsync(self._fd)
                    os.close(self._fd)
            finally:
                self._fd = None
                if self._lockfd is not None:
                    os.close(self._lockfd)
                    self._lockfd = None

    def __enter__(self) -> "AuditLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------------------------------------

    def _roll_back(self, fd: int, start: int) -> None:
        """Cut the file back to the last complete record; if even that fails, the next commit retries it."""
        try:
            os.ftruncate(fd, start)
        except OSError:
            logger.exception("audit: could not roll %s back to %d bytes; will retry", self.path, start)

    def _set_aside_torn_tail(self) -> None:
        """Move bytes after the last newline (a crash mid-write) to NAME.torn and cut them off."""
        if not self.path.exists():
            return
        fd = os.open(self.path, os.O_RDWR)
        try:
            cut, size = complete_size(fd), os.fstat(fd).st_size
            if cut == size:
                return
            fragment = os.pread(fd, size - cut, cut)
            side = os.open(self.path.with_name(self.path.name + TORN_SUFFIX), os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            try:
                write_all(side, fragment + b"\n")
                os.fsync(side)
            finally:
                os.close(side)
            os.ftruncate(fd, cut)
            os.fsync(fd)
        finally:
            os.close(fd)

    def _find_last(self) -> tuple[int, str] | None:
        """(seq, hash) of the chain's newest record: in the active file, else in the newest rotated file."""
        for candidate in [self.path, *reversed(rotated_files(self.path))]:
            if not candidate.exists():
                continue
            fd = os.open(candidate, os.O_RDONLY)
            try:
                last = parse_last(candidate, last_line(fd, complete_size(fd)))
            finally:
                os.close(fd)
            if last is not None:
                return last
        return None

    def _open_active(self) -> None:
        """Open the active file, creating it (and making its name durable) if needed."""
        created = not self.path.exists()
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._size = os.fstat(self._fd).st_size
        if created and self._fsync != "never":
            fsync_dir(self.path.parent)

    def _active_fd(self) -> int:
        """The active file's fd, reopened if a failed rotation left none."""
        if self._lockfd is None:
            raise ValueError("audit log is closed")
        if self._fd is None:
            self._open_active()
        assert self._fd is not None
        return self._fd

    def _rotate_if_needed(self, incoming: int) -> None:
        fd = self._active_fd()
        if self._rotate_bytes is None or self._size == 0 or self._size + incoming <= self._rotate_bytes:
            return
        if self._fsync != "never":
            os.fsync(fd)
        target = rotated_name(self.path, self._rotations + 1)
        os.rename(self.path, target)
        self._rotations += 1
        self._pending_manifest.append(
            {
                "event": "rotate",
                "chain": self.path.name,
                "file": target.name,
                "rotations": self._rotations,
                "next_seq": self._seq,
                "time": now_iso(),
            }
        )
        os.close(fd)
        self._fd = None
        self._open_active()
        self._flush_manifest()

    def _flush_manifest(self) -> None:
        """Record pending manifest entries; a failure leaves them pending (the records matter more)."""
        while self._pending_manifest:
            try:
                self._manifest.append(self._pending_manifest[0])
            except OSError:
                logger.exception("audit: manifest entry for %s not written yet; will retry", self.path)
                return
            self._pending_manifest.pop(0)
