"""Which endings a room can still reach from where it is (pure: no pygame).

The notes mark an ending "on track" while any path leads there from the
room's state, not only the one shortest path the analysis found.
"""

from __future__ import annotations

from game.engine import rules
from game.model.scenario import Scenario

LIMIT = 5000  # states searched at most; scenarios are far smaller


def reachable_endings(scenario: Scenario, state: rules.State, limit: int = LIMIT) -> set[str]:
    """The ids of every ending some sequence of answers reaches from `state`."""
    if state.ending is not None:
        return {state.ending}
    seen = {(state.node, state.trust, state.flags)}
    frontier = [rules.State(state.node, state.trust, state.flags)]
    found: set[str] = set()
    while frontier and len(seen) < limit:
        here = frontier.pop()
        for option in rules.offered(scenario, here):
            after, _ = rules.choose(scenario, here, option.number)
            if after.ending is not None:
                found.add(after.ending)
                continue
            key = (after.node, after.trust, after.flags)
            if key not in seen:
                seen.add(key)
                frontier.append(rules.State(after.node, after.trust, after.flags))
    return found


def decision_range(scenario: Scenario, limit: int = LIMIT) -> tuple[int, int]:
    """The fewest and the most decisions any round of `scenario` takes (for planning time)."""
    start = rules.start_state(scenario)
    memo: dict[tuple[str, int, frozenset[str]], tuple[int, int]] = {}

    def walk(
        state: rules.State, seen: frozenset[tuple[str, int, frozenset[str]]]
    ) -> tuple[int, int]:
        key = (state.node, state.trust, state.flags)
        if key in memo:
            return memo[key]
        low, high = LIMIT, 0
        for option in rules.offered(scenario, state):
            after, _ = rules.choose(scenario, state, option.number)
            nxt = (after.node, after.trust, after.flags)
            if after.ending is not None:
                low, high = min(low, 1), max(high, 1)
            elif nxt not in seen and len(memo) < limit:
                a, b = walk(rules.State(*nxt), seen | {nxt})
                low, high = min(low, a + 1), max(high, b + 1)
        memo[key] = (low, high) if high else (0, 0)
        return memo[key]

    low, high = walk(start, frozenset({(start.node, start.trust, start.flags)}))
    return low, high
