"""Talking to an LRS over HTTP (httpx): /about, posting statements, reading them back.

Every call returns a `Reply`: the HTTP status and the LRS's own message, or
status 0 with a sentence saying why nothing came back (unreachable, TLS,
timeout). Nothing here raises for the network, and nothing here prints the
secret: httpx sends it as HTTP Basic and it stays in the client.
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from typing import Any

import httpx

from game.play.lrs_config import LrsConfig

V1, V2 = "1.0.3", "2.0.0"
TIMEOUT = 10.0  # seconds; a slower LRS is treated as one that did not answer
NO_ANSWER = 0


@dataclass(frozen=True)
class Reply:
    """What the LRS answered: status (0: no answer), its message, the decoded body if JSON."""

    status: int
    message: str
    body: Any = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class LrsClient:
    """One connection pool to one LRS; close it (or use `with`) when done."""

    def __init__(
        self,
        config: LrsConfig,
        timeout: float = TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config
        self.version = V1
        self._http = httpx.Client(
            auth=(config.key, config.secret),
            timeout=timeout,
            transport=transport,
            headers={"X-Experience-API-Version": V1},
        )

    def __enter__(self) -> LrsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def about(self) -> Reply:
        """GET /about (xAPI: the versions the LRS speaks); no credentials needed there."""
        return self._call("GET", self.config.endpoint.rstrip("/") + "/about")

    def negotiate(self) -> Reply:
        """Ask /about and speak 2.0 if the LRS announces it, else 1.0.3."""
        reply = self.about()
        versions = reply.body.get("version", []) if isinstance(reply.body, dict) else []
        self.version = V2 if any(str(v).startswith("2.0") for v in versions) else V1
        self._http.headers["X-Experience-API-Version"] = self.version
        return reply

    def post(self, statements: list[dict[str, object]]) -> Reply:
        return self._call("POST", self.config.statements_url, json=statements)

    def get(self, url: str | None = None, params: dict[str, str] | None = None) -> Reply:
        """GET statements (or a `more` link, which is relative to the LRS's host)."""
        target = self.config.statements_url if url is None else self._absolute(url)
        return self._call("GET", target, params=params)

    def _absolute(self, url: str) -> str:
        return str(httpx.URL(self.config.endpoint).join(url))

    def _call(self, method: str, url: str, **kwargs: Any) -> Reply:
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.TimeoutException:
            return Reply(NO_ANSWER, f"the LRS did not answer within {self._timeout()} seconds")
        except httpx.ConnectError as exc:
            return Reply(NO_ANSWER, _connect_problem(exc, url))
        except httpx.HTTPError as exc:
            return Reply(NO_ANSWER, f"the connection to the LRS failed ({type(exc).__name__})")
        return _reply(response)

    def _timeout(self) -> float:
        return float(self._http.timeout.read or TIMEOUT)


def _reply(response: httpx.Response) -> Reply:
    body: Any = None
    try:
        body = response.json() if response.content else None
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    return Reply(response.status_code, _message(response, body), body)


def _message(response: httpx.Response, body: Any) -> str:
    """The LRS's own explanation, short: a JSON `detail`/`message`/`error`, or the text."""
    if isinstance(body, dict):
        for key in ("detail", "message", "error", "errorMessage"):
            if key in body:
                return _short(
                    json.dumps(body[key]) if not isinstance(body[key], str) else body[key]
                )
    return _short(response.text) or response.reason_phrase


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _connect_problem(exc: httpx.ConnectError, url: str) -> str:
    host = httpx.URL(url).host
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return f"a secure (TLS) connection to {host} failed: {_short(str(cause), 160)}"
        cause = cause.__cause__ or cause.__context__
    if "SSL" in str(exc) or "CERTIFICATE" in str(exc).upper():
        return f"a secure (TLS) connection to {host} failed: {_short(str(exc), 160)}"
    return f"{host} could not be reached ({_plain(str(exc))})"


PLAIN = {  # what the operating system says -> what a trainer reads
    "connection refused": "nothing answers there: is the LRS running?",
    "name or service not known": "no such host name",
    "nodename nor servname": "no such host name",
    "temporary failure in name resolution": "no network, or no such host name",
    "network is unreachable": "no network",
    "no route to host": "no network route to it",
}


def _plain(text: str) -> str:
    lowered = text.lower()
    for clue, said in PLAIN.items():
        if clue in lowered:
            return said
    return _short(text, 120) or "no connection"
