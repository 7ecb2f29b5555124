"""The audit chains' on-disk format: canonical JSON lines linked by a keyed HMAC-SHA256, and file naming.

Each line is the canonical JSON (sorted keys, no spaces, UTF-8) of one record. A record carries
``seq`` (0, 1, 2… across the whole chain), ``kid`` (the id of the key that signed it), ``prev``
(the previous record's ``hash``) and ``hash`` = HMAC-SHA256 under that key of the canonical JSON
of the record without ``hash``. The first record's ``prev`` is derived from the chain's name, so a
file renamed to another chain's name does not verify. Without the key nobody can produce a
``hash`` that verifies: recomputing the chain after an edit needs the key, which never lives on
the audit volume.

A chain is the active file ``NAME`` plus its rotated files ``NAME.000001``, ``NAME.000002``…
(oldest first, the active file last). A crash fragment set aside when a log is reopened goes to
``NAME.torn``.
"""

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

CHAIN_FIELDS = ("seq", "prev", "kid", "hash")
TORN_SUFFIX = ".torn"
MANIFEST_NAME = "manifest.jsonl"  # in the audit directory: every chain file writers created
ANCHORS_NAME = "anchors.jsonl"  # in the anchor directory: chain heads over time
MIN_KEY_BYTES = 32
_ROTATED = re.compile(r"^(?P<chain>.+)\.(?P<index>\d{6,})$")

Record = dict[str, object]  # JSON-serialisable values; canonical() refuses anything else


@dataclass(frozen=True)
class ChainKey:
    """A chain key and its public id. The id is derived from the key so the two cannot disagree."""

    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) < MIN_KEY_BYTES:
            raise ValueError(f"the audit chain key must have at least {MIN_KEY_BYTES} bytes")

    @property
    def kid(self) -> str:
        return hashlib.sha256(b"medgate-audit-kid\0" + self.secret).hexdigest()[:16]

    def __repr__(self) -> str:  # never print the secret
        return f"ChainKey(kid={self.kid})"


def canonical(record: Mapping[str, object]) -> bytes:
    """Canonical JSON bytes: sorted keys, compact separators, UTF-8, no NaN/Infinity."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def record_mac(key: ChainKey, record: Mapping[str, object]) -> str:
    """HMAC-SHA256 under the key over the canonical JSON of the record without its own ``hash`` field."""
    body = canonical({k: v for k, v in record.items() if k != "hash"})
    return hmac.new(key.secret, body, hashlib.sha256).hexdigest()


def genesis(chain: str) -> str:
    """The ``prev`` of a chain's first record: bound to the chain's name (its active file's name)."""
    return hashlib.sha256(b"medgate-audit-genesis\0" + chain.encode("utf-8")).hexdigest()


def seal(key: ChainKey, record: Mapping[str, object], *, seq: int, prev: str) -> Record:
    """The record with its chain fields set and signed."""
    if clash := [k for k in CHAIN_FIELDS if k in record]:
        raise ValueError(f"record must not set chain fields {clash}")
    full: Record = dict(record)
    full["seq"], full["prev"], full["kid"] = seq, prev, key.kid
    full["hash"] = record_mac(key, full)
    return full


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
