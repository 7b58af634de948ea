"""Drain the outbox into an LRS: batches, and what to do with each kind of answer.

    200/204        stored
    409            one statement: already there (done); a batch: split to find it
    400 / 413      one statement: set aside with the LRS's message, never retried;
                   a batch: split in halves (xAPI batches are all or nothing)
    401 / 403      stop: the key or secret is wrong (permanent until the settings change)
    404            stop: the endpoint's path is wrong (permanent likewise)
    5xx, 408, 429, no answer   stop for now: try again later, with backoff

A round is marked sent only when every one of its statements is stored or set
aside; a kill in the middle leaves it waiting, and sending it again is
harmless because statement ids are fixed (the LRS keeps one copy).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.play.lrs_http import LrsClient, Reply
from game.records.model import RoundRecord
from game.records.outbox import Outbox, Rejected
from game.records.statements import Statement, lrs_statements

ROUNDS_PER_BATCH = 20
RETRY_LATER = {408, 425, 429}


class Stop(Exception):
    """Sending cannot go on now; `permanent` if only a change of settings can help."""

    def __init__(self, problem: str, permanent: bool) -> None:
        super().__init__(problem)
        self.problem = problem
        self.permanent = permanent


@dataclass
class SendResult:
    """What one drain did: rounds and statements sent, what was set aside, why it stopped."""

    rounds: int = 0
    statements: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    problem: str | None = None
    permanent: bool = False

    @property
    def stopped(self) -> bool:
        return self.problem is not None


def drain(
    outbox: Outbox,
    client: LrsClient,
    rounds_per_batch: int = ROUNDS_PER_BATCH,
    max_batches: int | None = None,
) -> SendResult:
    """Send waiting rounds until none is left, or a problem stops it (noted in the outbox)."""
    result = SendResult()
    skip = outbox.rejected_ids()
    batches = 0
    while max_batches is None or batches < max_batches:
        records = outbox.waiting(rounds_per_batch)
        if not records:
            break
        try:
            rejected, count = send_rounds(client, records, skip)
        except Stop as stop:
            result.problem, result.permanent = stop.problem, stop.permanent
            outbox.note_problem(stop.problem, stop.permanent)
            return result
        outbox.mark_sent([r.uid for r in records], rejected)
        skip |= {r.statement_id for r in rejected}
        result.rounds += len(records)
        result.statements += count
        result.rejected += rejected
        batches += 1
    if batches == 0:
        outbox.note_idle()
    return result


def send_rounds(
    client: LrsClient, records: list[RoundRecord], skip: set[str]
) -> tuple[list[Rejected], int]:
    """Post the rounds' statements; return those set aside and how many were stored."""
    owner: dict[str, str] = {}
    batch = []
    for record in records:
        for statement in round_statements(record, client.config.base):
            if statement["id"] not in skip:
                owner[str(statement["id"])] = record.uid
                batch.append(statement)
    refused = post_batch(client, batch) if batch else []
    rejected = [Rejected(sid, owner[sid], status, message) for sid, status, message in refused]
    return rejected, len(batch) - len(rejected)


def post_batch(client: LrsClient, batch: list[dict[str, object]]) -> list[tuple[str, int, str]]:
    """Post `batch`, splitting it when the LRS refuses it whole; return the statements refused."""
    reply = client.post(batch)
    if reply.ok:
        return []
    if reply.status in (400, 409, 413) and len(batch) > 1:
        half = len(batch) // 2
        return post_batch(client, batch[:half]) + post_batch(client, batch[half:])
    if reply.status == 409:
        return []  # that statement id is already stored: done
    if reply.status in (400, 413):
        return [(str(batch[0]["id"]), reply.status, _refusal(reply))]
    raise stop_for(reply)


def stop_for(reply: Reply) -> Stop:
    """The Stop an answer that is neither success nor a statement's fault means."""
    if reply.status == 0:
        return Stop(reply.message, permanent=False)
    if reply.status in (401, 403):
        return Stop(
            f"the LRS refused the key and secret ({reply.status}: {reply.message});"
            " check them with `make-it-right lrs set`",
            permanent=True,
        )
    if reply.status == 404:
        return Stop(
            "the LRS has no statements at that address (404); the endpoint usually ends"
            " in /xAPI/ or /data/xAPI/",
            permanent=True,
        )
    if reply.status >= 500 or reply.status in RETRY_LATER:
        return Stop(
            f"the LRS is not taking statements now ({reply.status}: {reply.message})", False
        )
    return Stop(f"the LRS answered {reply.status}: {reply.message}", permanent=True)


def _refusal(reply: Reply) -> str:
    if reply.status == 413:
        return f"too large for this LRS (413: {reply.message})"
    return f"refused by the LRS ({reply.status}: {reply.message})"


def round_statements(record: RoundRecord, base: str) -> list[Statement]:
    """What the LRS gets for one round; a workshop round's answered statements carry how
    the room split at each decision (game/records/statements.py)."""
    return lrs_statements(record, base)
