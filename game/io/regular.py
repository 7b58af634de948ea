"""Open only regular files: a FIFO, device or socket named like a scenario is never opened.

Opening a FIFO for reading blocks until a writer appears, which froze
`validate` and the game. We check the kind with os.stat first, then open
without blocking and check again on the open handle (the path may have been
swapped in between), so no read can wait on a pipe.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


class NotRegular(OSError):
    """The path exists but is not a regular file; `kind` says what it is instead."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path} is {kind}, not a regular file")
        self.kind = kind


def kind_of(mode: int) -> str:
    """What a file of this st_mode is, in words ('a named pipe', 'a regular file', ...)."""
    return _KINDS.get(stat.S_IFMT(mode), "a regular file" if stat.S_ISREG(mode) else "not a file")


def check_regular(path: Path) -> None:
    """Raise NotRegular unless `path` is a regular file (OSError if it cannot be looked at)."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegular(path, kind_of(mode))


def read_regular(path: Path, limit: int) -> bytes:
    """Up to `limit` + 1 bytes of a regular file, never waiting on a pipe or device."""
    check_regular(path)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(path, kind_of(mode))
        return handle.read(limit + 1)
