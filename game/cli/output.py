"""Safe terminal output for every command: closed streams, foreign encodings, stopped readers.

`prepare()` runs once at the start of `main`: a stream that is not open at
all (`>&-`) is replaced by one that refuses writes with StreamClosed, and a
terminal that cannot show every character (ASCII, Latin-1) gets '?' instead
of a UnicodeEncodeError. `stopped_reader()` quiets stdout after a
BrokenPipeError so Python does not complain again at exit.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys

from game.io.render import printable_lines


class StreamClosed(OSError):
    """A command tried to write to a standard stream that is not open."""


class _Closed(io.TextIOBase):
    """Stands in for a closed stdout: any write is StreamClosed, not an AttributeError."""

    def __init__(self, name: str) -> None:
        self.stream_name = name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise StreamClosed(f"standard {self.stream_name} is closed")


class _Discard(io.TextIOBase):
    """Stands in for a closed stderr: messages have nowhere to go, so they are dropped."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def prepare() -> None:
    """Make sys.stdout and sys.stderr safe to write whatever happened to them."""
    if sys.stdout is None:
        sys.stdout = _Closed("output")
    if sys.stderr is None:
        sys.stderr = _Discard()
    for stream in (sys.stdout, sys.stderr):
        _tolerate_encoding(stream)


def _tolerate_encoding(stream: object) -> None:
    """Replace characters the stream's encoding cannot show instead of failing on them."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding in ("utf8", "utf8sig") or reconfigure is None:
        return
    with contextlib.suppress(ValueError, OSError):  # one that cannot be keeps its ways
        reconfigure(errors="replace")


def stopped_reader() -> None:
    """After BrokenPipeError: point stdout at the null device so the exit flush is silent."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def shown(text: str) -> str:
    """Text that came from a file or the records, safe for a terminal (control characters escaped)."""
    return printable_lines(text)
