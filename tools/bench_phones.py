"""Workshop phones under load: 200 simulated phones on loopback against the real game loop.

Run by tools/bench.py (`--phones`); each part runs in fresh processes and
stops by itself (every wait has a timeout). The game runs App.run() with
Phones on; the phones are a separate process of aiohttp clients, as real
phones are separate devices. Measured:

- tap to tally: a phone sends its vote -> the game loop has counted it;
- reveal: the game publishes the result -> all phones have received it;
- frame time p95 while phones vote, against the same loop in quiet seconds: wall time, and
  the game thread's own CPU time (which the machine's other load does not inflate);
- the game process's CPU with every phone connected and idle.
"""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PHONES = 200
TIMEOUT = 120  # seconds: no part of this benchmark waits longer
ROUNDS = 24  # alternating windows with and without votes, so the machine's load drift cancels
WINDOW = 0.5  # seconds: short windows, so a burst of other load falls on both sides

GAME = r"""
import json, os, subprocess, sys, tempfile, threading, time
from pathlib import Path
os.environ["SDL_VIDEODRIVER"] = "dummy"; os.environ["SDL_AUDIODRIVER"] = "dummy"
sys.path.insert(0, {repo!r})
import pygame
from game.ui.app import App
from game.ui.scenes.handoff import RoomStart
from game.ui.workshop.phones import PhoneLink, PHONES_EVENT
from game.web.server import VoteServer
from game.web.votes import VoteBox

MODE, PHONES, SECONDS = {mode!r}, {phones}, {seconds}
app = App(size=(1920, 1080), data_dir=Path(tempfile.mkdtemp()))
app.finish_loading()
link = PhoneLink()
link.server = VoteServer(VoteBox(), link.wake, bind="127.0.0.1", ports=(0,))
link.server.start()
app.switch("workshop-room", RoomStart(app.ctx.catalog.find("missing-penne").scenario, 0, phones=link))
app.step([], 1 / 60)
room = app.scene
room.join_slide = False
room.ws.advance()  # the answers: the phones' ballot opens
app.step([], 1 / 60)
seen, draws, window = [], [], ["warm"]
handle = room.handle_event
def logged(event):
    handle(event)
    if event.type == PHONES_EVENT:
        seen.append((time.perf_counter(), sum(room.ws.phones.values())))
room.handle_event = logged
draw = app.draw
def timed():
    t, c = time.perf_counter(), time.thread_time()
    draw(); draws.append((window[0], time.perf_counter() - t, time.thread_time() - c))
app.draw = timed
step = app.step
def busy(events=None, dt=1 / 60):
    if MODE == "vote":
        app.dirty = True  # draw every frame in both windows, so they compare
    return step(events, dt)
app.step = busy

def client(*args):
    return subprocess.Popen([sys.executable, {bench!r}, "--phones-client", link.server.address.url,
                             str(PHONES), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, preexec_fn=lambda: os.nice(10))  # phones are other devices

def line(proc):
    text = proc.stdout.readline()
    if not text:
        raise SystemExit("the phones' process ended early")
    return text.strip()

def orchestrate():
    try:
        if MODE == "vote":
            time.sleep(1.5)  # warm up: fonts and text caches fill
            proc = client("vote")
            assert line(proc) == "ready"
            proc.stdin.write("go\n"); proc.stdin.flush()
            while (said := line(proc)) != "churned":  # alternating seconds: votes, quiet
                window[0] = {{"on": "vote", "off": "base"}}.get(said, "taps")
            window[0] = "reveal"
            box = link.server.box
            t = time.perf_counter()
            box.close("the room went with answer 1", (1, 2, 3, 4))
            link.server.publish()
            result = json.loads(line(proc))
            result.update(reveal_at=t, seen=seen, draws=draws)
        else:
            proc = client("idle", str(SECONDS))
            assert line(proc) == "ready"
            time.sleep(2.0)
            c0, w0 = time.process_time(), time.perf_counter()
            time.sleep(SECONDS)
            share = (time.process_time() - c0) / (time.perf_counter() - w0)
            result = dict(cpu=share, joined=link.server.box.joined)
            proc.stdin.write("go\n"); proc.stdin.flush()
        print(json.dumps(result), flush=True)
    except BaseException as error:
        print(json.dumps(dict(error=repr(error))), flush=True)
    finally:
        link.stop()
        os._exit(0)

threading.Thread(target=orchestrate, daemon=True).start()
app.run()
"""


async def phones_client(url: str, count: int, mode: str, seconds: float = 0) -> None:
    """The simulated phones: join all, then vote (timed) or sit idle; report as JSON lines."""
    import aiohttp

    host = url.rsplit("/", 1)[0]
    code = url.rsplit("/", 1)[1]
    sessions, sockets = [], []
    for _ in range(count):
        session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        async with session.get(url) as response:
            await response.read()
        ws = await session.ws_connect(f"{host}/ws?room={code}")
        first = json.loads((await ws.receive(timeout=10)).data)
        sessions.append(session)
        sockets.append((ws, first["number"]))
    closed = [asyncio.create_task(_closed(ws)) for ws, _ in sockets]  # read all the time
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)
    if mode == "vote":
        taps = []
        for ws, ballot in sockets:  # each phone's first vote: 200 in 5 s, a tap every 25 ms
            taps.append(time.perf_counter())
            await ws.send_str(json.dumps({"ballot": ballot, "vote": 1 + len(taps) % 4}))
            await asyncio.sleep(0.025)
        print("tapped", flush=True)
        for _ in range(ROUNDS):  # then windows of 20 changed votes a second, and quiet ones
            print("on", flush=True)
            end = time.perf_counter() + WINDOW
            while time.perf_counter() < end:
                ws, ballot = random.choice(sockets)
                await ws.send_str(json.dumps({"ballot": ballot, "vote": random.randint(1, 4)}))
                await asyncio.sleep(0.05)
            print("off", flush=True)
            await asyncio.sleep(WINDOW)
        print("churned", flush=True)
        arrivals = await asyncio.gather(*closed)
        print(json.dumps({"taps": taps, "arrivals": arrivals}), flush=True)
    for task in closed:
        task.cancel()
    for ws, _ in sockets:
        await ws.close()
    for session in sessions:
        await session.close()


async def _closed(ws) -> float:
    """When this phone heard that votes are closed (read from the start, as a phone does)."""
    async for message in ws:
        if '"state": "closed"' in message.data:
            return time.perf_counter()
    return float("inf")


def run_game(mode: str, seconds: float = 0) -> dict:
    code = GAME.format(repo=str(REPO), mode=mode, phones=PHONES, seconds=seconds,
                       bench=str(REPO / "tools" / "bench.py"))  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=TIMEOUT)  # fmt: skip
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if not lines:
        raise SystemExit(f"phones benchmark failed:\n{done.stderr[-2000:]}")
    data = json.loads(lines[-1])
    if "error" in data:
        raise SystemExit(f"phones benchmark failed: {data['error']}\n{done.stderr[-2000:]}")
    return data


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def tap_latencies(taps: list[float], seen: list[list[float]]) -> list[float]:
    """For the n-th first vote, the time until the game had counted n votes."""
    found = []
    for n, sent in enumerate(taps, 1):
        counted = next((t for t, total in seen if total >= n and t >= sent), None)
        if counted is not None:
            found.append(counted - sent)
    return found


def rows(row, quick: bool = False) -> list:
    """The phones' rows for the bench table (`row` builds one)."""
    data = run_game("vote")
    taps = tap_latencies(data["taps"], data["seen"])
    reveal = max(data["arrivals"]) - data["reveal_at"]
    base = [(d, cpu) for w, d, cpu in data["draws"] if w == "base"]
    voting = [(d, cpu) for w, d, cpu in data["draws"] if w == "vote"]
    b95, v95 = p95([d for d, _ in base]) * 1000, p95([d for d, _ in voting]) * 1000
    bc95, vc95 = p95([c for _, c in base]) * 1000, p95([c for _, c in voting]) * 1000
    idle = run_game("idle", 3 if quick else 10)
    cpu = idle["cpu"] * 100
    tap95 = p95(taps) * 1000
    return [
        row(
            f"phones: tap to tally, {PHONES} phones ({len(taps)} taps)",
            f"p95 {tap95:.0f} ms",
            "",
            "",
            "p95 <= 100 ms",
            tap95 <= 100 and len(taps) == PHONES,
        ),  # fmt: skip
        row(
            f"phones: reveal pushed to all {PHONES}",
            f"{reveal * 1000:.0f} ms",
            "",
            "",
            "<= 150 ms",
            reveal <= 0.150,
        ),  # fmt: skip
        row(
            "phones: frame time p95 while they vote, 1920x1080",
            f"{v95:.1f} ms",
            f"{b95:.1f} ms (quiet seconds)",
            f"{v95 / b95:.2f}x",
            "<= 1.1x",
            v95 <= b95 * 1.1,
        ),  # fmt: skip
        row(
            "phones: frame CPU p95 while they vote (game thread), 1920x1080",
            f"{vc95:.1f} ms",
            f"{bc95:.1f} ms (quiet seconds)",
            f"{vc95 / bc95:.2f}x",
            "<= 1.1x",
            vc95 <= bc95 * 1.1,
        ),  # fmt: skip
        row(
            f"phones: game CPU, {idle['joined']} idle phones connected",
            f"{cpu:.2f}% of a core",
            "",
            "",
            "< 5%",
            cpu < 5,
        ),  # fmt: skip
    ]


def client_main(argv: list[str]) -> int:
    url, count, mode = argv[0], int(argv[1]), argv[2]
    seconds = float(argv[3]) if len(argv) > 3 else 0
    asyncio.run(asyncio.wait_for(phones_client(url, count, mode, seconds), TIMEOUT))
    return 0


if __name__ == "__main__":
    sys.exit(client_main(sys.argv[1:]))
