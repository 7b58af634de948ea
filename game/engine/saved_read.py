"""Typed reads of untrusted saved-round JSON; every fault becomes Invalid with a plain message.

game.engine.saved turns Invalid into a SaveError value, so nothing here
escapes to the caller. Besides types, a read checks names against the
scenario: a node, an ending or a step must exist in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.rules import TRUST_MAX, TRUST_MIN, State, Step
from game.model.scenario import Scenario

JsonObject = dict[str, object]


class Invalid(Exception):
    """A fault in a save, described for people; never leaves game.engine.saved."""


@dataclass(frozen=True)
class SavedRound:
    """What a saved round holds, read and checked for types and names."""

    states: tuple[State, ...]
    seed: int | None
    rewinds: int
    taken_back: tuple[Step, ...]


def step_data(step: Step) -> JsonObject:
    """One decision as plain JSON data (flags sorted, so equal steps give equal text)."""
    return {
        "node": step.node,
        "number": step.number,
        "index": step.index,
        "say": step.say,
        "trust_before": step.trust_before,
        "trust_after": step.trust_after,
        "flags": sorted(step.flags),
        "principles": list(step.principles),
        "feedback": step.feedback,
        "target": step.target,
        "offered": list(step.offered),
    }


def read_round(data: JsonObject, scenario: Scenario) -> SavedRound:
    """The states, seed, rewinds and taken-back steps of a saved round."""
    states = _list(data, "states", "the saved round")
    if not states:
        raise Invalid("the saved round has no states")
    seed = data.get("seed")
    if seed is not None:
        seed = _int(data, "seed", "the saved round")
    return SavedRound(
        states=tuple(read_state(s, scenario, f"saved state {n}") for n, s in enumerate(states, 1)),
        seed=seed,
        rewinds=_count(data, "rewinds", "the saved round"),
        taken_back=_steps(data, "taken_back", scenario, "the saved round"),
    )


def read_state(value: object, scenario: Scenario, what: str) -> State:
    """One State; its node (or ending) must be in `scenario` and its trust in range."""
    data = _object(value, what)
    node, ending = _text(data, "node", what), data.get("ending")
    if ending is not None:
        ending = _text(data, "ending", what)
        if ending not in scenario.endings or node != ending:
            raise Invalid(f"{what} ends at '{ending}', which is not an ending of this scenario")
    elif node not in scenario.nodes:
        raise Invalid(f"{what} is at '{node}', which is not a node of this scenario")
    trust = _int(data, "trust", what)
    if not TRUST_MIN <= trust <= TRUST_MAX:
        raise Invalid(f"{what} has trust {trust}; trust is {TRUST_MIN} to {TRUST_MAX}")
    flags = frozenset(_texts(data, "flags", what))
    return State(node, trust, flags, _steps(data, "history", scenario, what), ending)


def _steps(data: JsonObject, key: str, scenario: Scenario, what: str) -> tuple[Step, ...]:
    items = _list(data, key, what)
    return tuple(_step(item, scenario, f"step {n + 1} of {what}") for n, item in enumerate(items))


def _step(value: object, scenario: Scenario, what: str) -> Step:
    data = _object(value, what)
    node, target = _text(data, "node", what), _text(data, "target", what)
    places = scenario.nodes.keys() | scenario.endings.keys()
    if node not in scenario.nodes or target not in places:
        raise Invalid(f"{what} names a place this scenario does not have")
    return Step(
        node=node,
        number=_int(data, "number", what),
        index=_int(data, "index", what),
        say=_text(data, "say", what),
        trust_before=_int(data, "trust_before", what),
        trust_after=_int(data, "trust_after", what),
        flags=frozenset(_texts(data, "flags", what)),
        principles=tuple(_texts(data, "principles", what)),
        feedback=_text(data, "feedback", what),
        target=target,
        offered=_indices(data, "offered", what),
    )


def _indices(data: JsonObject, key: str, what: str) -> tuple[int, ...]:
    values = _list(data, key, what)
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
        raise Invalid(f"'{key}' of {what} must be a list of choice places (0 or more)")
    return tuple(values)  # type: ignore[arg-type]


def _object(value: object, what: str) -> JsonObject:
    if not isinstance(value, dict):
        raise Invalid(f"{what} must be a JSON object")
    return value


def _list(data: JsonObject, key: str, what: str) -> list[object]:
    value = data.get(key)
    if not isinstance(value, list):
        raise Invalid(f"'{key}' of {what} must be a list")
    return value


def _int(data: JsonObject, key: str, what: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise Invalid(f"'{key}' of {what} must be a whole number")
    return value


def _count(data: JsonObject, key: str, what: str) -> int:
    value = _int(data, key, what)
    if value < 0:
        raise Invalid(f"'{key}' of {what} must not be negative")
    return value


def _text(data: JsonObject, key: str, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise Invalid(f"'{key}' of {what} must be text")
    return value


def _texts(data: JsonObject, key: str, what: str) -> list[str]:
    items = _list(data, key, what)
    if not all(isinstance(item, str) for item in items):
        raise Invalid(f"every entry of '{key}' of {what} must be text")
    return [item for item in items if isinstance(item, str)]
