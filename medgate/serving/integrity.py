"""Model integrity: check a checkpoint against its sha256 manifest before it is loaded."""

from __future__ import annotations

import hashlib
from pathlib import Path


class IntegrityError(RuntimeError):
    """A model file is missing or does not match its manifest."""


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def verify_manifest(model_dir: Path, manifest: Path) -> int:
    """Check every ``<sha256>  <relative path>`` line (``sha256sum`` format); return the number of files checked."""
    lines = [line.strip() for line in manifest.read_text(encoding="utf-8").splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    if not entries:
        raise IntegrityError(f"manifest {manifest} lists no files")
    root = model_dir.resolve()
    for line in entries:
        expected, _, name = line.partition(" ")
        name = name.strip().lstrip("*")
        target = (root / name).resolve()
        if root not in target.parents:
            raise IntegrityError(f"manifest {manifest} names a file outside the model directory: {name}")
        if not target.is_file():
            raise IntegrityError(f"model file {name} listed in {manifest} is missing from {model_dir}")
        if file_sha256(target) != expected.lower():
            raise IntegrityError(f"model file {name} does not match its sha256 in {manifest}: refusing to load")
    return len(entries)


def write_manifest(model_dir: Path, manifest: Path) -> None:
    """Write a manifest for every file under ``model_dir`` (for operators preparing a model volume)."""
    lines = [
        f"{file_sha256(p)}  {p.relative_to(model_dir).as_posix()}"
        for p in sorted(model_dir.rglob("*"))
        if p.is_file() and p.resolve() != manifest.resolve()
    ]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
