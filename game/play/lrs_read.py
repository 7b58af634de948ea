"""Read our statements back from an LRS, following its `more` links, for `report --from-lrs`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from game.play.lrs_http import LrsClient
from game.records.model import iso

PAGE = 500
MAX_PAGES = 10_000  # a bound, so a looping `more` link cannot keep us forever


class ReadProblem(Exception):
    """The LRS would not give its statements; the message says why."""


def read_statements(
    client: LrsClient, activity: str | None = None, since: datetime | None = None
) -> Iterator[dict[str, Any]]:
    """Every statement (optionally about `activity` or its parts, stored since `since`)."""
    params = {"limit": str(PAGE)}
    if activity:
        params.update(activity=activity, related_activities="true")
    if since:
        params["since"] = iso(since)
    reply = client.get(params=params)
    for _ in range(MAX_PAGES):
        if not reply.ok or not isinstance(reply.body, dict):
            raise ReadProblem(f"the LRS answered {reply.status}: {reply.message}")
        yield from reply.body.get("statements", [])
        more = reply.body.get("more")
        if not more or not reply.body.get("statements"):
            return
        reply = client.get(url=str(more))
