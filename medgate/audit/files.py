"""Small file primitives the audit chains share: whole writes, directory fsync, the last complete line."""

import os
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    """Make a file's creation, rename or removal in the directory durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer than asked, e.g. when the disk fills up)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def complete_size(fd: int) -> int:
    """Bytes up to and including the last newline: everything after it is a torn write."""
    size = os.fstat(fd).st_size
    position, block = size, 4096
    while position > 0:
        step = min(block, position)
        position -= step
        chunk = os.pread(fd, step, position)
        cut = chunk.rfind(b"\n")
        if cut >= 0:
            return position + cut + 1
    return 0


def last_line(fd: int, end: int) -> bytes | None:
    """The complete line ending at byte ``end`` (exclusive, just after its newline), or None at the start."""
    if end <= 0:
        return None
    data, position, block = b"", end - 1, 4096  # skip the line's own newline
    while position > 0:
        step = min(block, position)
        position -= step
        data = os.pread(fd, step, position) + data
        cut = data.rfind(b"\n")
        if cut >= 0:
            return data[cut + 1 :]
    return data
