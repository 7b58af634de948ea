"""Everything a round tells a Learning Record Store: the export's statements and each decision.

    answered x N   one per decision (the answer's text and number, trust before and
                   after, principles used and missed), in the order they were made
    completed      as `export --xapi` writes it (game/records/xapi.py)
    passed/failed  Assessment rounds only, with the stored score and verdict

Every statement of a round shares its registration (the round's UUID); ids
are UUIDs derived from the round and the decision, so sending twice never
doubles anything. In workshop mode the actor is the room, as an xAPI Group.
The extension IRIs are listed in docs/records.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from game.names import WORKSHOP
from game.records.model import RoundRecord, StepRecord, iso
from game.records.room_out import room_extensions
from game.records.xapi import (
    BASE,
    NAMESPACE,
    PLATFORM,
    VERBS,
    activity_iri,
    registration,
)
from game.records.xapi import round_statements as export_statements

ANSWERED = VERBS + "answered"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
Statement = dict[str, object]


def lrs_statements(
    record: RoundRecord, base: str = BASE, votes: Mapping[int, Mapping[int, int]] | None = None
) -> list[Statement]:
    """The round's statements for an LRS: each decision, then what `export --xapi` writes.

    `votes` (workshop rounds: step number -> answer number -> votes) is carried
    on each answered statement when a front end has it; None leaves it out.
    """
    base = base.rstrip("/")
    found = [answered(record, step, base, votes) for step in record.steps]
    if record.room:  # one answered per decision: the room's split joins the decision's own
        split = {vote.number: room_extensions(vote, base) for vote in record.room}
        for step, statement in zip(record.steps, found, strict=True):
            result = statement.setdefault("result", {})
            assert isinstance(result, dict)
            result.setdefault("extensions", {}).update(split.get(step.number, {}))
    found += [s for s in export_statements(record, base) if not _is_answered(s)]
    if record.mode == WORKSHOP:
        for statement in found:
            statement["actor"] = room(record, base)
    return found


def answered_id(record: RoundRecord, step: StepRecord) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{record.uid}/answered/{step.number}"))


def room(record: RoundRecord, base: str) -> dict[str, object]:
    """A workshop's players as one identified Group: the room that voted together."""
    return {
        "objectType": "Group",
        "name": record.player,
        "account": {"homePage": base, "name": record.player},
    }


def _is_answered(statement: Statement) -> bool:
    verb = statement.get("verb")
    return isinstance(verb, dict) and str(verb.get("id", "")).endswith("/answered")


def answered(
    record: RoundRecord,
    step: StepRecord,
    base: str,
    votes: Mapping[int, Mapping[int, int]] | None = None,
) -> Statement:
    """One decision: the node as a cmi.interaction, the answer's text as the response."""
    scenario = activity_iri(record.scenario_id, base)
    extensions: dict[str, object] = {
        f"{base}/xapi/step": step.number,
        f"{base}/xapi/node": step.node,
        f"{base}/xapi/choice": step.choice,
        f"{base}/xapi/trust-before": step.trust_before,
        f"{base}/xapi/trust-after": step.trust_after,
        f"{base}/xapi/principles": list(step.principles),
        f"{base}/xapi/missed": list(step.missed),
    }
    if votes is not None and step.number in votes:  # workshop: how the room voted here
        extensions[f"{base}/xapi/votes"] = {str(k): v for k, v in votes[step.number].items()}
    return {
        "id": answered_id(record, step),
        "actor": {
            "objectType": "Agent",
            "name": record.player,
            "account": {"homePage": base, "name": record.player},
        },
        "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
        "object": {
            "objectType": "Activity",
            "id": f"{scenario}/nodes/{step.node}",
            "definition": {"type": INTERACTION, "interactionType": "choice"},
        },
        "result": {"response": step.say, "extensions": extensions},
        "context": {
            "registration": registration(record),
            "platform": PLATFORM,
            "contextActivities": {"parent": [{"objectType": "Activity", "id": scenario}]},
            "extensions": {f"{base}/xapi/mode": record.mode},
        },
        "timestamp": iso(record.finished),
    }
