"""AuditLog and the writer on a healthy disk: chaining, reopening, torn tails, rotation, salted hashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_helpers import KEY, audit_config, check, write_records

from medgate.audit import AuditLog, AuditLogCorrupt, open_audit_writer
from medgate.audit.chain import genesis, record_mac


def test_records_are_chained_and_signed(tmp_path: Path) -> None:
    records = write_records(audit_config(tmp_path), "r1", 5)
    assert [r["seq"] for r in records] == [0, 1, 2, 3, 4]
    assert records[0]["prev"] == genesis("audit-r1.jsonl")
    assert all(b["prev"] == a["hash"] for a, b in zip(records, records[1:], strict=False))
    assert all(r["kid"] == KEY.kid and r["hash"] == record_mac(KEY, r) for r in records)
    on_disk = [json.loads(line) for line in (tmp_path / "audit" / "audit-r1.jsonl").read_bytes().splitlines()]
    assert on_disk == records
    report = check(tmp_path)
    assert (report.ok, report.records, report.torn_tail) == (True, 5, False), report.problems
    assert str(records[-1]["hash"]) in report.notes[0]


def test_chain_fields_cannot_be_supplied(tmp_path: Path) -> None:
    with AuditLog(tmp_path / "a.jsonl", key=KEY) as log, pytest.raises(ValueError, match="chain fields"):
        log.append({"hash": "x"})


def test_hash_text_is_salted_and_keeps_no_text(tmp_path: Path) -> None:
    with (
        open_audit_writer(audit_config(tmp_path / "a"), "r1") as a,
        open_audit_writer(audit_config(tmp_path / "b", salt="another-salt"), "r1") as b,
    ):
        assert a.hash_text("患者张三") == a.hash_text("患者张三") != b.hash_text("患者张三")
        assert len(a.hash_text("x")) == 64 and a.hash_text("x") != a.hash_text("y")
        a.append({"prompt_sha256": a.hash_text("secret prompt")})
    assert b"secret prompt" not in (tmp_path / "a" / "audit" / "audit-r1.jsonl").read_bytes()


def test_reopen_continues_the_chain(tmp_path: Path) -> None:
    config = audit_config(tmp_path)
    first = write_records(config, "r1", 3)
    second = write_records(config, "r1", 2, start=3)
    assert second[0]["seq"] == 3 and second[0]["prev"] == first[-1]["hash"]
    report = check(tmp_path)
    assert report.ok and report.records == 5, report.problems


def test_reopen_sets_a_torn_tail_aside(tmp_path: Path) -> None:
    config = audit_config(tmp_path)
    records = write_records(config, "r1", 3)
    path = tmp_path / "audit" / "audit-r1.jsonl"
    with path.open("ab") as f:
        f.write(b'{"request_id":"r3","seq":3,"pr')  # the crash happened here
    report = check(tmp_path)
    assert report.ok and report.torn_tail, report.problems  # never acknowledged: a note, not tampering
    more = write_records(config, "r1", 1, start=3)
    assert more[0]["seq"] == 3 and more[0]["prev"] == records[-1]["hash"]
    assert (tmp_path / "audit" / "audit-r1.jsonl.torn").read_bytes() == b'{"request_id":"r3","seq":3,"pr\n'
    report = check(tmp_path)
    assert report.ok and report.records == 4 and not report.torn_tail, report.problems
    assert any("audit-r1.jsonl.torn" in note for note in report.notes)


def test_reopen_refuses_a_log_whose_last_line_is_garbage(tmp_path: Path) -> None:
    config = audit_config(tmp_path)
    write_records(config, "r1", 2)
    with (tmp_path / "audit" / "audit-r1.jsonl").open("ab") as f:
        f.write(b"not json\n")
    with pytest.raises(AuditLogCorrupt):
        open_audit_writer(config, "r1")


def test_second_writer_on_the_same_chain_is_refused(tmp_path: Path) -> None:
    config = audit_config(tmp_path)
    with open_audit_writer(config, "r1"), pytest.raises(RuntimeError, match="already open"):
        open_audit_writer(config, "r1")


def test_rotation_keeps_one_chain_and_lists_every_file(tmp_path: Path) -> None:
    config = audit_config(tmp_path, rotate_bytes=2000)
    records = write_records(config, "r1", 40)
    rotated = sorted((tmp_path / "audit").glob("audit-r1.jsonl.0*"))
    assert len(rotated) >= 3
    more = write_records(config, "r1", 5, start=40)
    assert more[0]["seq"] == 40 and more[0]["prev"] == records[-1]["hash"]
    report = check(tmp_path)
    assert report.ok and report.records == 45 and report.files[-1].endswith("audit-r1.jsonl"), report.problems
    manifest = [json.loads(line) for line in (tmp_path / "audit" / "manifest.jsonl").read_bytes().splitlines()]
    listed = {m["file"] for m in manifest if m["event"] == "rotate"}
    assert listed == {p.name for p in (tmp_path / "audit").glob("audit-r1.jsonl.0*")}


def test_reopen_after_a_crash_between_rotation_and_the_new_file(tmp_path: Path) -> None:
    config = audit_config(tmp_path, rotate_bytes=1200)
    records = write_records(config, "r1", 10)
    rotations = len(list((tmp_path / "audit").glob("audit-r1.jsonl.0*")))
    (tmp_path / "audit" / "audit-r1.jsonl").rename(tmp_path / "audit" / f"audit-r1.jsonl.{rotations + 1:06d}")
    report = check(tmp_path)  # the manifest has not heard of the rename yet: a note, not a deletion
    assert report.ok, report.problems
    more = write_records(config, "r1", 1, start=10)
    assert more[0]["seq"] == 10 and more[0]["prev"] == records[-1]["hash"]
    assert check(tmp_path).ok


def test_two_replicas_share_the_manifest_and_the_anchor_log(tmp_path: Path) -> None:
    config = audit_config(tmp_path)
    with open_audit_writer(config, "a") as a, open_audit_writer(config, "b") as b:
        for i in range(3):
            a.append({"request_id": f"a{i}"})
            b.append({"request_id": f"b{i}"})
    report = check(tmp_path)
    assert report.ok and report.records == 6 and len(report.files) == 2, report.problems
    anchors = [json.loads(line) for line in (tmp_path / "anchors" / "anchors.jsonl").read_bytes().splitlines()]
    final = {a["chain"]: a["head_seq"] for a in anchors}
    assert final == {"audit-a.jsonl": 2, "audit-b.jsonl": 2}  # close() anchored each head
