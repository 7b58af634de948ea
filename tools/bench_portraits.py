"""The portraits' benchmark rows: frames during a cross-fade, and memory with every portrait loaded.

Both run in a fresh interpreter (bench.run_child) with the play screen of
the missing-penne scenario at 1920x1080; the baselines are measured in the
same process: still frames of the same screen, and the memory before any
portrait beyond the first is rendered.
"""

from __future__ import annotations

import json
from typing import Any

FADES = """
import json, tempfile, time
from pathlib import Path
from game.model.format import MOODS
from game.ui.app import App
app = App(size=(1920, 1080), play_file={penne!r}, data_dir=Path(tempfile.mkdtemp()))
app.finish_loading()  # the file is read off the loop; wait for it here
app.step([])
scene = app.scene
assert scene.name == "play"
for mood in MOODS:  # render each mood once: a round's first frames do this
    scene.face = lambda mood=mood: mood
    scene.dirty = True
    app.step([])
    while scene.animating:
        app.step([])

def still(n):
    times = []
    for _ in range(n):
        scene.dirty = True
        t = time.perf_counter(); app.step([]); times.append(time.perf_counter() - t)
    return times

def fading(n):
    times, turn = [], 0
    while len(times) < n:
        turn += 1
        scene.face = lambda mood=MOODS[turn % len(MOODS)]: mood
        scene.dirty = True
        app.step([])  # the frame that starts the fade
        while scene.animating:
            t = time.perf_counter(); app.step([], 1 / 60); times.append(time.perf_counter() - t)
    return times

print(json.dumps({{"still": still({n}), "fading": fading({n})}}))
"""


def idle_code(base: str) -> str:
    """bench.py's idle measurement (it waits until nothing moves and the loading is done),
    with the portrait's motion switched on or off."""
    head, marker, tail = base.partition("app.finish_loading()")
    rest_of_line, newline, after = tail.partition("\n")
    switch = "app.step([])\napp.scene.person.motion = {motion}\n"
    return head + marker + rest_of_line + newline + switch + after


MEMORY = """
import sys, tempfile
sys.path.insert(0, "tools")
from pathlib import Path
from peak_memory import peak_mb
from game.model.format import MOODS
from game.ui.app import App
from game.ui.widgets.portrait import fitted
from game.ui.widgets.portrait_art import PortraitArt
app = App(size=(1920, 1080), play_file={penne!r}, data_dir=Path(tempfile.mkdtemp()))
app.finish_loading()  # the file is read off the loop; wait for it here
seen = []
real = app.scene.person.draw
app.scene.person.draw = lambda surface, rect, look, mood: (seen.append(fitted(rect)), real(surface, rect, look, mood))
app.step([])
baseline = peak_mb()
art = PortraitArt(budget={budget})
import json
people = json.loads((art.folder / "index.json").read_text())
from game.model.scenario import Look
kept = 0
for person, entry in people.items():
    look = Look(**entry["look"])
    for mood in MOODS:
        for blink in (False, True):
            kept += art.source(f"{{person}}-{{mood}}{{'-blink' if blink else ''}}.svg") is not None
            art.picture(look, mood, seen[-1], blink)
print(json.dumps({{"baseline": baseline, "loaded": peak_mb(), "pictures": kept, "size": seen[-1],
                  "cached": art.cached_bytes / 2**20}}))
"""


def rows(
    row: Any, run_child: Any, penne: str, percentiles: Any, quick: bool, idle_base: str
) -> list[Any]:
    """The cross-fade frame time, idle CPU and the all-portraits memory, as bench.Row values;
    `idle_base` is bench.py's idle measurement, shared so both wait the same way."""
    n = 60 if quick else 240
    _, out = run_child(FADES.format(penne=penne, n=n))
    data = json.loads(out)
    _, still95 = percentiles(data["still"])
    p50, p95 = percentiles(data["fading"])
    fade = row(
        "frame time, play, portrait cross-fading, 1920x1080",
        f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
        f"p95 {still95:.1f} ms (still frames)",
        f"{p95 / still95:.2f}x",
        "p95 <= 8 ms",
        p95 <= 8.0,
    )
    memory = [_memory(row, run_child, penne, budget) for budget in (None, 10**12)]
    counter = penne.replace("missing-penne", "unready-dry-cleaning")  # no call timer ticking
    idle = _idle(row, run_child, counter, 5 if quick else 15, idle_base)
    return [fade, idle, *memory]


def _idle(row: Any, run_child: Any, penne: str, seconds: int, base: str) -> Any:
    """Idle CPU of the play screen with the portrait blinking and breathing, and without."""
    cpu = {}
    for motion in (False, True):
        _, out = run_child(idle_code(base).format(penne=penne, motion=motion, seconds=seconds))
        cpu[motion] = float(out) * 100
    return row(
        f"CPU while idle on the play screen at a counter, portrait blinking and breathing ({seconds} s)",
        f"{cpu[True]:.2f}% of a core",
        f"{cpu[False]:.2f}% (motion off)",
        f"{cpu[True] - cpu[False]:+.2f} points",
        "< 1%",
        cpu[True] < 1.0,
    )


def _memory(row: Any, run_child: Any, penne: str, budget: int | None) -> Any:
    """Every portrait loaded and rendered through the game's cache (None: its own cap)."""
    from game.ui.widgets.portrait_art import CACHE_BYTES

    _, out = run_child(MEMORY.format(penne=penne, budget=budget or CACHE_BYTES))
    mem = json.loads(out)
    size = "x".join(str(v) for v in mem["size"])
    capped = budget is None
    return row(
        f"peak memory, all {mem['pictures']} portraits loaded and rendered at {size} (1080p), "
        + (f"cache capped at {CACHE_BYTES >> 20} MB" if capped else "every picture kept (no cap)"),
        f"{mem['loaded']:.0f} MB ({mem['cached']:.0f} MB of pictures)",
        f"{mem['baseline']:.0f} MB (play screen, before)",
        f"{mem['loaded'] / mem['baseline']:.2f}x",
        "< 200 MB" if capped else "(reported)",
        mem["loaded"] < 200 if capped else None,
    )
