"""The audit log's on-disk format: canonical JSON lines chained by SHA-256, and file naming.

Each line is the canonical JSON (sorted keys, no spaces, UTF-8) of one record. A record
carries ``seq`` (0, 1, 2… across the whole chain), ``prev`` (the previous record's ``hash``;
64 zeros for the first record) and ``hash`` = sha256 of the canonical JSON of the record
without ``hash``. A chain is the active file ``NAME`` plus its rotated files ``NAME.000001``,
``NAME.000002``… (oldest first, the active file last). A crash fragment set aside when a log
is reopened goes to ``NAME.torn``.
"""

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
CHAIN_FIELDS = ("seq", "prev", "hash")
TORN_SUFFIX = ".torn"
_ROTATED = re.compile(r"^(?P<chain>.+)\.(?P<index>\d{6,})$")


def canonical(record: Mapping[str, Any]) -> bytes:
    """Canonical JSON bytes: sorted keys, compact separators, UTF-8, no NaN/Infinity."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def record_hash(record: Mapping[str, Any]) -> str:
    """sha256 over the canonical JSON of the record without its own ``hash`` field."""
    return hashlib.sha256(canonical({k: v for k, v in record.items() if k != "hash"})).hexdigest()


def rotated_name(active: Path, index: int) -> Path:
    """The name the active file gets when it is rotated out as the index-th file."""
    return active.with_name(f"{active.name}.{index:06d}")


def chain_key(path: Path) -> tuple[Path, float]:
    """(active file of the chain, position in the chain): rotated files by index, active file last."""
    match = _ROTATED.match(path.name)
    if match:
        return path.with_name(match["chain"]), int(match["index"])
    return path, float("inf")


def rotated_files(active: Path) -> list[Path]:
    """The chain's rotated files, oldest first."""
    found = [p for p in active.parent.glob(f"{active.name}.*") if _ROTATED.match(p.name)]
    return sorted(found, key=lambda p: chain_key(p)[1])


def group_chains(paths: Iterable[Path]) -> dict[Path, list[Path]]:
    """Group log files by chain and put each chain in order; ``.torn``/``.lock`` side files are skipped."""
    chains: dict[Path, list[Path]] = {}
    for path in sorted(set(paths), key=chain_key):
        if path.name.endswith((TORN_SUFFIX, ".lock")):
            continue
        chains.setdefault(chain_key(path)[0], []).append(path)
    return chains
