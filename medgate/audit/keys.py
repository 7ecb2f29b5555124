"""Loading the chain key and the hashing salt; generating them once, atomically, when allowed.

Neither may live on the audit volume: whoever can write the logs must not be able to re-sign
them (key) or to test guesses at a patient's data against the logged hashes (salt). In a
cluster both come from Kubernetes Secrets; a local ``medgate serve`` generates them in the
user's config directory.
"""

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from medgate.audit.files import fsync_dir, write_all


def read_secret_file(path: Path) -> bytes:
    """A secret's bytes from a file (a Secret mount), without the trailing newline editors add."""
    value = Path(path).expanduser().read_bytes().rstrip(b"\r\n")
    if not value:
        raise ValueError(f"{path} is empty")
    return value


def create_secret_once(path: Path, nbytes: int = 32) -> bytes:
    """Read the secret at ``path``, creating it first (random, hex) if it does not exist.

    Written to a temporary file, fsynced, then linked into place: a concurrent reader never
    sees a partial file, and ``link`` (unlike ``rename``) never replaces a secret another
    process created first, so every process ends up with the same value.
    """
    path = Path(path).expanduser()
    if path.exists():
        return read_secret_file(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        write_all(fd, secrets.token_hex(nbytes).encode("ascii") + b"\n")
        os.fsync(fd)
        os.close(fd)
        fd = -1
        with contextlib.suppress(FileExistsError):  # another process won the race: use its secret
            os.link(temp, path)
        fsync_dir(path.parent)
    finally:
        if fd >= 0:
            os.close(fd)
        os.unlink(temp)
    return read_secret_file(path)


def is_inside(path: Path, directory: Path) -> bool:
    """Whether ``path`` is ``directory`` or lies under it (after resolving ``~`` and symlinks)."""
    inner, outer = Path(path).expanduser().resolve(), Path(directory).expanduser().resolve()
    return inner == outer or outer in inner.parents
