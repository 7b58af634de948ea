"""The outbox's state in words, the same in the game's settings and in `make-it-right lrs status`."""

from __future__ import annotations

from datetime import UTC, datetime

from game.play.lrs_config import LrsConfig
from game.records.outbox import OutboxStatus
from game.words import plural

NOT_SET = "No LRS is set: rounds are kept on this computer only."


def ago(moment: datetime, now: datetime) -> str:
    """'just now', '2 min ago', '3 h ago', '2 days ago'."""
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"{plural(seconds // 86400, 'day')} ago"


def describe(
    status: OutboxStatus | None, config: LrsConfig | None, now: datetime | None = None
) -> list[str]:
    """Lines for people: where rounds go, what waits, and the last problem if any."""
    now = now or datetime.now(UTC)
    if config is None:
        return [NOT_SET]
    lines = [f"Sending to {config.shown}."]
    if status is None:
        return [*lines, "No round has been recorded yet."]
    lines.append(_waiting(status, now))
    if status.rejected:
        lines.append(
            f"{plural(status.rejected, 'statement')} refused by the LRS and set aside"
            " (see `make-it-right lrs status --refused`)."
        )
    return lines


def _waiting(status: OutboxStatus, now: datetime) -> str:
    sent = f"{plural(status.sent, 'round')} sent"
    if status.waiting == 0:
        return f"All sent ({sent})."
    text = f"{plural(status.waiting, 'round')} waiting to send ({sent})"
    if status.last_try is None:
        return text + "."
    text += f" — last try {ago(status.last_try, now)}"
    if status.problem:
        text += f": {status.problem}"
        if status.permanent:
            text += ". Sending stops until this is fixed"
    return text + "."


def one_line(
    status: OutboxStatus | None, config: LrsConfig | None, now: datetime | None = None
) -> str:
    """The settings screen's line: where rounds go and what waits, or how to set an LRS."""
    if config is None:
        return "Learning Record Store: not set (make-it-right lrs set ENDPOINT --key KEY)"
    if status is None:
        return f"Learning Record Store: {config.endpoint}"
    return f"Learning Record Store: {_waiting(status, now or datetime.now(UTC))}"
