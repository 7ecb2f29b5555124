"""verify against an insider: every edit, deletion, insertion, reordering, truncation and forgery is reported.

Two replicas' chains are written through the real writer (a rotates into several files, b does not),
then tampered with on disk the way someone with write access to the audit volume, but without the
chain key and without access to the anchor volume, could.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from audit_helpers import KEY, audit_config, check, lines, write_records

from medgate.audit import ChainKey, verify_main
from medgate.audit.chain import canonical, genesis, record_mac
from medgate.cli import main as medgate_main

FORGER = ChainKey(b"f" * 40)  # a key the insider made up


def _resign(key: ChainKey, records: list[dict], *, kid: str | None = None, chain: str = "audit-b.jsonl") -> bytes:
    """Re-link and re-sign a whole chain as a forger would (HMAC under their own key)."""
    prev, out = genesis(chain), []
    for seq, record in enumerate(records):
        record = {k: v for k, v in record.items() if k != "hash"} | {"seq": seq, "prev": prev, "kid": kid or key.kid}
        record["hash"] = record_mac(key, record)
        prev = record["hash"]
        out.append(canonical(record) + b"\n")
    return b"".join(out)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_records(audit_config(tmp_path, rotate_bytes=1500), "a", 24)
    write_records(audit_config(tmp_path), "b", 6)
    assert len(list((tmp_path / "audit").glob("audit-a.jsonl.0*"))) >= 2
    report = check(tmp_path)
    assert report.ok and report.records == 30, report.problems
    return tmp_path


def _edit(path: Path, change: Callable[[list[bytes]], None]) -> None:
    content = lines(path)
    change(content)
    path.write_bytes(b"".join(content))


def edit_a_field(root: Path) -> str:
    _edit(root / "audit/audit-b.jsonl", lambda c: c.__setitem__(2, c[2].replace(b'"status":200', b'"status":403')))
    return "record seq 2 does not verify"


def edit_and_rehash_with_sha256(root: Path) -> str:
    def change(content: list[bytes]) -> None:
        record = json.loads(content[2]) | {"status": 403}
        record["hash"] = hashlib.sha256(canonical({k: v for k, v in record.items() if k != "hash"})).hexdigest()
        content[2] = canonical(record) + b"\n"

    _edit(root / "audit/audit-b.jsonl", change)
    return "record seq 2 does not verify"


def rewrite_the_chain_with_a_forged_key(root: Path) -> str:
    path = root / "audit/audit-b.jsonl"
    records = [json.loads(line) | {"status": 403} for line in lines(path)]
    path.write_bytes(_resign(FORGER, records))
    return f"signed with key id {FORGER.kid}, which was not given"


def rewrite_the_chain_claiming_the_real_key_id(root: Path) -> str:
    path = root / "audit/audit-b.jsonl"
    records = [json.loads(line) | {"status": 403} for line in lines(path)]
    path.write_bytes(_resign(FORGER, records, kid=KEY.kid))
    return "record seq 0 does not verify"


def delete_a_record(root: Path) -> str:
    _edit(root / "audit/audit-b.jsonl", lambda c: c.__delitem__(2))
    return "records seq 2..2 are missing (deleted)"


def delete_the_first_record(root: Path) -> str:
    _edit(root / "audit/audit-b.jsonl", lambda c: c.__delitem__(0))
    return "records seq 0..0 are missing (deleted)"


def insert_a_copied_record(root: Path) -> str:
    _edit(root / "audit/audit-b.jsonl", lambda c: c.insert(4, c[1]))
    return "record seq 1 is out of order or repeated"


def insert_a_forged_record(root: Path) -> str:
    def change(content: list[bytes]) -> None:
        before = json.loads(content[3])
        forged = {"request_id": "invented", "status": 200, "seq": 4, "prev": before["hash"], "kid": KEY.kid}
        forged["hash"] = record_mac(FORGER, forged)
        content.insert(4, canonical(forged) + b"\n")

    _edit(root / "audit/audit-b.jsonl", change)
    return "record seq 4 does not verify"


def reorder_records(root: Path) -> str:
    _edit(root / "audit/audit-b.jsonl", lambda c: c.__setitem__(slice(1, 4), [c[3], c[2], c[1]]))
    return "out of order"


def truncate_the_tail_past_the_last_anchor(root: Path) -> str:
    _edit(root / "audit/audit-b.jsonl", lambda c: c.__delitem__(slice(3, None)))
    return "audit-b.jsonl: truncated: anchored at seq 5"


def cut_a_rotated_file_mid_line(root: Path) -> str:
    path = root / "audit/audit-a.jsonl.000001"
    path.write_bytes(path.read_bytes()[:-20])
    return "rotated file ends in the middle of a line"


def delete_a_chain(root: Path) -> str:
    (root / "audit/audit-b.jsonl").unlink()
    return "audit-b.jsonl: chain listed in the manifest is missing (deleted)"


def delete_a_chain_and_its_manifest_entries(root: Path) -> str:
    (root / "audit/audit-b.jsonl").unlink()
    _edit(root / "audit/manifest.jsonl", lambda c: c.__delitem__(slice(-1, None)))  # b's "open" entry, the last
    return "audit-b.jsonl: chain anchored at seq 5"


def delete_a_rotated_file(root: Path) -> str:
    (root / "audit/audit-a.jsonl.000002").unlink()
    return "audit-a.jsonl.000002: listed in the manifest but missing (deleted)"


def delete_the_newest_file_of_a_rotated_chain(root: Path) -> str:
    (root / "audit/audit-a.jsonl").unlink()
    return "audit-a.jsonl: listed in the manifest but missing (deleted)"


def delete_the_manifest(root: Path) -> str:
    (root / "audit/manifest.jsonl").unlink()
    return "manifest.jsonl is missing"


def swap_two_replicas_files(root: Path) -> str:
    a, b, tmp = root / "audit/audit-a.jsonl.000001", root / "audit/audit-b.jsonl", root / "audit/swap"
    a.rename(tmp)
    b.rename(a)
    tmp.rename(b)
    return "the first record does not belong to this chain"


def add_a_forged_chain(root: Path) -> str:
    records = [{"request_id": f"invented-{i}", "status": 200} for i in range(3)]
    (root / "audit/audit-c.jsonl").write_bytes(_resign(FORGER, records, chain="audit-c.jsonl"))
    return "audit-c.jsonl: chain not in the manifest"


def edit_the_anchor_log(root: Path) -> str:
    def change(content: list[bytes]) -> None:
        content[-1] = content[-1].replace(b'"head_seq":5', b'"head_seq":2')

    _edit(root / "anchors/anchors.jsonl", change)
    return "does not verify under key"


TAMPERING = [
    edit_a_field,
    edit_and_rehash_with_sha256,
    rewrite_the_chain_with_a_forged_key,
    rewrite_the_chain_claiming_the_real_key_id,
    delete_a_record,
    delete_the_first_record,
    insert_a_copied_record,
    insert_a_forged_record,
    reorder_records,
    truncate_the_tail_past_the_last_anchor,
    cut_a_rotated_file_mid_line,
    delete_a_chain,
    delete_a_chain_and_its_manifest_entries,
    delete_a_rotated_file,
    delete_the_newest_file_of_a_rotated_chain,
    delete_the_manifest,
    swap_two_replicas_files,
    add_a_forged_chain,
    edit_the_anchor_log,
]


@pytest.mark.parametrize("tamper", TAMPERING, ids=[t.__name__ for t in TAMPERING])
def test_tampering_is_detected(root: Path, tamper: Callable[[Path], str]) -> None:
    expected = tamper(root)
    report = check(root)
    assert not report.ok
    assert any(expected in problem for problem in report.problems), report.problems


def test_truncation_needs_the_anchors_to_be_seen(root: Path) -> None:
    """Without the anchor log a clean cut at a line boundary looks like a shorter chain: say so."""
    truncate_the_tail_past_the_last_anchor(root)
    report = check(root, anchors=False)
    assert report.ok and any("no --anchors" in note for note in report.notes)


def test_key_rotation_needs_every_key_named(tmp_path: Path) -> None:
    new = ChainKey(b"n" * 48)
    write_records(audit_config(tmp_path), "a", 3)
    write_records(audit_config(tmp_path, key=new.secret.decode()), "a", 3, start=3)
    assert check(tmp_path, keys=[KEY, new]).ok
    report = check(tmp_path, keys=[new])
    assert not report.ok and any(f"key id {KEY.kid}, which was not given" in p for p in report.problems)


def test_cli_exit_codes(root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    key_file = root / "chain.key"
    key_file.write_bytes(KEY.secret + b"\n")
    args = ["--key-file", str(key_file), "--anchors", str(root / "anchors"), str(root / "audit")]
    assert verify_main(args) == 0
    assert capsys.readouterr().out.startswith("OK: 30 records in")
    delete_a_record(root)
    assert verify_main(args) == 1
    assert "problem:" in capsys.readouterr().out
    monkeypatch.delenv("MEDGATE_AUDIT__KEY", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        verify_main([str(root / "audit")])
    assert exit_info.value.code == 2


def test_the_medgate_command_passes_its_options_through(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key_file = root / "chain.key"
    key_file.write_bytes(KEY.secret)
    argv = ["audit", "verify", "--key-file", str(key_file), "--anchors", str(root / "anchors"), str(root / "audit")]
    assert medgate_main(argv) == 0
    delete_a_chain(root)
    assert medgate_main(argv) == 1
    assert "chain listed in the manifest is missing (deleted)" in capsys.readouterr().out
