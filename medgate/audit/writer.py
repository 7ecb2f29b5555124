"""The gateway's audit writer: a thread that group-commits records, so fsync never runs on the event loop.

Requests hand records to a bounded queue (``write`` waits for room: back-pressure) and are answered
once their batch is durable: under ``fsync: always`` one fsync covers the whole batch (group
commit). A failed commit is rolled back (see ``AuditLog.commit``) and retried; when it still
fails the batch's records are lost, ``healthy`` turns false and, with ``on_failure: block``,
``write`` raises ``AuditUnavailable`` (the gateway answers 503 ``audit_unavailable`` and accepts
no new requests); with ``continue`` it only counts. While unhealthy the thread probes every
second by writing an ``audit_gap`` record (how many records were lost, since when); once it is
written the writer is healthy again, so the trail itself says where it has a hole.

The same thread appends the chain head to the anchor log every ``anchor_interval_s`` and at
``close``, and writes failed authentications aggregated: one record per source, reason and
interval instead of one fsynced record per attempt.
"""

import asyncio
import concurrent.futures
import hashlib
import hmac
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from medgate.audit.auth_failures import AuthFailureCounter
from medgate.audit.chain import Record, canonical
from medgate.audit.config import FailurePolicy, FsyncPolicy
from medgate.audit.log import AuditLog, now_iso
from medgate.audit.shared import SharedChain

logger = logging.getLogger(__name__)
T = TypeVar("T")
_PROBE_INTERVAL_S = 1.0

Pending = tuple[Mapping[str, object], "concurrent.futures.Future[Record | None] | None"]


def _notify(callback: Callable[[T], None] | None, value: T) -> None:
    """Call a metrics callback; its failure must never fail (or un-fail) audit records."""
    if callback is None:
        return
    try:
        callback(value)
    except Exception:  # noqa: BLE001 - a broken metrics hook is logged, the audit trail goes on
        logger.exception("audit: a failure/health callback raised")


class AuditUnavailable(RuntimeError):
    """A record could not be made durable (``on_failure: block``): the request must be refused, 503."""


@dataclass(frozen=True)
class WriterStats:
    """Counters for metrics and tests (monotonic except ``queued`` and ``healthy``)."""

    written: int
    batches: int
    failed_commits: int
    lost: int
    auth_failures: int
    anchor_failures: int
    queued: int
    healthy: bool


@dataclass(frozen=True)
class WriterOptions:
    """How the writer thread batches, syncs, retries, anchors and aggregates (see AuditConfig)."""

    fsync: FsyncPolicy = "always"
    fsync_interval_s: float = 1.0
    on_failure: FailurePolicy = "block"
    queue_size: int = 4096
    max_batch: int = 512
    write_timeout_s: float = 10.0
    write_retries: int = 2
    retry_after_s: int = 5
    anchor_interval_s: float = 30.0
    auth_failure_interval_s: float = 60.0
    max_auth_failure_sources: int = 1024


class AuditWriter:
    """Group-committing writer of one audit chain; ``write``/``append`` may be called from any thread or loop."""

    def __init__(
        self,
        log: AuditLog,
        *,
        salt: bytes,
        anchors: SharedChain | None,
        options: WriterOptions = WriterOptions(),
        on_write_failure: Callable[[int], None] | None = None,
        on_health_change: Callable[[bool], None] | None = None,
    ) -> None:
        if not salt:
            raise ValueError("the audit salt must be non-empty bytes")
        self._log, self._salt, self._anchors, self._opt = log, salt, anchors, options
        self._on_write_failure = on_write_failure
        self._on_health_change = on_health_change
        self._unsynced = 0
        self._cond = threading.Condition()
        self._queue: deque[Pending] = deque()
        self._closing = False
        self._healthy = True
        self._lost = self._lost_total = 0
        self._lost_since: str | None = None
        self._written = self._batches = self._failed_commits = self._anchor_failures = 0
        self._auth = AuthFailureCounter(options.max_auth_failure_sources)
        now = time.monotonic()
        self._last_sync = now
        self._next_anchor = now
        self._next_auth_flush = now + options.auth_failure_interval_s
        self._next_probe = now
        self._anchored: tuple[int, str] | None = None
        self._thread = threading.Thread(target=self._run, name=f"audit-writer-{log.path.name}", daemon=True)
        self._thread.start()

    # -- the API the request path uses --------------------------------------------------------------------------

    @property
    def healthy(self) -> bool:
        """False while records cannot be written (and after close). Block mode: refuse new requests then."""
        return self._healthy and not self._closing

    @property
    def blocking(self) -> bool:
        """Whether an unwritable record must fail its request (``on_failure: block``)."""
        return self._opt.on_failure == "block"

    @property
    def retry_after_s(self) -> int:
        return self._opt.retry_after_s

    def hash_text(self, text: str) -> str:
        """HMAC-SHA256 of the (redacted) text under the salt (hex): links records without keeping text."""
        return hmac.new(self._salt, text.encode("utf-8"), hashlib.sha256).hexdigest()

    async def write(self, record: Mapping[str, object]) -> Record | None:
        """Queue the record and return it (chained, signed) once durable per the fsync policy.

        Block mode: raises ``AuditUnavailable`` when it cannot be written, the queue stays full or
        the commit takes longer than ``write_timeout_s``. Continue mode: returns None instead.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._opt.write_timeout_s
        delay = 0.001
        while (future := self._submit(record, wait_s=0)) is None:
            if self._closing:
                self._unavailable("the audit writer is closed", lost=1)
                return None
            if loop.time() >= deadline:
                self._unavailable("the audit queue stayed full", lost=1)
                return None
            await asyncio.sleep(delay)  # back-pressure without holding a thread
            delay = min(delay * 2, 0.05)
        try:
            wrapped = asyncio.wrap_future(future)
            return await asyncio.wait_for(asyncio.shield(wrapped), max(deadline - loop.time(), 0.001))
        except TimeoutError:
            self._unavailable("the audit record was not durable in time", lost=0)
            return None

    def append(self, record: Mapping[str, object]) -> Record | None:
        """Blocking ``write`` for threads and tools (never call it on an event loop)."""
        future = self._submit(record, wait_s=self._opt.write_timeout_s)
        if future is None:
            self._unavailable("the audit queue stayed full or the writer is closed", lost=1)
            return None
        try:
            return future.result(timeout=self._opt.write_timeout_s)
        except concurrent.futures.TimeoutError:
            self._unavailable("the audit record was not durable in time", lost=0)
            return None

    def record_auth_failure(self, source: str, reason: str = "invalid_api_key") -> None:
        """Count a failed authentication; the thread writes one record per (source, reason) and interval."""
        self._auth.add(source, reason)

    def stats(self) -> WriterStats:
        with self._cond:
            queued = len(self._queue)
        return WriterStats(
            written=self._written,
            batches=self._batches,
            failed_commits=self._failed_commits,
            lost=self._lost_total,
            auth_failures=self._auth.total,
            anchor_failures=self._anchor_failures,
            queued=queued,
            healthy=self.healthy,
        )

    def close(self, timeout_s: float = 30.0) -> None:
        """Write what is queued and the pending auth-failure counts, sync, anchor the head, close the file."""
        with self._cond:
            if self._closing:
                return
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout_s)
        if self._thread.is_alive():
            logger.error("audit: the writer thread did not finish within %.0f s", timeout_s)
            return
        self._log.close()

    async def aclose(self) -> None:
        """``close`` from an event loop (it waits for the last fsync and the final anchor)."""
        await asyncio.to_thread(self.close)

    def __enter__(self) -> "AuditWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queue --------------------------------------------------------------------------------------------------

    def _submit(
        self, record: Mapping[str, object], *, wait_s: float
    ) -> "concurrent.futures.Future[Record | None] | None":
        """Queue a record; None when the writer is closed or the queue stayed full for ``wait_s``."""
        record = dict(record)
        record.setdefault("time", now_iso())  # when it happened, not when the batch was written
        canonical(record)  # a record that is not plain JSON fails here, in its caller, not in the batch
        future: concurrent.futures.Future[Record | None] = concurrent.futures.Future()
        with self._cond:
            deadline = time.monotonic() + wait_s
            while not self._closing and len(self._queue) >= self._opt.queue_size:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._cond.wait(remaining)
            if self._closing:
                return None
            self._queue.append((record, future))
            self._cond.notify_all()
        return future

    def _unavailable(self, reason: str, *, lost: int) -> None:
        if lost:
            self._count_lost(lost)
        if self.blocking:
            raise AuditUnavailable(reason)
        logger.error("audit: %s (on_failure: continue, the request goes on)", reason)

    def _count_lost(self, n: int) -> None:
        """Records that were not written: counted now, and declared in an ``audit_gap`` record later."""
        with self._cond:
            self._lost += n
            self._lost_total += n
            self._lost_since = self._lost_since or now_iso()
        _notify(self._on_write_failure, n)

    # -- the thread ---------------------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closing:
                    timeout = self._next_due() - time.monotonic()
                    if timeout <= 0:
                        break
                    self._cond.wait(timeout)
                batch = [self._queue.popleft() for _ in range(min(len(self._queue), self._opt.max_batch))]
                finished = self._closing and not self._queue
                self._cond.notify_all()  # room in the queue for waiting writers
            try:
                if batch:
                    self._commit(batch)
                self._periodic(final=finished)
            except Exception as err:  # noqa: BLE001 - the writer thread must not die: fail the batch closed, go on
                logger.exception("audit: unexpected error in the writer thread")
                self._fail(batch, err)
            if finished:
                return

    def _next_due(self) -> float:
        due = [self._next_anchor if self._anchors is not None else float("inf"), self._next_auth_flush]
        if self._opt.fsync == "interval":
            due.append(self._last_sync + self._opt.fsync_interval_s)
        if not self._healthy:
            due.append(self._next_probe)
        return min(due)

    def _commit(self, batch: list[Pending], *, retries: int | None = None) -> bool:
        """Commit the batch (after a gap record if records were lost); resolve its futures either way."""
        records = [record for record, _ in batch]
        with self._cond:
            lost, since = self._lost, self._lost_since
        if lost:
            records.insert(0, {"event": "audit_gap", "lost": lost, "since": since, "on_failure": self._opt.on_failure})
        error: OSError | None = None
        for attempt in range((self._opt.write_retries if retries is None else retries) + 1):
            if attempt:
                time.sleep(min(0.05 * 2**attempt, 1.0))
            try:
                sealed = self._log.commit(records)
            except OSError as err:
                error = err
                continue
            self._written += len(sealed)
            self._batches += 1
            if lost:
                logger.warning("audit: writing again after %d lost record(s)", lost)
                with self._cond:
                    self._lost -= lost
                    self._lost_since = self._lost_since if self._lost else None
                sealed = sealed[1:]
            self._set_healthy(True)
            self._unsynced += len(sealed)
            for (_, future), full in zip(batch, sealed, strict=True):
                self._resolve(future, full, None)
            return True
        self._fail(batch, error)
        return False

    def _fail(self, batch: list[Pending], error: Exception | None) -> None:
        """The batch is lost: unhealthy until a probe writes again; its writers get AuditUnavailable (block)."""
        self._failed_commits += 1
        self._set_healthy(False)
        self._next_probe = time.monotonic() + _PROBE_INTERVAL_S
        logger.error("audit: %d record(s) could not be written: %s", len(batch), error)
        if batch:
            self._count_lost(len(batch))
        failure = AuditUnavailable(f"the audit record could not be written ({error})")
        for _, future in batch:
            self._resolve(future, None, failure if self.blocking else None)

    def _set_healthy(self, healthy: bool) -> None:
        if healthy == self._healthy:
            return
        self._healthy = healthy
        _notify(self._on_health_change, healthy)

    @staticmethod
    def _resolve(
        future: "concurrent.futures.Future[Record | None] | None", value: Record | None, error: Exception | None
    ) -> None:
        if future is None or future.done():
            return
        try:
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(value)
        except concurrent.futures.InvalidStateError:  # resolved meanwhile: nothing waits for it any more
            pass

    def _periodic(self, *, final: bool) -> None:
        """Probe after failures, flush auth-failure counts, sync under ``interval``, anchor the head."""
        now = time.monotonic()
        if not self._healthy and (final or now >= self._next_probe):
            self._commit([], retries=0)  # writes the audit_gap record once the disk takes it
        if final or now >= self._next_auth_flush:
            self._next_auth_flush = now + self._opt.auth_failure_interval_s
            self._flush_auth_failures()
        if self._opt.fsync == "interval" and (final or now >= self._last_sync + self._opt.fsync_interval_s):
            self._last_sync = now
            try:
                self._log.sync()
                self._unsynced = 0
            except OSError:
                logger.exception("audit: fsync failed; %d acknowledged record(s) may not be on disk", self._unsynced)
                self._failed_commits += 1
                _notify(self._on_write_failure, self._unsynced)
        if self._anchors is not None and (final or now >= self._next_anchor):
            self._next_anchor = now + self._opt.anchor_interval_s
            self._anchor()

    def _flush_auth_failures(self) -> None:
        records = self._auth.drain()
        for start in range(0, len(records), self._opt.max_batch):
            self._commit([(r, None) for r in records[start : start + self._opt.max_batch]])

    def _anchor(self) -> None:
        """Append the chain head to the anchor log, when it moved since the last anchor."""
        assert self._anchors is not None
        head = self._log.head
        if head == self._anchored:
            return
        seq, mac = head
        entry = {
            "event": "head",
            "chain": self._log.path.name,
            "file": self._log.head_file,
            "head_seq": seq,
            "head_hash": mac,
            "rotations": self._log.rotations,
            "time": now_iso(),
        }
        try:
            self._anchors.append(entry)
        except OSError:
            self._anchor_failures += 1
            logger.exception("audit: could not append to the anchor log %s", self._anchors.path)
            return
        self._anchored = head
