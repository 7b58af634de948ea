"""The benchmark: start-up, frame times, idle CPU, validation, analysis, balance and memory.

    python tools/bench.py              # full run (about two minutes), prints a table
    python tools/bench.py --quick      # fewer repeats, for a smoke check
    python tools/bench.py --write      # also rewrite the results table in docs/performance.md
    python tools/bench.py --phones     # the workshop phones: 200 simulated phones on loopback
    python tools/bench.py --portraits  # only the portraits' rows (cross-fade frames, memory)
    python tools/bench.py --lrs 10000  # also the LRS rows (tools/bench_lrs.py; needs .venv-ralph)

Each figure is a median of several runs; where a baseline fits, it is measured
in the same run and the ratio is shown. Runs headless (SDL dummy drivers).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tools")]
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import bench_phones  # noqa: E402  (tools/, on the path above)
import bench_portraits  # noqa: E402

PENNE = REPO / "scenarios" / "missing-penne.yaml"
DOC = REPO / "docs" / "performance.md"


@dataclass
class Row:
    name: str
    value: str
    baseline: str
    ratio: str
    goal: str
    met: bool | None


def run_child(code: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run Python code in a fresh interpreter; wall seconds and its stdout."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=300,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr}")
    return elapsed, done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


BARE = """
import pygame
pygame.display.init()
surface = pygame.display.set_mode((1280, 720))
surface.fill((250, 244, 236))
pygame.display.flip()
"""

GAME_FIRST_FRAME = """
from game.ui.app import App
app = App(size=(1280, 720))
app.step([])
assert app.scene.name == "title"
"""


def startup(repeats: int) -> Row:
    # As installed: pip writes the bytecode at install time, so compile it first (a
    # machine with PYTHONDONTWRITEBYTECODE=1 would otherwise time the compiler too).
    compileall.compile_dir(REPO / "game", quiet=1)
    data = tempfile.mkdtemp(prefix="mir-bench-")
    env = {"MAKE_IT_RIGHT_DATA": data}
    bare = statistics.median(run_child(BARE)[0] for _ in range(repeats))
    game = statistics.median(run_child(GAME_FIRST_FRAME, env)[0] for _ in range(repeats))
    ratio = game / bare
    return Row(
        "start to first title frame",
        f"{game * 1000:.0f} ms",
        f"{bare * 1000:.0f} ms (bare pygame-ce window)",
        f"{ratio:.2f}x",
        "<= 1.5x",
        ratio <= 1.5,
    )


FRAMES = """
import json, statistics, sys, time, tempfile
import pygame
from game.ui.app import App
from game.ui.widgets.guard import QUIET
size = tuple(json.loads(sys.argv[1]))
app = App(size=size, play_file={penne!r}, data_dir=__import__("pathlib").Path(tempfile.mkdtemp()))
app.finish_loading()  # the file is read off the loop; wait for it here
app.step([])

def still(n):
    times = []
    for _ in range(n):
        app.scene.dirty = True
        t = time.perf_counter(); app.step([]); times.append(time.perf_counter() - t)
    return times

def animating(n):
    times = []
    while len(times) < n:
        key = getattr(pygame, "K_1")
        app.step([], QUIET)  # past the answer guard's quiet time, as a player would be
        app.step([pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="1", scancode=0),
                  pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="1", scancode=0)])
        for _ in range(240):
            if not app.scene.animating or app.scene.name != "play":
                break
            t = time.perf_counter(); app.step([]); times.append(time.perf_counter() - t)
        if app.ctx.session.round.finished or app.scene.name != "play":
            app.ctx.begin(app.ctx.session.round.scenario, "practice")
            app.switch("play")
            app.step([])
    return times

result = {{"still": still({n}), "animating": animating({n})}}
session = app.ctx.session
while not session.finished:
    session.choose(1)
app.switch("debrief")
app.step([])
result["debrief"] = still({n})
print(json.dumps(result))
"""


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return p50 * 1000, p95 * 1000


def frames(size: tuple[int, int], n: int) -> list[Row]:
    code = FRAMES.format(penne=str(PENNE), n=n).replace("sys.argv[1]", repr(json.dumps(size)))
    _, out = run_child(code)
    data = json.loads(out)
    rows = []
    label = f"{size[0]}x{size[1]}"
    for key, title in (
        ("still", "play screen"),
        ("animating", "play, meter animating"),
        ("debrief", "debrief screen"),
    ):
        p50, p95 = percentiles(data[key])
        goal = 8.0 if size == (1920, 1080) else None
        rows.append(
            Row(
                f"frame time, {title}, {label}",
                f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
                "",
                "",
                "p95 <= 8 ms" if goal else "(reported)",
                (p95 <= goal) if goal else None,
            )
        )
    return rows


IDLE = """
import os, threading, time, tempfile
from game.ui.app import App
app = App(size=(1280, 720), play_file={penne!r}, data_dir=__import__("pathlib").Path(tempfile.mkdtemp()))
app.finish_loading()  # the file is read off the loop; wait for it here

def measure():
    time.sleep(2.0)
    while app.scene.animating or app.ctx.lrs is None:  # the first line still appearing, or
        time.sleep(0.1)  # the files, sound and records still loading: not idle yet
    time.sleep(0.5)
    c0, w0 = time.process_time(), time.perf_counter()
    time.sleep({seconds})
    c1, w1 = time.process_time(), time.perf_counter()
    print((c1 - c0) / (w1 - w0), flush=True)
    os._exit(0)

threading.Thread(target=measure, daemon=True).start()
app.run()
"""


LATENCY = """
import os, random, threading, time, tempfile
import pygame
from game.ui.app import App
app = App(size=(1280, 720), play_file={penne!r}, data_dir=__import__("pathlib").Path(tempfile.mkdtemp()))
app.finish_loading()  # the file is read off the loop; wait for it here
flips = []
real_flip = app.display.flip
def flip():
    real_flip()
    flips.append(time.perf_counter())
app.display.flip = flip

def measure():
    rng = random.Random(7)
    delays = []
    time.sleep(1.5)
    for i in range({samples}):
        time.sleep(rng.uniform(0.4, 0.7))  # idle: past the warm-up after any input
        key = pygame.K_DOWN if i % 2 == 0 else pygame.K_UP
        seen = len(flips)
        posted = time.perf_counter()
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0))
        while len(flips) == seen and time.perf_counter() - posted < 1:
            time.sleep(0.0005)
        delays.append(flips[seen] - posted if len(flips) > seen else 1.0)
    print(" ".join(f"{{d:.6f}}" for d in delays), flush=True)
    os._exit(0)

threading.Thread(target=measure, daemon=True).start()
app.run()
"""


def key_latency(samples: int) -> Row:
    """Post a key to an idle play screen; time until the flip that shows it."""
    _, out = run_child(LATENCY.format(penne=str(PENNE), samples=samples))
    delays = sorted(float(x) * 1000 for x in out.split())
    p50, p95 = delays[len(delays) // 2], delays[min(len(delays) - 1, int(len(delays) * 0.95))]
    return Row(
        "key press to visible change, idle play screen",
        f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
        "",
        "",
        "p95 <= 20 ms",
        p95 <= 20,
    )


def idle_cpu(seconds: float) -> Row:
    _, out = run_child(IDLE.format(penne=str(PENNE), seconds=seconds))
    share = float(out.strip()) * 100
    return Row(
        f"CPU while idle on the play screen ({seconds:.0f} s)",
        f"{share:.2f}% of a core",
        "",
        "",
        "< 1%",
        share < 1,
    )


LOADING = """
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, "tools")
from generate import generate
from game.ui.app import App
folder = Path(tempfile.mkdtemp())
text = generate(8, 1)
for i in range({files}):
    (folder / f"s{{i:05}}.yaml").write_text(text.replace("id: ", f"id: s{{i}}-", 1))
app = App(size=(1280, 720), scenarios=[folder], data_dir=Path(tempfile.mkdtemp()))
app.step([])

def frame():
    app.dirty = True
    t = time.perf_counter(); app.step(None); spent = time.perf_counter() - t
    time.sleep(max(0.0, 1 / 60 - spent))
    return spent

quiet = [frame() for _ in range(60)]
app.work.begin("catalog")
started, busy = time.perf_counter(), []
while not app.ctx.catalog.loaded:
    busy.append(frame())
print(json.dumps({{"quiet": quiet, "busy": busy, "load": time.perf_counter() - started}}))
"""


def loading_off_the_loop(files: int) -> Row:
    """Frames drawn while a folder of `files` scenarios is read on its worker thread."""
    _, out = run_child(LOADING.format(files=files))
    data = json.loads(out)
    _, quiet95 = percentiles(data["quiet"])
    _, busy95 = percentiles(data["busy"])
    worst = max(data["busy"]) * 1000
    return Row(
        f"frames while {files:,} scenario files load ({data['load']:.1f} s, {len(data['busy'])} frames)",
        f"p95 {busy95:.1f} ms, longest {worst:.0f} ms",
        f"p95 {quiet95:.1f} ms (same frames, nothing loading)",
        f"{busy95 / quiet95:.2f}x",
        "longest frame <= 100 ms",
        worst <= 100,
    )


def validation(repeats: int) -> list[Row]:
    import yaml
    from generate import generate

    from game.engine.analysis import analyse
    from game.io.library import load_library
    from game.io.loader import load_bytes

    folder = Path(tempfile.mkdtemp(prefix="mir-bench-200-"))
    for i in range(200):
        (folder / f"s{i:03}.yaml").write_text(generate(50, 2, seed=i))
    files = sorted(folder.iterdir())

    def parse_only():
        for f in files:
            yaml.load(f.read_bytes(), Loader=yaml.CSafeLoader)  # noqa: S506 - CSafeLoader is safe

    def ours():
        library = load_library([folder], workers=os.cpu_count() or 1, keep=False)
        assert sum(r.sound for r in library.results) == 200

    base = statistics.median(_timed(parse_only) for _ in range(repeats))
    mine = statistics.median(_timed(ours) for _ in range(repeats))
    big = load_bytes(generate(1000, 8).encode(), "big.yaml", analyse=False).scenario
    analysis = statistics.median(_timed(lambda: analyse(big)) for _ in range(repeats))
    return [
        Row(
            "validate 200 files of 50 nodes (with analysis)",
            f"{mine * 1000:.0f} ms",
            f"{base * 1000:.0f} ms (PyYAML C safe_load only)",
            f"{mine / base:.2f}x",
            "< 1 s",
            mine < 1.0,
        ),
        Row(
            "analyse a 1,000-node scenario with 8 flags",
            f"{analysis * 1000:.0f} ms",
            "",
            "",
            "< 2 s",
            analysis < 2.0,
        ),
    ]


def swinging_analysis(quick: bool) -> Row:
    """The analysis where trust swings widely and the story jumps back (issue 19).

    The baseline is the state-by-state search the analysis used before, run on the
    same scenario without a cap, once (it takes tens of seconds on the full run).
    """
    from generate import generate_swinging

    from game.engine.analysis import analyse
    from game.engine.analysis_reference import analyse_by_states
    from game.io.loader import load_bytes

    nodes = 40 if quick else 100
    text = generate_swinging(nodes, 8, seed=1)
    scenario = load_bytes(text.encode(), "swinging.yaml", analyse=False).scenario
    report = analyse(scenario, max_states=10**8)
    mine = statistics.median(_timed(lambda: analyse(scenario, max_states=10**8)) for _ in range(3))
    base = _timed(lambda: analyse_by_states(scenario, 10**8))
    return Row(
        f"analyse {nodes} nodes, 8 flags, wide swings, jumps back ({report.states:,} states)",
        f"{mine * 1000:.0f} ms",
        f"{base * 1000:.0f} ms (the state-by-state search)",
        f"{mine / base:.2f}x",
        "< 5 s, complete",
        mine < 5.0 and report.complete,
    )


def balance_report(repeats: int) -> Row:
    """The balance report over every shipped scenario, loading included (issue 12: < 2 s)."""
    from game.engine.balance import balance
    from game.io.library import load_library

    def loaded():
        return load_library([REPO / "scenarios"]).scenarios

    def reported():
        for scenario in loaded():
            balance(scenario)

    base = statistics.median(_timed(loaded) for _ in range(repeats))
    mine = statistics.median(_timed(reported) for _ in range(repeats))
    return Row(
        "balance report over every shipped scenario",
        f"{mine * 1000:.0f} ms",
        f"{base * 1000:.0f} ms (loading and analysing them)",
        f"{mine / base:.2f}x",
        "< 2 s",
        mine < 2.0,
    )


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


MEMORY = """
import sys, tempfile
sys.path.insert(0, "tools")
import pygame
from peak_memory import peak_mb
from game.ui.app import App
app = App(size=(1920, 1080), play_file={penne!r}, data_dir=__import__("pathlib").Path(tempfile.mkdtemp()))
app.finish_loading()  # the file is read off the loop; wait for it here
app.step([])
from game.ui.widgets.guard import QUIET
def key(k):
    app.step([], QUIET)  # a player reads the new answers before pressing
    app.step([pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0),
              pygame.event.Event(pygame.KEYUP, key=k, mod=0, unicode="", scancode=0)])
    for _ in range(600):
        if not app.scene.animating:
            break
        app.step([])
while app.scene.name == "play":
    key(pygame.K_1)
key(pygame.K_RETURN)
for _ in range(30):
    key(pygame.K_DOWN)
print(peak_mb())
"""


def memory() -> Row:
    _, out = run_child(MEMORY.format(penne=str(PENNE)))
    peak = float(out.strip())
    return Row(
        "peak memory, a full round through the UI at 1920x1080",
        f"{peak:.0f} MB",
        "",
        "",
        "< 150 MB",
        peak < 150,
    )


def lrs_rows(count: int) -> list[Row]:
    """Draining the outbox into Ralph against plain httpx posts; what queuing adds to a round."""
    import bench_lrs

    found = [Row(n, v, b, f"{r:.2f}x" if r else "", g, m)
             for n, v, b, r, g, m in bench_lrs.drain_rows(count)]  # fmt: skip
    with_queue, without = bench_lrs.record_cost()
    extra = with_queue - without
    found.append(Row("record a round, with its place in the LRS outbox", f"{with_queue:.2f} ms",
                     f"{without:.2f} ms (without the outbox)", f"{extra:+.2f} ms", "< 5 ms more",
                     extra < 5))  # fmt: skip
    return found


def table(rows: list[Row]) -> str:
    lines = [
        "| measure | result | baseline (same run) | ratio | goal | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        lines.append(f"| {r.name} | {r.value} | {r.baseline} | {r.ratio} | {r.goal} | {met} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    parser.add_argument("--phones", action="store_true", help="only the workshop phones' rows")
    parser.add_argument("--portraits", action="store_true", help="only the portraits' rows")
    parser.add_argument("--phones-client", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--lrs", type=int, metavar="ROUNDS", help="also drain ROUNDS into Ralph")
    args = parser.parse_args()
    if args.phones_client:  # the simulated phones' process (tools/bench_phones.py)
        return bench_phones.client_main(args.phones_client)
    if args.phones:
        return phones_only(args)
    if args.portraits:
        found = portraits(args.quick)
        print(table(found))
        if args.write:
            write_doc(table(found), "bench-portraits")
        return 0 if all(r.met is not False for r in found) else 1
    repeats = 3 if args.quick else 7
    n = 60 if args.quick else 200
    rows = [startup(repeats)]
    for size in ((1920, 1080), (3840, 2160)):
        rows += frames(size, n)
    rows += portraits(args.quick)
    rows.append(idle_cpu(3 if args.quick else 10))
    rows.append(key_latency(12 if args.quick else 40))
    rows.append(loading_off_the_loop(300 if args.quick else 2000))
    rows += validation(3 if args.quick else 5)
    rows.append(swinging_analysis(args.quick))
    rows.append(balance_report(3 if args.quick else 7))
    rows.append(memory())
    rows += studio(12 if args.quick else 40, 3 if args.quick else 5)
    if args.lrs:
        rows += lrs_rows(args.lrs)
    text = table(rows)
    print(text)
    if args.write:
        write_doc(text)
    return 0 if all(r.met is not False for r in rows) else 1


def portraits(quick: bool) -> list[Row]:
    """Frames during a portrait cross-fade, and memory with every portrait loaded."""
    return bench_portraits.rows(Row, run_child, str(PENNE), percentiles, quick, IDLE)


def studio(samples: int, repeats: int) -> list[Row]:
    """The trainer studio's rows: language server latency, and validate with spelling."""
    from bench_studio import language_server, spelling

    return [*language_server(samples), spelling(repeats)]


def phones_only(args: argparse.Namespace) -> int:
    """The workshop phones' rows alone, in their own section of docs/performance.md."""
    rows = bench_phones.rows(Row, args.quick)
    text = table(rows)
    print(text)
    if args.write:
        write_doc(text, "bench-phones")
    return 0 if all(r.met is not False for r in rows) else 1


def write_doc(text: str, marker: str = "bench") -> None:
    begin, end = f"<!-- {marker}:begin -->", f"<!-- {marker}:end -->"
    page = DOC.read_text(encoding="utf-8")
    head, rest = page.split(begin, 1)
    tail = rest.split(end, 1)[1]
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    DOC.write_text(
        f"{head}{begin}\nMeasured {stamp} on {machine}:\n\n{text}\n{end}{tail}", encoding="utf-8"
    )


if __name__ == "__main__":
    sys.exit(main())
