"""A minimal Language Server Protocol client: ask a real server (ours, or yaml-language-server)
what an editor would show, over stdio, as an editor does."""

import json
import queue
import subprocess
import threading
import time

SETTINGS = {
    "yaml": {
        "validate": True,
        "hover": True,
        "completion": True,
        "schemas": {},
        "schemaStore": {"enable": False},
        "yamlVersion": "1.2",
    }
}


class LanguageServer:
    def __init__(self, command: list[str], root) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.replies: queue.Queue[dict] = queue.Queue()
        self.published: dict[str, list[dict]] = {}
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        capabilities = {
            "textDocument": {"hover": {"contentFormat": ["markdown"]}, "completion": {}},
            "workspace": {"configuration": True},
        }
        self.request(
            "initialize",
            {"processId": None, "rootUri": root.as_uri(), "capabilities": capabilities},
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": SETTINGS})

    def close(self) -> None:
        self.process.kill()
        self.process.wait()

    def notify(self, method: str, params: dict) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict, timeout: float = 30):
        self.next_id += 1
        self._send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            reply = self.replies.get(timeout=timeout)
            if reply.get("id") == self.next_id:
                return reply.get("result")

    def open(self, path, text: str) -> str:
        uri = path.as_uri()
        self.published.pop(uri, None)
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": document})
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        """Replace the whole document, as an editor does with full-text sync."""
        self.published.pop(uri, None)
        document = {"uri": uri, "version": version}
        self.notify(
            "textDocument/didChange",
            {"textDocument": document, "contentChanges": [{"text": text}]},
        )

    def ask(self, method: str, uri: str, line: int, character: int):
        """A position request (completion, hover, definition) at 0-based line and character."""
        position = {"line": line, "character": character}
        return self.request(method, {"textDocument": {"uri": uri}, "position": position})

    def diagnostics(self, uri: str, timeout: float = 15) -> list[dict]:
        deadline = time.monotonic() + timeout
        while uri not in self.published:
            assert time.monotonic() < deadline, f"no diagnostics published for {uri}"
            time.sleep(0.05)
        return self.published[uri]

    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = 0
            while line := stream.readline().strip():  # headers end with a blank line
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if not length:  # the server has gone
                return
            message = json.loads(stream.read(length))
            self._dispatch(message)

    def _dispatch(self, message: dict) -> None:
        method = message.get("method")
        if method and "id" in message:  # a request from the server
            items = message.get("params", {}).get("items", [])
            answer = (
                [SETTINGS["yaml"]] * len(items) if method == "workspace/configuration" else None
            )
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": answer})
        elif method == "textDocument/publishDiagnostics":
            self.published[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif method is None:
            self.replies.put(message)
