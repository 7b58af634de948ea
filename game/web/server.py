"""The phones' web server: the page, and a WebSocket per phone, on its own asyncio loop.

aiohttp gives HTTP and WebSockets in one well-kept package. It runs in a
daemon thread with its own event loop, so the pygame loop never waits on the
network; the game is told about votes through `on_change` (the ui posts a
pygame event from it) and pushes new ballots with `publish`. Nothing a phone
sends can raise into the game: every message is checked here and refused
with a reason the phone shows.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiohttp import WSMsgType, web

from game.web.votes import Refused, VoteBox

PAGE = Path(__file__).parent / "static" / "phone.html"
COOKIE = "mir_phone"
MAX_MESSAGE = 256  # characters a vote needs at most; longer messages are refused
MAX_FRAME = 4096  # bytes; larger frames close the socket (WebSocket code 1009)
PORTS = (8765, 8766, 8767, 8780, 0)  # the first free one; 0 lets the system choose
REFUSED_CLOSE = 4001  # the phone stops reconnecting: it must fix something first
ENDED = b"The workshop has ended."
CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def room_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(4))


def lan_address() -> str:
    """This computer's address on the local network (no packet is sent), or 127.0.0.1."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


@dataclass(frozen=True)
class Address:
    """Where phones reach the room: host, port and the room code in the path."""

    host: str
    port: int
    code: str

    @property
    def short(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/{self.code}"


class VoteServer:
    """Serves the phone page and its WebSocket; start() and stop() from the game thread."""

    def __init__(self, box: VoteBox, on_change: Callable[[], None], bind: str = "0.0.0.0",
                 host: str | None = None, ports: tuple[int, ...] = PORTS) -> None:  # fmt: skip
        self.box, self.on_change = box, on_change
        self.bind, self.host, self.ports = bind, host, ports
        self.code = room_code()
        self.address: Address | None = None
        self.problem = ""
        self.sockets: dict[web.WebSocketResponse, str] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    # --- the game thread -----------------------------------------------------------
    def start(self, timeout: float = 5.0) -> Address | None:
        """Start serving; the address phones use, or None (see `problem`) if it cannot."""
        self._thread = threading.Thread(target=self._run, name="phones", daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        return self.address

    def stop(self, timeout: float = 5.0) -> None:
        """Close every phone's socket and the server, and end the thread."""
        loop, thread = self._loop, self._thread
        if loop is not None and loop.is_running():
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        if thread is not None:
            thread.join(timeout)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def publish(self) -> None:
        """Send the current ballot to every phone (thread-safe, returns at once)."""
        loop = self._loop
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(lambda: loop.create_task(self._broadcast()))

    # --- the server thread ---------------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
            if self.address is not None:
                loop.run_forever()
        finally:
            self._ready.set()
            loop.close()
            self._loop = None

    async def _serve(self) -> None:
        app = web.Application(client_max_size=MAX_FRAME)
        app.router.add_get("/", self._page)
        app.router.add_get("/ws", self._socket)
        app.router.add_get("/{code}", self._page)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        for port in self.ports:
            site = web.TCPSite(runner, self.bind, port, reuse_address=True)
            try:
                await site.start()
            except OSError as error:
                self.problem = f"Port {port} is busy or blocked ({error.strerror})."
                continue
            bound = runner.addresses[0][1] if runner.addresses else port
            host = self.host or (lan_address() if self.bind == "0.0.0.0" else self.bind)
            self.address, self.problem = Address(host, int(bound), self.code), ""
            break
        self._runner = runner
        self._ready.set()

    async def _shutdown(self) -> None:
        for ws in list(self.sockets):
            await ws.close(message=ENDED)
        if self._runner is not None:
            await self._runner.cleanup()
        asyncio.get_running_loop().stop()

    async def _page(self, request: web.Request) -> web.StreamResponse:
        response = web.Response(text=PAGE.read_text(encoding="utf-8"), content_type="text/html",
                                headers={"Cache-Control": "no-store"})  # fmt: skip
        if not _valid_token(request.cookies.get(COOKIE, "")):
            response.set_cookie(COOKIE, secrets.token_urlsafe(16), httponly=True,
                                samesite="Strict", max_age=12 * 3600)  # fmt: skip
        return response

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=MAX_FRAME, heartbeat=20)
        await ws.prepare(request)
        token = request.cookies.get(COOKIE, "")
        if request.query.get("room", "").upper() != self.code:
            await _refuse(ws, "That room code is not this room's: check the code on the screen.")
            await ws.close(code=REFUSED_CLOSE)
            return ws
        if not _valid_token(token):
            await _refuse(ws, "Open the room's address again (cookies must be on to vote).")
            await ws.close(code=REFUSED_CLOSE)
            return ws
        self.box.join(token)
        self.sockets[ws] = token
        self._changed()
        await ws.send_str(self._view(token))
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    await self._receive(ws, token, message.data)
                elif message.type != WSMsgType.BINARY:
                    break
                else:
                    await _refuse(ws, "Votes are sent as text.")
        finally:
            self.sockets.pop(ws, None)
        return ws

    async def _receive(self, ws: web.WebSocketResponse, token: str, data: str) -> None:
        try:
            ballot, place = _parse(data)
            self.box.vote(token, ballot, place)
        except Refused as refusal:
            await _refuse(ws, str(refusal))
            return
        self._changed()
        await ws.send_str(f'{{"type": "mine", "number": {ballot}, "mine": {place}}}')

    def _changed(self) -> None:
        try:
            self.on_change()
        except Exception as error:  # the game's callback must never stop the server
            self.problem = f"Could not wake the game: {error}"

    async def _broadcast(self) -> None:
        """The ballot to every phone at once: one JSON body, each phone's own vote spliced in."""
        body, votes = self._body(), self.box.snapshot()
        sends = [ws.send_str(_with_mine(body, votes.get(token)))
                 for ws, token in list(self.sockets.items()) if not ws.closed]  # fmt: skip
        await asyncio.gather(*sends, return_exceptions=True)  # a phone gone is no error

    def _body(self) -> str:
        b = self.box.ballot
        return json.dumps({"type": "ballot", "number": b.number, "state": b.state,
                           "speaker": b.speaker, "line": b.line, "answers": list(b.answers),
                           "result": b.result, "counts": list(b.counts),
                           "code": self.code})  # fmt: skip

    def _view(self, token: str) -> str:
        """The ballot as this phone sees it: with its own vote, and nobody else's."""
        return _with_mine(self._body(), self.box.mine(token))


async def _refuse(ws: web.WebSocketResponse, reason: str) -> None:
    await ws.send_str(json.dumps({"type": "refused", "reason": reason}))


def _with_mine(body: str, mine: int | None) -> str:
    """`body` (a JSON object) with this phone's own vote added."""
    return body[:-1] + f', "mine": {"null" if mine is None else int(mine)}}}'


def _valid_token(token: str) -> bool:
    return 16 <= len(token) <= 64 and all(c.isalnum() or c in "-_" for c in token)


def _parse(data: str) -> tuple[int, int]:
    """(ballot, place) from a phone's message, or Refused saying what was wrong."""
    if len(data) > MAX_MESSAGE:
        raise Refused("That message is too long to be a vote.")
    try:
        message = json.loads(data)
    except ValueError:
        raise Refused("That was not a vote the room understands.") from None
    if not isinstance(message, dict):
        raise Refused("That was not a vote the room understands.")
    ballot, place = message.get("ballot"), message.get("vote")
    if type(ballot) is not int or type(place) is not int:
        raise Refused("A vote needs the question's number and an answer's number.")
    return ballot, place
