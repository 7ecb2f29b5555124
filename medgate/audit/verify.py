"""Verify audit log hash chains: find edited, deleted, reordered records and torn last lines.

    medgate audit verify FILE|DIR|GLOB...

Files are grouped into chains (``NAME`` plus its rotated ``NAME.000001``…) and each chain is
checked in order from its first record (``seq`` 0, ``prev`` = 64 zeros). A directory stands for
the ``*.jsonl`` logs in it (and their rotated files); other files there (a salt file) are ignored.
"""

import argparse
import glob
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medgate.audit.chain import GENESIS, TORN_SUFFIX, chain_key, group_chains, record_hash


@dataclass
class VerifyReport:
    """Outcome of ``verify``: ok only without problems and without a torn tail."""

    ok: bool
    records: int
    files: list[str]
    problems: list[str]
    torn_tail: bool
    notes: list[str] = field(default_factory=list)


@dataclass
class _ChainState:
    seq: int = 0
    prev: str = GENESIS
    records: int = 0
    problems: list[str] = field(default_factory=list)
    torn_tail: bool = False


def _check_line(state: _ChainState, where: str, line: bytes) -> None:
    """Check one complete line against the chain so far, then move the chain on past it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        state.problems.append(f"{where}: not a JSON record (edited or corrupted)")
        return
    if not isinstance(record, dict) or not isinstance(record.get("seq"), int) or "prev" not in record:
        state.problems.append(f"{where}: not a chained audit record")
        return
    state.records += 1
    seq = record["seq"]
    if record.get("hash") != record_hash(record):
        state.problems.append(f"{where}: record seq {seq} was edited (its hash does not match its content)")
    if record["prev"] != state.prev:
        if seq > state.seq:
            what = f"records seq {state.seq}..{seq - 1} are missing (deleted)"
        elif seq < state.seq:
            what = f"record seq {seq} is out of order or repeated (expected seq {state.seq})"
        else:
            what = "the previous record was edited or replaced"
        state.problems.append(f"{where}: chain broken before seq {seq}: {what}")
    elif seq != state.seq:
        state.problems.append(f"{where}: seq {seq} where {state.seq} was expected (seq edited)")
    state.seq, state.prev = seq + 1, str(record.get("hash"))


def _check_file(state: _ChainState, path: Path, last_in_chain: bool) -> None:
    data = path.read_bytes()
    *lines, tail = data.split(b"\n")
    for number, line in enumerate(lines, start=1):
        _check_line(state, f"{path}:{number}", line)
    if tail:
        if last_in_chain:
            state.torn_tail = True
            state.problems.append(
                f"{path}:{len(lines) + 1}: torn last line ({len(tail)} bytes, a crash mid-write?); "
                f"the {len(lines)} complete lines before it were checked"
            )
        else:
            state.problems.append(f"{path}: rotated file ends in the middle of a line (truncated)")


def _expand(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in path.iterdir() if p.is_file() and chain_key(p)[0].suffix == ".jsonl")
        elif path.exists():
            files.append(path)
        else:
            files.extend(Path(p) for p in sorted(glob.glob(str(path))))
    return files


def verify(paths: Sequence[Path]) -> VerifyReport:
    """Check every chain found in the given files, directories or glob patterns."""
    files = _expand([Path(p) for p in paths])
    report = VerifyReport(ok=True, records=0, files=[], problems=[], torn_tail=False)
    if not files:
        report.ok = False
        report.problems.append(f"no audit log files found in {', '.join(map(str, paths))}")
        return report
    for active, chain in group_chains(files).items():
        state = _ChainState()
        for index, path in enumerate(chain):
            _check_file(state, path, last_in_chain=index == len(chain) - 1)
        report.files.extend(str(p) for p in chain)
        report.records += state.records
        report.problems.extend(state.problems)
        report.torn_tail |= state.torn_tail
        report.notes.append(f"{active}: {state.records} records, head seq {state.seq - 1} hash {state.prev}")
        torn = active.with_name(active.name + TORN_SUFFIX)
        if torn.exists():
            report.notes.append(f"{torn}: fragment(s) of a torn write set aside when the log was reopened")
    report.ok = not report.problems and not report.torn_tail
    return report


def verify_main(argv: Sequence[str]) -> int:
    """``medgate audit verify``: print a readable report; exit 0 when intact, 1 when tampered or torn."""
    parser = argparse.ArgumentParser(prog="medgate audit verify", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="log files, directories or glob patterns")
    report = verify(parser.parse_args(list(argv)).paths)
    print(f"{'OK' if report.ok else 'FAILED'}: {report.records} records in {len(report.files)} file(s)")
    for note in report.notes:
        print(f"  note: {note}")
    for problem in report.problems:
        print(f"  problem: {problem}")
    return 0 if report.ok else 1
