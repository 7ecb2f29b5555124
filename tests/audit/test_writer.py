"""The writer thread: group commit, durability before the answer, rollback and retry, block/continue, aggregation."""

from __future__ import annotations

import asyncio
import errno
import json
import os
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from audit_helpers import audit_config, check, lines

from medgate.audit import AuditUnavailable, open_audit_writer
from medgate.audit import log as log_module
from medgate.audit.files import write_all

CHAIN = "audit-r1.jsonl"


class SyncSpy:
    """Wraps the real os.fsync: counts the chain file's fsyncs, optionally slows them, remembers what was durable."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.calls = 0
        self.durable_lines = 0
        self.fail_next = 0  # fault injection: report EIO for the chain file's next fsyncs
        self._real = os.fsync

    def __call__(self, fd: int) -> None:
        self._real(fd)
        target = os.readlink(f"/proc/self/fd/{fd}")
        if target.endswith(CHAIN):
            if self.fail_next > 0:
                self.fail_next -= 1
                raise OSError(errno.EIO, "Input/output error (injected)")
            time.sleep(self.delay_s)
            self.calls += 1
            self.durable_lines = Path(target).read_bytes().count(b"\n")


@pytest.fixture
def sync_spy(monkeypatch: pytest.MonkeyPatch) -> SyncSpy:
    spy = SyncSpy()
    monkeypatch.setattr(log_module.os, "fsync", spy)
    return spy


class FaultyDisk:
    """Fault injection (a full disk cannot be made on demand in-process): the next ``failures`` batch
    writes put half their bytes on disk, then fail with ENOSPC, as a real short write on a full disk does."""

    def __init__(self) -> None:
        self.failures = 0

    def __call__(self, fd: int, data: bytes) -> None:
        if self.failures > 0 and os.readlink(f"/proc/self/fd/{fd}").endswith(CHAIN):
            self.failures -= 1
            write_all(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device (injected)")
        write_all(fd, data)


@pytest.fixture
def faulty_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultyDisk]:
    disk = FaultyDisk()
    monkeypatch.setattr(log_module, "write_all", disk)
    yield disk


def eventually(condition: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    """Poll until the condition holds (a busy shared machine may be slow to run the writer thread)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _records(root: Path) -> list[dict]:
    return [json.loads(line) for line in lines(root / "audit" / CHAIN)]


async def test_group_commit_answers_only_durable_records_with_few_fsyncs(tmp_path: Path, sync_spy: SyncSpy) -> None:
    sync_spy.delay_s = 0.005
    with open_audit_writer(audit_config(tmp_path), "r1") as writer:

        async def one(i: int) -> None:
            record = await writer.write({"request_id": f"q{i}"})
            assert record is not None
            assert int(str(record["seq"])) < sync_spy.durable_lines  # fsynced before we were answered

        await asyncio.gather(*(one(i) for i in range(300)))
        stats = writer.stats()
    assert stats.written == 300 and stats.lost == 0
    assert 1 <= sync_spy.calls <= 300 // 4, sync_spy.calls  # group commit: many records per fsync
    assert check(tmp_path).ok


async def test_fsync_does_not_block_the_event_loop(tmp_path: Path, sync_spy: SyncSpy) -> None:
    sync_spy.delay_s = 0.1  # a slow disk
    gaps: list[float] = []
    with open_audit_writer(audit_config(tmp_path), "r1") as writer:
        stop = asyncio.Event()

        async def ticker() -> None:
            last = time.perf_counter()
            while not stop.is_set():
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        tick = asyncio.create_task(ticker())
        await asyncio.gather(*(writer.write({"request_id": f"q{i}"}) for i in range(20)))
        stop.set()
        await tick
    assert sync_spy.calls >= 1
    # The loop kept ticking while each fsync took 100 ms (blocking it would make the typical gap 100 ms;
    # the median, not the max, so that a busy shared machine's scheduling hiccups do not count).
    assert len(gaps) >= 10 and statistics.median(gaps) < 0.03, gaps


def test_a_failed_write_is_rolled_back_and_retried(tmp_path: Path, faulty_disk: FaultyDisk) -> None:
    with open_audit_writer(audit_config(tmp_path), "r1") as writer:
        writer.append({"request_id": "before"})
        faulty_disk.failures = 1
        record = writer.append({"request_id": "during"})
        assert record is not None and record["seq"] == 1
        assert writer.healthy and writer.stats().failed_commits == 0
    assert [r["request_id"] for r in _records(tmp_path)] == ["before", "during"]
    assert check(tmp_path).ok


def test_a_failed_fsync_is_rolled_back_and_retried(tmp_path: Path, sync_spy: SyncSpy) -> None:
    with open_audit_writer(audit_config(tmp_path), "r1") as writer:
        writer.append({"request_id": "before"})
        sync_spy.fail_next = 1
        assert writer.append({"request_id": "during"}) is not None
        assert writer.stats().failed_commits == 0 and sync_spy.fail_next == 0
    assert [r["request_id"] for r in _records(tmp_path)] == ["before", "during"]  # once, not twice
    assert check(tmp_path).ok


def test_block_mode_refuses_then_recovers_with_a_gap_record(tmp_path: Path, faulty_disk: FaultyDisk) -> None:
    failures: list[int] = []
    health: list[bool] = []
    config = audit_config(tmp_path, write_retries=1)
    with open_audit_writer(config, "r1", on_write_failure=failures.append, on_health_change=health.append) as writer:
        writer.append({"request_id": "ok-1"})
        faulty_disk.failures = 1000
        with pytest.raises(AuditUnavailable, match="could not be written"):
            writer.append({"request_id": "lost-1"})
        assert not writer.healthy and failures == [1] and health == [False]
        data = (tmp_path / "audit" / CHAIN).read_bytes()
        assert data.endswith(b"\n") and len(data.splitlines()) == 1  # rolled back: no torn line
        assert check(tmp_path).ok
        faulty_disk.failures = 0  # space again
        deadline = time.monotonic() + 5
        while not writer.healthy and time.monotonic() < deadline:
            time.sleep(0.05)
        assert writer.healthy and health == [False, True]
        writer.append({"request_id": "ok-2"})
    records = _records(tmp_path)
    assert [r.get("request_id", r.get("event")) for r in records] == ["ok-1", "audit_gap", "ok-2"]
    assert records[1]["lost"] == 1 and records[1]["on_failure"] == "block"
    assert check(tmp_path).ok


async def test_continue_mode_answers_and_counts(tmp_path: Path, faulty_disk: FaultyDisk) -> None:
    failures: list[int] = []
    config = audit_config(tmp_path, on_failure="continue", write_retries=0)
    with open_audit_writer(config, "r1", on_write_failure=failures.append) as writer:
        faulty_disk.failures = 1
        assert await writer.write({"request_id": "lost"}) is None
        assert failures == [1] and writer.stats().lost == 1
        assert await writer.write({"request_id": "kept"}) is not None
    assert [r.get("request_id", r.get("event")) for r in _records(tmp_path)] == ["audit_gap", "kept"]
    assert check(tmp_path).ok


async def test_back_pressure_bounds_the_queue(tmp_path: Path, sync_spy: SyncSpy) -> None:
    sync_spy.delay_s = 0.02
    config = audit_config(tmp_path, queue_size=8, max_batch=8)
    seen: list[int] = []
    with open_audit_writer(config, "r1") as writer:

        async def watch() -> None:
            while True:
                seen.append(writer.stats().queued)
                await asyncio.sleep(0.002)

        watcher = asyncio.create_task(watch())
        results = await asyncio.gather(*(writer.write({"request_id": f"q{i}"}) for i in range(120)))
        watcher.cancel()
    assert all(r is not None for r in results)
    assert max(seen) <= 8 and max(seen) > 0
    assert check(tmp_path).ok and check(tmp_path).records == 120


async def test_block_mode_times_out_on_a_stuck_disk(tmp_path: Path, sync_spy: SyncSpy) -> None:
    sync_spy.delay_s = 1.0
    config = audit_config(tmp_path, write_timeout_s=0.2)
    with open_audit_writer(config, "r1") as writer, pytest.raises(AuditUnavailable, match="not durable in time"):
        await writer.write({"request_id": "slow"})
    assert check(tmp_path).ok


def test_auth_failures_are_aggregated_per_source(tmp_path: Path, sync_spy: SyncSpy) -> None:
    config = audit_config(tmp_path, max_auth_failure_sources=2)
    with open_audit_writer(config, "r1") as writer:
        before = sync_spy.calls
        for i in range(300):
            writer.record_auth_failure(["10.0.0.1", "10.0.0.2", "10.0.0.3"][i % 3])
        writer.record_auth_failure("10.0.0.1", "missing_api_key")
        assert sync_spy.calls == before  # counting costs no write
    records = [r for r in _records(tmp_path) if r.get("event") == "auth_failures"]
    by_source = {(r["source"], r["reason"]): r["count"] for r in records}
    assert by_source == {
        ("10.0.0.1", "invalid_api_key"): 100,
        ("10.0.0.2", "invalid_api_key"): 100,
        ("other", "invalid_api_key"): 100,  # beyond max_auth_failure_sources
        ("other", "missing_api_key"): 1,
    }
    assert check(tmp_path).ok


def test_auth_failures_are_flushed_every_interval(tmp_path: Path) -> None:
    config = audit_config(tmp_path, auth_failure_interval_s=0.2)
    with open_audit_writer(config, "r1") as writer:
        for _ in range(50):
            writer.record_auth_failure("10.9.9.9")

        def flushed() -> list[tuple[object, object]]:
            return [(r["source"], r["count"]) for r in _records(tmp_path) if r.get("event") == "auth_failures"]

        assert eventually(lambda: bool(flushed()))  # without close: the interval timer wrote it
        assert flushed() == [("10.9.9.9", 50)]


def test_anchors_follow_the_head_at_an_interval(tmp_path: Path) -> None:
    config = audit_config(tmp_path, anchor_interval_s=0.1)
    with open_audit_writer(config, "r1") as writer:
        last = writer.append({"request_id": "x"})
        assert last is not None

        def newest() -> dict:
            return json.loads(lines(tmp_path / "anchors" / "anchors.jsonl")[-1])

        assert eventually(lambda: newest()["head_seq"] == last["seq"])  # without close: the interval did it
        assert newest()["head_hash"] == last["hash"] and newest()["file"] == CHAIN


def test_interval_policy_syncs_after_answering(tmp_path: Path, sync_spy: SyncSpy) -> None:
    config = audit_config(tmp_path, fsync="interval", fsync_interval_s=0.2)
    with open_audit_writer(config, "r1") as writer:
        before = sync_spy.calls
        for i in range(50):
            writer.append({"i": i})  # answered without waiting for an fsync
        assert sync_spy.calls - before < 10
        assert eventually(lambda: sync_spy.durable_lines == 50)  # the timer synced the rest


def test_closed_writer_refuses(tmp_path: Path) -> None:
    writer = open_audit_writer(audit_config(tmp_path), "r1")
    writer.close()
    assert not writer.healthy
    with pytest.raises(AuditUnavailable):
        writer.append({"x": 1})


def test_appends_from_many_threads(tmp_path: Path) -> None:
    with open_audit_writer(audit_config(tmp_path, fsync="never", rotate_bytes=20_000), "r1") as writer:

        def worker(n: int) -> None:
            for i in range(100):
                writer.append({"request_id": f"{n}-{i}"})

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    report = check(tmp_path)
    assert report.ok and report.records == 800, report.problems


def test_a_broken_metrics_hook_does_not_break_the_trail(tmp_path: Path, faulty_disk: FaultyDisk) -> None:
    def broken(_: object) -> None:
        raise RuntimeError("metrics backend down")

    config = audit_config(tmp_path, write_retries=0)
    with open_audit_writer(config, "r1", on_write_failure=broken, on_health_change=broken) as writer:
        faulty_disk.failures = 1
        with pytest.raises(AuditUnavailable):
            writer.append({"request_id": "lost"})
        deadline = time.monotonic() + 5
        while not writer.healthy and time.monotonic() < deadline:
            time.sleep(0.05)
        assert writer.append({"request_id": "kept"}) is not None
    assert [r.get("request_id", r.get("event")) for r in _records(tmp_path)] == ["audit_gap", "kept"]


def test_a_record_that_is_not_json_fails_at_its_caller(tmp_path: Path) -> None:
    with open_audit_writer(audit_config(tmp_path), "r1") as writer:
        with pytest.raises(ValueError):
            writer.append({"latency": float("nan")})
        with pytest.raises(TypeError):
            writer.append({"when": object()})
        assert writer.append({"request_id": "fine"}) is not None and writer.healthy
    assert check(tmp_path).ok


async def test_aclose_drains_and_anchors_from_an_event_loop(tmp_path: Path) -> None:
    writer = open_audit_writer(audit_config(tmp_path), "r1")
    pending = [asyncio.ensure_future(writer.write({"request_id": f"q{i}"})) for i in range(50)]
    await asyncio.sleep(0)  # queued, perhaps not yet written
    await writer.aclose()
    assert all(r is not None for r in await asyncio.gather(*pending))
    anchors = [json.loads(line) for line in lines(tmp_path / "anchors" / "anchors.jsonl")]
    assert anchors[-1]["head_seq"] == 49  # the final anchor covers everything queued before close
    assert check(tmp_path).ok
