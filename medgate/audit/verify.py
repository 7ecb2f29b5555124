"""Verify keyed audit chains against the key, the manifest and the anchor log.

    medgate audit verify --key-file KEY [--key-file OLD_KEY...] [--anchors ANCHOR_DIR] DIR|FILE|GLOB...

Each chain (``NAME`` plus its rotated ``NAME.000001``…) is checked in order from its first
record: every record's HMAC under the key its ``kid`` names (an edit, or a rewrite by someone
without the key, does not verify), its ``seq`` and its link to the previous record (a deleted,
inserted or reordered record breaks the links). A directory stands for its ``*.jsonl`` chains
and is checked against its ``manifest.jsonl`` (itself a keyed chain): a chain file the manifest
lists that is gone was deleted. With ``--anchors`` every anchored head must still be in its
chain with the same hash: a chain cut back past its last anchor, or rewritten, or deleted with
its manifest entries, is caught. Records written after the last anchor can still be cut off
unnoticed; the anchor interval bounds that window.

A torn last line (a crash in the middle of a write, never acknowledged) is reported as a note.
"""

import argparse
import glob
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medgate.audit.chain import (
    ANCHORS_NAME,
    MANIFEST_NAME,
    TORN_SUFFIX,
    ChainKey,
    Record,
    chain_key,
    genesis,
    group_chains,
    record_mac,
    rotated_name,
)
from medgate.audit.keys import read_secret_file

_SIDE_FILES = (MANIFEST_NAME, ANCHORS_NAME)


@dataclass
class VerifyReport:
    """Outcome of ``verify``: ok when no problem was found (a torn last line is only a note)."""

    ok: bool
    records: int
    files: list[str]
    problems: list[str]
    torn_tail: bool
    notes: list[str] = field(default_factory=list)


@dataclass
class _Chain:
    """The running state of one chain's check."""

    name: str
    keys: Mapping[str, ChainKey]
    wanted: set[int] = field(default_factory=set)  # seqs whose hash the anchors need
    seq: int = 0
    prev: str = ""
    records: int = 0
    problems: list[str] = field(default_factory=list)
    torn_tail: bool = False
    entries: list[Record] = field(default_factory=list)  # kept for side chains only
    hashes: dict[int, str] = field(default_factory=dict)
    keep_entries: bool = False

    def __post_init__(self) -> None:
        self.prev = genesis(self.name)

    def check_line(self, where: str, line: bytes) -> None:
        """Check one complete line against the chain so far, then move the chain on past it."""
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            self.problems.append(f"{where}: not a JSON record (edited or corrupted)")
            return
        if not isinstance(record, dict) or not isinstance(record.get("seq"), int) or "prev" not in record:
            self.problems.append(f"{where}: not a chained audit record")
            return
        self.records += 1
        seq, kid = record["seq"], str(record.get("kid"))
        key = self.keys.get(kid)
        if key is None:
            self.problems.append(f"{where}: record seq {seq} is signed with key id {kid}, which was not given")
        elif record.get("hash") != record_mac(key, record):
            self.problems.append(
                f"{where}: record seq {seq} does not verify under key {kid} (edited, or rewritten without the key)"
            )
        if record["prev"] != self.prev:
            if seq > self.seq:
                what = f"records seq {self.seq}..{seq - 1} are missing (deleted)"
            elif seq < self.seq:
                what = f"record seq {seq} is out of order or repeated (expected seq {self.seq})"
            elif seq == 0:
                what = "the first record does not belong to this chain (file renamed or swapped?)"
            else:
                what = "the previous record was edited or replaced"
            self.problems.append(f"{where}: chain broken before seq {seq}: {what}")
        elif seq != self.seq:
            self.problems.append(f"{where}: seq {seq} where {self.seq} was expected (seq edited)")
        if seq in self.wanted:
            self.hashes[seq] = str(record.get("hash"))
        if self.keep_entries:
            self.entries.append(record)
        self.seq, self.prev = seq + 1, str(record.get("hash"))

    def check_file(self, path: Path, last_in_chain: bool) -> None:
        data = path.read_bytes()
        *lines, tail = data.split(b"\n")
        for number, line in enumerate(lines, start=1):
            self.check_line(f"{path}:{number}", line)
        if not tail:
            return
        if last_in_chain:
            self.torn_tail = True
        else:
            self.problems.append(f"{path}: rotated file ends in the middle of a line (truncated)")


def load_keys(files: Sequence[Path]) -> list[ChainKey]:
    """The chain keys in the given files (current and retired ones: records name theirs by ``kid``)."""
    return [ChainKey(read_secret_file(path)) for path in files]


def _expand(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(chain files, directories given) for files, directories and glob patterns."""
    files: list[Path] = []
    directories: list[Path] = []
    for path in paths:
        if path.is_dir():
            directories.append(path)
            files.extend(p for p in path.iterdir() if p.is_file() and chain_key(p)[0].suffix == ".jsonl")
        elif path.exists():
            files.append(path)
        else:
            files.extend(Path(p) for p in sorted(glob.glob(str(path))))
    return [f for f in files if chain_key(f)[0].name not in _SIDE_FILES], directories


def _side_chain(path: Path, keys: Mapping[str, ChainKey], report: VerifyReport) -> list[Record]:
    """Check a manifest or anchor log (each a keyed chain) and return its entries."""
    chain = _Chain(path.name, keys, keep_entries=True)
    chain.check_file(path, last_in_chain=True)
    report.problems.extend(chain.problems)
    if chain.torn_tail:
        report.notes.append(f"{path}: torn last entry (a crash mid-append)")
    return chain.entries


def _check_manifest(directory: Path, chains: dict[Path, list[Path]], keys: Mapping[str, ChainKey]) -> VerifyReport:
    """Every file the manifest lists must exist; every chain present must be listed."""
    report = VerifyReport(ok=True, records=0, files=[], problems=[], torn_tail=False)
    manifest = directory / MANIFEST_NAME
    here = {active: files for active, files in chains.items() if active.parent.resolve() == directory.resolve()}
    present = {p.name for chain in here.values() for p in chain}
    if not manifest.exists():
        if present:
            report.problems.append(f"{manifest} is missing: which chain files should exist cannot be checked")
        return report
    expected: dict[str, set[str]] = {}
    for entry in _side_chain(manifest, keys, report):
        name, rotations = str(entry.get("chain")), _int(entry.get("rotations"), 0)
        rotated = {rotated_name(directory / name, i).name for i in range(1, rotations + 1)}
        expected.setdefault(name, set()).update({name, *rotated})
    for name, files in sorted(expected.items()):
        on_disk = {f for f in files if f in present}
        if not on_disk:
            report.problems.append(f"{directory / name}: chain listed in the manifest is missing (deleted)")
            continue
        for missing in sorted(files - on_disk):
            if missing == name and _rotated_since(directory / name, files, present):
                report.notes.append(f"{directory / name}: missing after a rotation the manifest had not recorded yet")
            else:
                report.problems.append(f"{directory / missing}: listed in the manifest but missing (deleted)")
    for active, chain in here.items():
        if active.name not in expected:
            report.problems.append(f"{active}: chain not in the manifest (manifest cut back, or chain added)")
            continue
        for path in chain:
            if path.name not in expected[active.name]:
                report.notes.append(f"{path}: not in the manifest yet (a crash during rotation?)")
    return report


def _rotated_since(active: Path, listed: set[str], present: set[str]) -> bool:
    """Whether a rotated file newer than the manifest knows exists (the active file was just renamed)."""
    return any(name not in listed and chain_key(active.with_name(name))[0] == active for name in present)


def _anchored_heads(anchors: Path, keys: Mapping[str, ChainKey], report: VerifyReport) -> dict[str, list[Record]]:
    path = anchors / ANCHORS_NAME if anchors.is_dir() else anchors
    if not path.exists():
        report.problems.append(f"{path}: anchor log not found")
        return {}
    heads: dict[str, list[Record]] = {}
    for entry in _side_chain(path, keys, report):
        if entry.get("event") == "head":
            heads.setdefault(str(entry.get("chain")), []).append(entry)
    return heads


def _int(value: object, default: int = -1) -> int:
    """An integer field of an entry that verified under the key (so it was written by medgate)."""
    return value if isinstance(value, int) else default


def _check_anchors(name: str, chain: _Chain | None, heads: list[Record], report: VerifyReport) -> None:
    last = max(heads, key=lambda h: _int(h.get("head_seq")))
    if chain is None:
        report.problems.append(
            f"{name}: chain anchored at seq {last.get('head_seq')} ({last.get('time')}) is missing (deleted)"
        )
        return
    for head in heads:
        seq = _int(head.get("head_seq"))
        if seq < 0:
            continue
        if seq >= chain.seq:
            report.problems.append(
                f"{name}: truncated: anchored at seq {seq} ({head.get('time')}), the chain ends at seq {chain.seq - 1}"
            )
            return
        if chain.hashes.get(seq) != head.get("head_hash"):
            when = head.get("time")
            report.problems.append(f"{name}: record seq {seq} differs from its anchor of {when} (rewritten)")


def verify(paths: Sequence[Path], *, keys: Sequence[ChainKey], anchors: Path | None = None) -> VerifyReport:
    """Check every chain found in the given files, directories or glob patterns."""
    keyring = {key.kid: key for key in keys}
    report = VerifyReport(ok=True, records=0, files=[], problems=[], torn_tail=False)
    if not keyring:
        report.problems.append("no chain key given: records cannot be authenticated")
    files, directories = _expand([Path(p) for p in paths])
    chains = group_chains(files)
    if not chains and not directories:
        report.problems.append(f"no audit log files found in {', '.join(map(str, paths))}")
    heads = _anchored_heads(anchors, keyring, report) if anchors is not None else {}
    checked: dict[str, _Chain] = {}
    for active, chain_files in chains.items():
        wanted = {_int(h.get("head_seq")) for h in heads.get(active.name, [])}
        state = _Chain(active.name, keyring, wanted=wanted)
        for index, path in enumerate(chain_files):
            state.check_file(path, last_in_chain=index == len(chain_files) - 1)
        checked[active.name] = state
        report.files.extend(str(p) for p in chain_files)
        report.records += state.records
        report.problems.extend(state.problems)
        report.torn_tail |= state.torn_tail
        report.notes.append(f"{active}: {state.records} records, head seq {state.seq - 1} hash {state.prev}")
        if state.torn_tail:
            report.notes.append(f"{chain_files[-1]}: torn last line (a crash mid-write; never acknowledged)")
        torn = active.with_name(active.name + TORN_SUFFIX)
        if torn.exists():
            report.notes.append(f"{torn}: fragment(s) of a torn write set aside when the log was reopened")
    for directory in directories:
        sub = _check_manifest(directory, chains, keyring)
        report.problems.extend(sub.problems)
        report.notes.extend(sub.notes)
    if not directories:
        report.notes.append("files given, not a directory: the manifest (deleted files) was not checked")
    if anchors is None:
        report.notes.append("no --anchors: a tail cut back or a chain deleted with its manifest entries goes unseen")
    for name, chain_heads in sorted(heads.items()):
        _check_anchors(name, checked.get(name), chain_heads, report)
    report.ok = not report.problems
    return report


def verify_main(argv: Sequence[str]) -> int:
    """``medgate audit verify``: print a readable report; exit 0 when intact, 1 when not, 2 without a key."""
    parser = argparse.ArgumentParser(prog="medgate audit verify", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="audit directories, log files or glob patterns")
    parser.add_argument(
        "--key-file",
        type=Path,
        action="append",
        default=[],
        help="file holding a chain key (repeat for retired keys); default: $MEDGATE_AUDIT__KEY",
    )
    parser.add_argument("--anchors", type=Path, help="the anchor directory (or its anchors.jsonl)")
    args = parser.parse_args(list(argv))
    keys = load_keys(args.key_file)
    if not keys and os.environ.get("MEDGATE_AUDIT__KEY"):
        keys = [ChainKey(os.environ["MEDGATE_AUDIT__KEY"].encode("utf-8"))]
    if not keys:
        parser.error(
            "a chain key is needed: --key-file FILE (or MEDGATE_AUDIT__KEY); a local medgate serve "
            "generates $XDG_CONFIG_HOME/medgate/audit-chain.key and anchors in AUDIT_DIR-anchors"
        )
    report = verify(args.paths, keys=keys, anchors=args.anchors)
    print(f"{'OK' if report.ok else 'FAILED'}: {report.records} records in {len(report.files)} file(s)")
    for note in report.notes:
        print(f"  note: {note}")
    for problem in report.problems:
        print(f"  problem: {problem}")
    return 0 if report.ok else 1
