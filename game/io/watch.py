"""Notice when scenario files change, by polling their modification times.

Polling every half second is plenty for a person pressing Save, needs only
the standard library, and behaves the same on every platform and on network
drives, so we use it rather than a file-watching dependency. `snapshot` and
`changed` are pure enough to test directly; `watch` is the loop that
`validate --watch` runs, and the game's F5 reload can use `snapshot` and
`changed` the same way before reloading through game.io.library.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from game.io.library import discover

INTERVAL = 0.5
SETTLE = 0.1  # after a change, wait until the file stops changing (editors save in steps)

Stamp = tuple[int, int]  # modification time in nanoseconds, size in bytes
Snapshot = dict[str, Stamp]


def snapshot(paths: Iterable[Path | str]) -> Snapshot:
    """The stamp of every scenario file under `paths`; missing files are simply absent."""
    files, _ = discover(paths)
    found: Snapshot = {}
    for path in files:
        try:
            info = os.stat(path)
        except OSError:
            continue
        found[str(path)] = (info.st_mtime_ns, info.st_size)
    return found


def changed(before: Snapshot, after: Snapshot) -> list[str]:
    """Files added, removed or modified between two snapshots, sorted."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def watch(
    paths: Iterable[Path | str],
    on_change: Callable[[list[str]], None],
    interval: float = INTERVAL,
    sleep: Callable[[float], None] = time.sleep,
    keep_going: Callable[[], bool] = lambda: True,
    since: Snapshot | None = None,
) -> None:
    """Call `on_change(files)` after every save under `paths` until keep_going() is false.

    `since` is the snapshot taken before the caller last read the files, so a
    save made while it was reading is not missed. Ctrl+C (KeyboardInterrupt)
    is left to the caller, which knows what to say.
    """
    paths = list(paths)
    before = snapshot(paths) if since is None else since
    while keep_going():
        sleep(interval)
        after = snapshot(paths)
        if after == before:
            continue
        after = _settled(paths, after, sleep)
        files = changed(before, after)
        before = after
        if files:
            on_change(files)


def _settled(
    paths: list[Path | str], current: Snapshot, sleep: Callable[[float], None], tries: int = 5
) -> Snapshot:
    for _ in range(tries):
        sleep(SETTLE)
        again = snapshot(paths)
        if again == current:
            break
        current = again
    return current
