"""A phone as a test drives it: a real HTTP client with its own cookie jar and a WebSocket."""

from __future__ import annotations

import json

import aiohttp

from game.web.server import VoteServer


class Phone:
    """Opens the room's page (getting its cookie), then talks over the WebSocket."""

    def __init__(self, server: VoteServer) -> None:
        self.server = server
        self.session: aiohttp.ClientSession | None = None
        self.ws: aiohttp.ClientWebSocketResponse | None = None

    async def open(self, code: str | None = None) -> str:
        """GET the page; returns its HTML."""
        address = self.server.address
        assert address is not None
        if self.session is None:
            self.session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        async with self.session.get(address.url) as response:
            assert response.status == 200
            return await response.text()

    async def join(self, code: str | None = None) -> dict:
        address = self.server.address
        assert address is not None and self.session is not None
        room = code if code is not None else address.code
        url = f"http://{address.short}/ws?room={room}"
        self.ws = await self.session.ws_connect(url)
        return await self.receive()

    async def receive(self) -> dict:
        assert self.ws is not None
        message = await self.ws.receive(timeout=5)
        assert message.type == aiohttp.WSMsgType.TEXT, message
        return json.loads(message.data)

    async def send(self, data: str) -> dict:
        assert self.ws is not None
        await self.ws.send_str(data)
        return await self.receive()

    async def vote(self, ballot: int, place: int) -> dict:
        """Send a vote; the server's answer: {"type": "mine", ...} or {"type": "refused", ...}."""
        return await self.send(json.dumps({"ballot": ballot, "vote": place}))

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.session is not None:
            await self.session.close()
