"""AuditLog: chaining, tamper detection, torn tails, reopen, rotation, threads, fsync policies."""

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from medgate.audit import log as audit_module
from medgate.audit.chain import canonical, record_hash
from medgate.audit.log import AuditLog, AuditLogCorrupt, verify, verify_main

SALT = b"test-salt"


def write_log(path: Path, n: int, **kwargs: object) -> list[dict]:
    with AuditLog(path, salt=SALT, **kwargs) as log:
        return [log.append({"request_id": f"r{i}", "tenant": "t", "status": 200}) for i in range(n)]


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_records_are_chained(tmp_path: Path) -> None:
    records = write_log(tmp_path / "a.jsonl", 5)
    assert [r["seq"] for r in records] == [0, 1, 2, 3, 4]
    assert records[0]["prev"] == "0" * 64
    assert all(b["prev"] == a["hash"] for a, b in zip(records, records[1:], strict=False))
    assert [json.loads(line) for line in lines(tmp_path / "a.jsonl")] == records
    report = verify([tmp_path / "a.jsonl"])
    assert (report.ok, report.records, report.torn_tail, report.problems) == (True, 5, False, [])
    assert records[-1]["hash"] in report.notes[0]


def test_chain_fields_cannot_be_supplied(tmp_path: Path) -> None:
    with AuditLog(tmp_path / "a.jsonl", salt=SALT) as log, pytest.raises(ValueError):
        log.append({"hash": "x"})


def test_hash_text_is_salted_hmac(tmp_path: Path) -> None:
    with AuditLog(tmp_path / "a.jsonl", salt=SALT) as a, AuditLog(tmp_path / "b.jsonl", salt=b"other") as b:
        assert a.hash_text("患者张三") == a.hash_text("患者张三") != b.hash_text("患者张三")
        assert len(a.hash_text("x")) == 64 and a.hash_text("x") != a.hash_text("y")
        a.append({"prompt_sha256": a.hash_text("secret prompt")})
    assert b"secret prompt" not in (tmp_path / "a.jsonl").read_bytes()


def _edit_status(content: list[bytes]) -> None:
    content[2] = content[2].replace(b'"status":200', b'"status":403')


def _edit_and_rehash(content: list[bytes]) -> None:
    record = json.loads(content[2])
    record["status"] = 403
    record["hash"] = record_hash(record)
    content[2] = canonical(record) + b"\n"


def _delete_second(content: list[bytes]) -> None:
    del content[1]


def _delete_first(content: list[bytes]) -> None:
    del content[0]


def _swap(content: list[bytes]) -> None:
    content[1], content[3] = content[3], content[1]


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (_edit_status, "record seq 2 was edited"),
        (_edit_and_rehash, "chain broken before seq 3: the previous record was edited or replaced"),
        (_delete_second, "records seq 1..1 are missing"),
        (_delete_first, "records seq 0..0 are missing"),
        (_swap, "out of order"),
    ],
)
def test_tampering_is_detected(tmp_path: Path, tamper: Callable[[list[bytes]], None], expected: str) -> None:
    path = tmp_path / "a.jsonl"
    write_log(path, 5)
    content = lines(path)
    tamper(content)
    path.write_bytes(b"".join(content))
    report = verify([path])
    assert not report.ok and not report.torn_tail
    assert any(expected in problem for problem in report.problems), report.problems


def test_truncated_last_line_is_a_torn_tail(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    write_log(path, 4)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 30])
    report = verify([path])
    assert (report.ok, report.torn_tail, report.records) == (False, True, 3)
    assert verify_main([str(path)]) == 1


def test_reopen_continues_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    first = write_log(path, 3)
    second = write_log(path, 2)
    assert second[0]["seq"] == 3 and second[0]["prev"] == first[-1]["hash"]
    assert verify([path]).ok and verify([path]).records == 5


def test_reopen_sets_a_torn_tail_aside(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = write_log(path, 3)
    with path.open("ab") as f:
        f.write(b'{"request_id":"r3","seq":3,"pr')  # the crash happened here
    more = write_log(path, 1)
    assert more[0]["seq"] == 3 and more[0]["prev"] == records[-1]["hash"]
    assert (tmp_path / "a.jsonl.torn").read_bytes() == b'{"request_id":"r3","seq":3,"pr\n'
    report = verify([tmp_path])
    assert report.ok and report.records == 4
    assert any("a.jsonl.torn" in note for note in report.notes)


def test_reopen_refuses_a_log_whose_last_line_is_garbage(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    write_log(path, 2)
    with path.open("ab") as f:
        f.write(b"not json\n")
    with pytest.raises(AuditLogCorrupt):
        AuditLog(path, salt=SALT)


def test_second_writer_on_the_same_file_is_refused(tmp_path: Path) -> None:
    with AuditLog(tmp_path / "a.jsonl", salt=SALT), pytest.raises(RuntimeError, match="already open"):
        AuditLog(tmp_path / "a.jsonl", salt=SALT)


def test_rotation_keeps_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = write_log(path, 40, rotate_bytes=1000)
    rotated = sorted(tmp_path.glob("a.jsonl.0*"))
    assert len(rotated) >= 3 and all(p.stat().st_size <= 1000 for p in rotated)
    more = write_log(path, 5, rotate_bytes=1000)
    assert more[0]["seq"] == 40 and more[0]["prev"] == records[-1]["hash"]
    report = verify([tmp_path])
    assert report.ok and report.records == 45 and report.files[-1] == str(path)
    # The same chain given as a glob, in shell (lexicographic) order, is put back in chain order.
    assert verify_main([str(tmp_path / "a.jsonl*")]) == 0


def test_rotation_detects_a_missing_or_swapped_file(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    write_log(path, 40, rotate_bytes=1000)
    first, second = tmp_path / "a.jsonl.000001", tmp_path / "a.jsonl.000002"
    swap = tmp_path / "swap"
    first.rename(swap)
    second.rename(first)
    swap.rename(second)
    assert not verify([tmp_path]).ok
    second.unlink()
    assert any("missing" in p for p in verify([tmp_path]).problems)


def test_reopen_after_rotation_with_empty_active_file(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = write_log(path, 10, rotate_bytes=600)
    path.rename(tmp_path / "a.jsonl.000099")  # as if rotated just before the crash
    more = write_log(path, 1, rotate_bytes=600)
    assert more[0]["seq"] == 10 and more[0]["prev"] == records[-1]["hash"]
    assert verify([tmp_path]).ok


def test_rotation_never_overwrites_after_a_gap(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    write_log(path, 20, rotate_bytes=700)
    (tmp_path / "a.jsonl.000001").unlink()  # e.g. removed by a retention job
    kept = {p: p.read_bytes() for p in tmp_path.glob("a.jsonl.0*")}
    assert len(kept) >= 3
    write_log(path, 20, rotate_bytes=700)
    assert {p: p.read_bytes() for p in kept} == kept


def test_two_chains_in_one_directory(tmp_path: Path) -> None:
    write_log(tmp_path / "audit-a.jsonl", 3)
    write_log(tmp_path / "audit-b.jsonl", 4)
    (tmp_path / ".salt").write_text("0123abcd")  # the serving layer keeps its salt beside the logs
    report = verify([tmp_path])
    assert report.ok and report.records == 7 and len(report.notes) == 2


def test_concurrent_appends_from_threads(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    with AuditLog(path, salt=SALT, fsync="never", rotate_bytes=20_000) as log:

        def worker(n: int) -> None:
            for i in range(150):
                log.append({"request_id": f"{n}-{i}"})

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    report = verify([tmp_path])
    assert report.ok and report.records == 1200


@pytest.fixture
def fsync_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count real os.fsync calls made by the audit module (each call still goes to the OS)."""
    calls: list[int] = []
    real = os.fsync

    def counting(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr(audit_module.os, "fsync", counting)
    return calls


def test_fsync_always_syncs_every_record(tmp_path: Path, fsync_calls: list[int]) -> None:
    with AuditLog(tmp_path / "a.jsonl", salt=SALT, fsync="always") as log:
        before = len(fsync_calls)
        for i in range(5):
            log.append({"i": i})
        assert len(fsync_calls) - before == 5


def test_fsync_never_does_not_sync(tmp_path: Path, fsync_calls: list[int]) -> None:
    write_log(tmp_path / "a.jsonl", 5, fsync="never")
    assert fsync_calls == []


def test_fsync_interval_batches_and_syncs_after_idle(tmp_path: Path, fsync_calls: list[int]) -> None:
    with AuditLog(tmp_path / "a.jsonl", salt=SALT, fsync="interval", fsync_interval_s=0.2) as log:
        start = len(fsync_calls)
        for i in range(50):
            log.append({"i": i})
        assert 1 <= len(fsync_calls) - start < 10
        assert log._dirty  # the tail of the burst is not synced yet
        idle = threading.Event()
        threading.Timer(0.6, idle.set).start()
        idle.wait()
        assert not log._dirty  # the timer synced it without another append


def test_closed_log_refuses_appends(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a.jsonl", salt=SALT)
    log.close()
    with pytest.raises(ValueError, match="closed"):
        log.append({"x": 1})


def test_verify_main_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_log(tmp_path / "a.jsonl", 2)
    assert verify_main([str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("OK: 2 records in 1 file(s)")
    assert verify_main([str(tmp_path / "missing*.jsonl")]) == 1
