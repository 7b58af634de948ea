"""Rounds as xAPI 1.0.3 statements, the JSON a learning record store (LRS) accepts.

Every round gives a `completed` statement. A workshop round's actor is the
room as a Group, and each of its decisions with votes gives an `answered`
statement with the room's counts in result extensions (room_out.py). An Assessment round also gives
`passed` or `failed` by its stored verdict, and both of its statements carry
the stored score (result.score) and verdict (result.success); Practice and
workshop rounds are not assessed, so they carry neither. Statement ids are
UUIDs derived from the round's own UUID and the verb, so exporting twice
gives the same ids and an LRS will not count a round twice.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

from game.engine.score import MAX_SCORE
from game.records.model import RoundRecord, iso
from game.records.room import RoomVote
from game.records.room_out import answered_id, room_extensions, room_group

BASE = "https://make-it-right.example"
VERBS = "http://adlnet.gov/expapi/verbs/"
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE + "/xapi")
PLATFORM = "Make It Right"


def statements(rounds: list[RoundRecord], base: str = BASE) -> list[dict[str, object]]:
    """Every round's statements, in the rounds' order."""
    return [s for record in rounds for s in round_statements(record, base)]


def round_statements(record: RoundRecord, base: str = BASE) -> list[dict[str, object]]:
    """`completed`, then `passed` or `failed` if the round has a stored verdict."""
    verbs = ["completed"]
    if record.assessment is not None:
        verbs.append("passed" if record.assessment.passed else "failed")
    found = [_statement(record, verb, base) for verb in verbs]
    return found + [_answered(record, vote, base) for vote in record.room]


def activity_iri(scenario_id: str, base: str = BASE) -> str:
    return f"{base.rstrip('/')}/scenarios/{quote(scenario_id, safe='')}"


def statement_id(record: RoundRecord, verb: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{record.uid}/{verb}"))


def registration(record: RoundRecord) -> str:
    """The round's own UUID (a uid that is not one is turned into one)."""
    try:
        return str(uuid.UUID(record.uid))
    except ValueError:
        return str(uuid.uuid5(NAMESPACE, record.uid))


def _actor(record: RoundRecord, base: str) -> dict[str, object]:
    if record.room:
        return room_group(record, base)
    return {
        "objectType": "Agent",
        "name": record.player,
        "account": {"homePage": base, "name": record.player},
    }


def _answered(record: RoundRecord, vote: RoomVote, base: str) -> dict[str, object]:
    """One decision of a workshop round: what the room answered, and how it split."""
    base = base.rstrip("/")
    node = record.steps[vote.number - 1].node if vote.number <= len(record.steps) else ""
    scenario = activity_iri(record.scenario_id, base)
    return {
        "id": answered_id(NAMESPACE, record, vote),
        "actor": room_group(record, base),
        "verb": {"id": VERBS + "answered", "display": {"en-US": "answered"}},
        "object": {
            "objectType": "Activity",
            "id": f"{scenario}/moments/{quote(node, safe='')}",
            "definition": {
                "name": {"en-US": f"{record.title}: decision {vote.number}"},
                "type": "http://adlnet.gov/expapi/activities/interaction",
            },
        },  # fmt: skip
        "result": {"response": str(vote.chosen), "extensions": room_extensions(vote, base)},
        "context": {**_context(record, base), "contextActivities": {"parent": [{"id": scenario}]}},
        "timestamp": iso(record.finished),
    }


def _statement(record: RoundRecord, verb: str, base: str) -> dict[str, object]:
    base = base.rstrip("/")
    return {
        "id": statement_id(record, verb),
        "actor": _actor(record, base),
        "verb": {"id": VERBS + verb, "display": {"en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": activity_iri(record.scenario_id, base),
            "definition": {
                "name": {"en-US": record.title},
                "type": SIMULATION,
            },
        },
        "result": _result(record, base),
        "context": _context(record, base),
        "timestamp": iso(record.finished),
    }


def _result(record: RoundRecord, base: str) -> dict[str, object]:
    result: dict[str, object] = {}
    verdict = record.assessment
    if verdict is not None:
        result["score"] = {
            "scaled": verdict.scaled,
            "raw": verdict.score,
            "min": 0,
            "max": MAX_SCORE,
        }
        result["success"] = verdict.passed
    extensions: dict[str, object] = {
        f"{base}/xapi/outcome": record.outcome,
        f"{base}/xapi/ending": record.ending,
        f"{base}/xapi/trust": record.trust,
        f"{base}/xapi/tells": record.tells,
        f"{base}/xapi/rewinds": record.rewinds,
        f"{base}/xapi/steps": len(record.steps),
    }
    if verdict is not None:
        extensions[f"{base}/xapi/verdict"] = verdict.reason
    return {
        **result,
        "completion": True,
        "duration": duration(record.seconds),
        "extensions": extensions,
    }


def _context(record: RoundRecord, base: str) -> dict[str, object]:
    extensions: dict[str, object] = {f"{base}/xapi/mode": record.mode}
    if record.seed is not None:
        extensions[f"{base}/xapi/seed"] = record.seed
    context: dict[str, object] = {
        "registration": registration(record),
        "platform": PLATFORM,
        "extensions": extensions,
    }
    if record.scenario_hash:
        context["revision"] = record.scenario_hash
    return context


def duration(seconds: int) -> str:
    """Whole seconds as an ISO 8601 duration: 125 -> PT2M5S, 0 -> PT0S."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    parts = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return "PT" + parts + (f"{secs}S" if secs or not parts else "")
