"""Rounds rebuilt from the statements an LRS gives back, for `report --from-lrs`.

Statements are grouped by registration (one per round). The `completed`
statement gives the round (player, scenario, times, outcome, trust, score
and verdict); the `answered` ones give its decisions. Statements that are not
ours (another platform, another verb) and rounds without a `completed`
statement are skipped, never guessed at. The Assessment keeps its score,
verdict and reason; how the score was reached (its parts) stays on the player's machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any
from urllib.parse import unquote

from game.engine.score import Assessment
from game.records.model import RoundRecord, StepRecord, parse_iso
from game.records.room import RoomVote
from game.records.statements import ANSWERED
from game.records.xapi import PLATFORM, VERBS

COMPLETED = VERBS + "completed"


def rounds_from_statements(
    statements: Iterable[dict[str, Any]], base: str | None = None
) -> list[RoundRecord]:
    """Every whole round the statements describe, oldest first.

    `base` keeps only the organisation's own (activity ids under that address).
    """
    prefix = None if base is None else base.rstrip("/") + "/"
    completed: dict[str, dict[str, Any]] = {}
    steps: dict[str, list[dict[str, Any]]] = {}
    for statement in statements:
        context = statement.get("context") or {}
        registration = context.get("registration")
        if context.get("platform") != PLATFORM or not registration:
            continue
        if prefix and not str((statement.get("object") or {}).get("id", "")).startswith(prefix):
            continue
        verb = (statement.get("verb") or {}).get("id")
        if verb == COMPLETED:
            completed[registration] = statement
        elif verb == ANSWERED:
            steps.setdefault(registration, []).append(statement)
    found = []
    for registration, statement in completed.items():
        record = _round(statement, steps.get(registration, []))
        if record is not None:
            found.append(record)
    return sorted(found, key=lambda r: (r.started, r.finished, r.uid))


def _ext(extensions: dict[str, Any], name: str, default: Any = None) -> Any:
    for key, value in extensions.items():
        if key.endswith("/xapi/" + name):
            return value
    return default


def _round(statement: dict[str, Any], answered: list[dict[str, Any]]) -> RoundRecord | None:
    try:
        result = statement.get("result") or {}
        found = result.get("extensions") or {}
        context = statement["context"]
        finished = parse_iso(statement["timestamp"])
        started = finished - timedelta(seconds=_seconds(result.get("duration", "PT0S")))
        activity = statement["object"]
        mode = _ext(context.get("extensions") or {}, "mode", "practice")
        seed = _ext(context.get("extensions") or {}, "seed")
        return RoundRecord(
            uid=context["registration"],
            player=str(statement["actor"].get("name") or statement["actor"]["account"]["name"]),
            scenario_id=unquote(activity["id"].rstrip("/").rsplit("/", 1)[-1]),
            scenario_hash=str(context.get("revision", "")),
            scenario_title=str(
                ((activity.get("definition") or {}).get("name") or {}).get("en-US", "")
            ),
            mode=str(mode),
            started=started,
            finished=finished,
            outcome=str(_ext(found, "outcome")),
            ending=str(_ext(found, "ending")),
            trust=int(_ext(found, "trust", 0)),
            tells=int(_ext(found, "tells", 0)),
            rewinds=int(_ext(found, "rewinds", 0)),
            steps=_steps(answered),
            seed=None if seed is None else int(seed),
            assessment=_assessment(result, found),
            room=_room(answered),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _steps(answered: list[dict[str, Any]]) -> tuple[StepRecord, ...]:
    steps = []
    for statement in answered:
        result = statement.get("result") or {}
        found = result.get("extensions") or {}
        steps.append(
            StepRecord(
                int(_ext(found, "step")),
                str(_ext(found, "node")),
                int(_ext(found, "choice")),
                str(result.get("response", "")),
                tuple(_ext(found, "principles", ())),
                int(_ext(found, "trust-before")),
                int(_ext(found, "trust-after")),
                tuple(_ext(found, "missed", ())),
            )  # fmt: skip
        )
    return tuple(sorted(steps, key=lambda s: s.number))


def _room(answered: list[dict[str, Any]]) -> tuple[RoomVote, ...]:
    """How a workshop room voted, from the split its answered statements carry."""
    votes = []
    for statement in answered:
        found = (statement.get("result") or {}).get("extensions") or {}
        number = _ext(found, "room/decision")
        if number is None:
            continue
        votes.append(
            RoomVote(
                number=int(number),
                chosen=int(_ext(found, "room/chosen", 0)),
                votes=_counts(_ext(found, "room/votes", {})),
                phones=_counts(_ext(found, "room/phones", {})),
                voters=int(_ext(found, "room/voters", 0)),
                joined=int(_ext(found, "room/joined", 0)),
                override=bool(_ext(found, "room/override", False)),
                timer=int(_ext(found, "room/timer", 0)),
                used=int(_ext(found, "room/timer-used", 0)),
            )
        )
    return tuple(sorted(votes, key=lambda v: v.number))


def _counts(value: Any) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((int(place), int(count)) for place, count in dict(value).items()))


def _assessment(result: dict[str, Any], found: dict[str, Any]) -> Assessment | None:
    score = (result.get("score") or {}).get("raw")
    if score is None or "success" not in result:
        return None
    return Assessment(
        score=int(score), passed=bool(result["success"]), reason=str(_ext(found, "verdict", "")),
        parts=(), good=(), bad=(), mistimed=(),
    )  # fmt: skip


def _seconds(duration: str) -> int:
    """Read back what xapi.duration wrote (PT#H#M#S, whole seconds)."""
    text, total = duration.removeprefix("PT"), 0
    for unit, size in (("H", 3600), ("M", 60), ("S", 1)):
        if unit in text:
            number, text = text.split(unit, 1)
            total += int(float(number)) * size
    return total
