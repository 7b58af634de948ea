"""A real LRS for the tests (Ralph on 127.0.0.1) and a small proxy the tests steer to break it.

Ralph lives in its own virtual environment, .venv-ralph at the repository's
root (made by .ci/run), or the one $MAKE_IT_RIGHT_RALPH_PYTHON names.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO

SERVE = Path(__file__).with_name("ralph_serve.py")
KEY, SECRET = "trainer", "s3cret-for-tests"
HOW = (
    "Ralph (an LRS) is not installed, so the LRS tests are skipped. To run them:"
    " python3 -m venv .venv-ralph && .venv-ralph/bin/pip install -r .ci/ralph-requirements.txt"
    " (as .ci/run does), or point $MAKE_IT_RIGHT_RALPH_PYTHON at a Python that has ralph-malph."
)


def ralph_python() -> Path | None:
    """The interpreter that has Ralph, or None."""
    named = os.environ.get("MAKE_IT_RIGHT_RALPH_PYTHON")
    candidate = Path(named) if named else REPO / ".venv-ralph" / "bin" / "python"
    return candidate if candidate.exists() else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    """One Ralph for the session (rounds have their own UUIDs, so tests do not collide)."""
    python = ralph_python()
    if python is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the LRS tests, but " + HOW)
        pytest.skip(HOW)
    server = Ralph(python, tmp_path_factory.mktemp("ralph")).start()
    yield server
    server.stop()


@pytest.fixture
def proxy(ralph: Ralph) -> Iterator[Proxy]:
    """A fresh proxy in front of the session's Ralph, forwarding until a test says otherwise."""
    found = Proxy(ralph.endpoint)
    yield found
    found.close()


class Ralph:
    """Ralph with the fs backend in `folder`, one user (KEY/SECRET) with every scope."""

    def __init__(self, python: Path, folder: Path) -> None:
        self.python, self.folder, self.port = python, folder, free_port()
        self.data = folder / "data"
        self.data.mkdir(parents=True)
        self.env = {
            **os.environ,
            "RALPH_APP_DIR": str(folder / "app"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.data),
        }
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self) -> Ralph:
        ralph = [str(self.python), "-m", "ralph"]
        subprocess.run(
            [*ralph, "auth", "-u", KEY, "-p", SECRET, "-s", "all", "-M", "mailto:t@example.com", "-w"],
            env=self.env, check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        log = open(self.folder / "ralph.log", "wb")  # noqa: SIM115 (kept open while it runs)
        self.process = subprocess.Popen(
            [str(self.python), str(SERVE), str(self.port)], env=self.env, stdout=log, stderr=log
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(
                    self.endpoint + "statements", auth=(KEY, SECRET), timeout=1
                ).is_success:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("Ralph did not start: " + (self.folder / "ralph.log").read_text())

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def stored_ids(self) -> Counter[str]:
        """How many times each statement id is in Ralph's file (more than once would be a bug)."""
        found: Counter[str] = Counter()
        for path in self.data.rglob("*.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found[json.loads(line)["id"]] += 1
        return found


class Proxy:
    """An HTTP proxy in front of Ralph whose behaviour a test sets: `mode` and `rules`.

    mode "pass" forwards; "down" drops the connection without an answer; a
    number answers that status without forwarding. `delay` sleeps before
    forwarding (the LRS stores it, the client has given up). `poison` answers
    400 to any POST holding that statement id; `max_batch` answers 413 to a
    POST with more statements. `after(n, mode)` switches mode after n requests.
    """

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.mode: str | int = "pass"
        self.delay = 0.0
        self.poison: set[str] = set()
        self.max_batch: int | None = None
        self.switch: tuple[int, str | int] | None = None
        self.requests: list[tuple[str, int]] = []  # (method, statements in a POST)
        self.answered: list[int] = []  # the statuses sent back, the LRS's or the proxy's
        self.about: dict[str, object] | None = None  # what GET /about answers (None: Ralph's 404)
        self.arrived = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/xAPI/"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def after(self, count: int, mode: str | int) -> None:
        self.switch = (len(self.requests) + count, mode)

    def posts(self) -> list[int]:
        return [n for method, n in self.requests if method == "POST"]

    def _decide(self, method: str, body: bytes) -> str | int:
        statements = json.loads(body) if method == "POST" and body else []
        self.requests.append((method, len(statements)))
        self.arrived.set()
        if self.switch and len(self.requests) > self.switch[0]:
            self.mode, self.switch = self.switch[1], None
        if self.mode != "pass":
            return self.mode
        if any(s.get("id") in self.poison for s in statements):
            return 400
        if self.max_batch is not None and len(statements) > self.max_batch:
            return 413
        return "pass"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

            def _serve(self, method: str) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                decision = proxy._decide(method, body)
                if proxy.about is not None and self.path.rstrip("/").endswith("/about"):
                    self._answer(200, json.dumps(proxy.about).encode())
                    return
                if decision == "down":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if isinstance(decision, int):
                    self._answer(
                        decision, json.dumps({"detail": f"proxy says {decision}"}).encode()
                    )
                    return
                time.sleep(proxy.delay)
                try:
                    reply = httpx.request(
                        method, proxy.target + self.path.removeprefix("/xAPI"), content=body,
                        headers={k: v for k, v in self.headers.items() if k.lower() != "host"},
                        timeout=30,
                    )  # fmt: skip
                except httpx.HTTPError:  # Ralph has stopped (the session is ending)
                    self._answer(502, b"{}")
                    return
                self._answer(reply.status_code, reply.content)

            def _answer(self, status: int, content: bytes) -> None:
                proxy.answered.append(status)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler
