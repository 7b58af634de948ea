"""The room's votes for people and machines: the report's section, CSV cells, xAPI pieces.

Answers are numbered as the room saw them on screen in that round (the
shuffle the round's seed gives), so "4 · 6 · 1" reads as the room voted.
"""

from __future__ import annotations

import uuid

from game.records.model import RoundRecord
from game.records.room import RoomVote

ROOM_CSV_COLUMNS = ("room_votes", "room_phones", "room_timer")


def split_text(vote: RoomVote, places: int = 0) -> str:
    """'4 · 6 · 1': the votes per answer place, in screen order."""
    places = max(places, max((p for p, _ in vote.votes), default=0), vote.chosen)
    counts = dict(vote.votes)
    return " · ".join(str(counts.get(p, 0)) for p in range(1, places + 1))


def decision_line(vote: RoomVote) -> str:
    """One decision as the report shows it."""
    total = vote.total
    votes = f"{total} vote{'s' if total != 1 else ''}"
    parts = [f"{split_text(vote)} ({votes}"]
    if vote.joined:
        parts.append(f", {vote.voters} of {vote.joined} phones")
    parts.append(")")
    who = "facilitator's pick" if vote.override else "the room said"
    share = f", {round(vote.share(vote.chosen) * 100)}%" if total else ""
    timer = f" · timer {vote.used} of {vote.timer} s" if vote.timer else ""
    return f"Decision {vote.number}: {''.join(parts)} → {who} {vote.chosen}{share}{timer}"


def room_section(rounds: list[RoundRecord]) -> str:
    """'How the room split': each workshop round with votes, decision by decision."""
    voted = [r for r in rounds if r.room]
    if not voted:
        return ""
    lines = ["How the room split (answers numbered as the room saw them)", ""]
    for record in voted:
        lines.append(f"{record.title}, {record.started:%Y-%m-%d %H:%M} UTC: {record.outcome}")
        lines += [f"  {decision_line(vote)}" for vote in record.room]
        lines.append("")
    return "\n".join(lines)


def csv_cells(record: RoundRecord) -> dict[str, object]:
    """room_votes '1:4/6/1>2 2:0/3/2>1!' (counts per place > chosen, ! = facilitator's pick),
    room_phones '1:17/23' (phones voted/joined), room_timer '1:42/60' (seconds used/set)."""
    room = record.room
    return {
        "room_votes": " ".join(
            f"{v.number}:{split_text(v).replace(' · ', '/')}>{v.chosen}{'!' if v.override else ''}"
            for v in room
        ),
        "room_phones": " ".join(f"{v.number}:{v.voters}/{v.joined}" for v in room if v.joined),
        "room_timer": " ".join(f"{v.number}:{v.used}/{v.timer}" for v in room if v.timer),
    }


def room_extensions(vote: RoomVote, base: str) -> dict[str, object]:
    """A decision's counts as xAPI result extensions (IRIs in docs/records.md)."""
    x = f"{base}/xapi/room/"
    return {
        x + "decision": vote.number,
        x + "chosen": vote.chosen,
        x + "votes": {str(p): c for p, c in vote.votes},
        x + "total": vote.total,
        x + "phones": {str(p): c for p, c in vote.phones},
        x + "voters": vote.voters,
        x + "joined": vote.joined,
        x + "override": vote.override,
        x + "timer": vote.timer,
        x + "timer-used": vote.used,
    }


def room_group(record: RoundRecord, base: str) -> dict[str, object]:
    """The room as an identified xAPI Group: no members, nobody named."""
    return {
        "objectType": "Group",
        "name": record.player,
        "account": {"homePage": base, "name": record.player},
    }


def answered_id(namespace: uuid.UUID, record: RoundRecord, vote: RoomVote) -> str:
    return str(uuid.uuid5(namespace, f"{record.uid}/answered/{vote.number}"))
