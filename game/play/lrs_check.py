"""`make-it-right lrs test`: is the LRS there, does it take our key, and does a statement come back?

    1. the address      an http(s) URL
    2. GET /about       reachable, TLS, the xAPI versions it speaks (1.0.x or 2.0.x)
    3. POST a statement the key and secret, the path
    4. GET it back      by its id, the same statement

Each step gives a Check: passed or not, and a sentence saying what was found
or plainly what is wrong. The checks stop at the first failure.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from game.play.lrs_config import LrsConfig, endpoint_problem
from game.play.lrs_http import LrsClient, Reply
from game.play.lrs_send import stop_for
from game.records.model import iso
from game.records.xapi import PLATFORM, VERBS

SUPPORTED = ("1.0", "2.0")


@dataclass(frozen=True)
class Check:
    passed: bool
    text: str


def check_connection(config: LrsConfig, client: LrsClient | None = None) -> list[Check]:
    """Run the checks in order, stopping at the first that fails."""
    problem = endpoint_problem(config.endpoint)
    if problem:
        return [Check(False, f"Wrong address: {problem}.")]
    with client or LrsClient(config) as lrs:
        found = [_about(lrs)]
        if found[-1].passed:
            found.append(_round_trip(lrs))
    return found


def _about(lrs: LrsClient) -> Check:
    reply = lrs.negotiate()
    if reply.status == 0:
        return Check(False, f"Unreachable: {reply.message}.")
    if reply.status == 404:
        probe = lrs.get(params={"limit": "1"})
        if probe.status in (200, 401, 403):  # an LRS, only without /about (Ralph is one)
            return Check(True, f"This LRS has no /about; speaking xAPI {lrs.version}.")
        return Check(
            False,
            f"Wrong path: nothing answers at {lrs.config.endpoint.rstrip('/')}/about or"
            " /statements (404). The endpoint usually ends in /xAPI/ or /data/xAPI/.",
        )
    versions = reply.body.get("version", []) if isinstance(reply.body, dict) else None
    if not reply.ok or not isinstance(versions, list):
        return Check(False, f"Wrong path: /about answered {reply.status}, not an xAPI LRS.")
    if not any(str(v).startswith(SUPPORTED) for v in versions):
        shown = ", ".join(map(str, versions)) or "none"
        return Check(False, f"Wrong version: the LRS speaks xAPI {shown}; we need 1.0.x or 2.0.x.")
    return Check(True, f"Reached the LRS; it speaks xAPI {', '.join(map(str, versions))}.")


def _round_trip(lrs: LrsClient) -> Check:
    statement = test_statement(lrs.config.base)
    sent = lrs.post([statement])
    if not sent.ok:
        return Check(False, _refused(sent))
    back = lrs.get(params={"statementId": str(statement["id"])})
    if not back.ok:
        return Check(False, f"A statement was stored but could not be read back: {_refused(back)}")
    if _single(back.body).get("id") != statement["id"]:
        return Check(False, "A statement was stored but the LRS gave back something else.")
    return Check(True, f"A test statement was stored and read back (xAPI {lrs.version}).")


def _single(body: object) -> dict[str, object]:
    """The statement a statementId query gave (xAPI: itself; some LRSs: a one-item result)."""
    if isinstance(body, dict) and isinstance(body.get("statements"), list) and body["statements"]:
        first = body["statements"][0]
        return first if isinstance(first, dict) else {}
    return body if isinstance(body, dict) else {}


def _refused(reply: Reply) -> str:
    if reply.status == 0:
        return f"Unreachable: {reply.message}."
    if reply.status in (401, 403):
        return (
            f"Key or secret refused ({reply.status}): set them again with `make-it-right lrs set`."
        )
    return stop_for(reply).problem[0].upper() + stop_for(reply).problem[1:] + "."


def test_statement(base: str) -> dict[str, object]:
    """A harmless statement with a fresh id: the connection was tested."""
    base = base.rstrip("/")
    return {
        "id": str(uuid.uuid4()),
        "actor": {
            "objectType": "Agent",
            "name": PLATFORM,
            "account": {"homePage": base, "name": "connection-test"},
        },
        "verb": {"id": VERBS + "initialized", "display": {"en-US": "initialized"}},
        "object": {"objectType": "Activity", "id": f"{base}/connection-test"},
        "context": {"platform": PLATFORM},
        "timestamp": iso(datetime.now(UTC)),
    }
