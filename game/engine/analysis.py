"""Exhaustive analysis of a scenario's reachable state space.

A breadth-first search from the start state finds every reachable node and
ending with a shortest witness (the choice numbers a player types), nodes where
every choice is hidden (stuck), nodes from which no ending can be reached (no
exit), and the best and worst final trust. The search (analysis_search.py)
keeps every trust reachable at a (node, flags) pair as one 101-bit set, so wide
trust swings and loops cost sets, not thousands of separate states; ties are
broken exactly as a state-by-state search would (analysis_reference.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.analysis_moves import Key, Rules, flag_names
from game.engine.analysis_search import BitSearch, Caller, Pair
from game.model.scenario import Scenario

MAX_STATES = 2_000_000  # (node, trust, flags) states; about 5 s of search at most

Callers = dict[Pair, list[Caller]]

__all__ = ["MAX_STATES", "Analysis", "Extreme", "Key", "Outcome", "analyse"]


@dataclass(frozen=True)
class Outcome:
    """How one ending can be reached: the shortest witness and its final trust."""

    ending: str
    outcome: str
    reachable: bool
    witness: tuple[int, ...] | None = None
    trust: int | None = None


@dataclass(frozen=True)
class Extreme:
    trust: int
    witness: tuple[int, ...]
    ending: str


@dataclass
class Analysis:
    """Everything the search found; `to_json` is what `check --json` prints."""

    scenario: str
    endings: dict[str, Outcome]
    reachable_nodes: set[str]
    unreachable: list[str]
    stuck: dict[str, tuple[int, frozenset[str]]]
    no_exit: list[str]
    walkout_reachable: bool
    best: Extreme | None
    worst: Extreme | None
    states: int
    complete: bool = True
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        def extreme(e: Extreme | None) -> dict[str, object] | None:
            return (
                None
                if e is None
                else {"trust": e.trust, "witness": list(e.witness), "ending": e.ending}
            )

        return {
            "scenario": self.scenario,
            "endings": {
                eid: {
                    "outcome": o.outcome,
                    "reachable": o.reachable,
                    "witness": list(o.witness) if o.witness is not None else None,
                    "trust": o.trust,
                }
                for eid, o in self.endings.items()
            },
            "unreachable": self.unreachable,
            "stuck": sorted(self.stuck),
            "no_exit": self.no_exit,
            "walkout_reachable": self.walkout_reachable,
            "best": extreme(self.best),
            "worst": extreme(self.worst),
            "states": self.states,
            "complete": self.complete,
        }


def analyse(scenario: Scenario, max_states: int = MAX_STATES) -> Analysis:
    """Search every state a player can reach; pure and deterministic."""
    search = BitSearch(Rules.of(scenario), max_states)
    search.run()
    return _report(search)


def _report(search: BitSearch) -> Analysis:
    scenario = search.rules.scenario
    callers = search.callers()
    endings = {eid: _outcome(search, eid, callers) for eid in scenario.endings}
    reachable_nodes = {pair[0] for pair in search.visited}
    unreachable = [n for n in scenario.nodes if n not in reachable_nodes]
    unreachable += [e for e, o in endings.items() if not o.reachable]
    stuck = {node: _stuck_at(search, node, callers) for node in search.stuck}
    no_exit = sorted(search.trapped(callers) - set(stuck)) if search.complete else []
    best = _extreme(search, search.best, callers)
    worst = _extreme(search, search.worst, callers)
    return Analysis(
        scenario=scenario.id,
        endings=endings,
        reachable_nodes=reachable_nodes,
        unreachable=unreachable,
        stuck=stuck,
        no_exit=no_exit,
        walkout_reachable=scenario.walkout in search.first_hit,
        best=best,
        worst=worst,
        states=search.states,
        complete=search.complete,
    )


def _outcome(search: BitSearch, ending: str, callers: Callers) -> Outcome:
    """The ending's first shortest witness, and the trust it ends with."""
    outcome = search.rules.scenario.endings[ending].outcome
    layer = search.first_hit.get(ending)
    if layer is None:
        return Outcome(ending, outcome, False)
    goal = search.goal_before_ending(layer, lambda target, post: post if target == ending else 0)
    numbers, (node, trust, mask) = search.path_to(layer, goal, callers)
    for number, target, new_trust, _ in search.rules.steps(node, trust, mask):
        if target == ending:
            return Outcome(ending, outcome, True, (*numbers, number), new_trust)
    raise AssertionError(f"no answer reaches {ending}")  # the search just found one


def _extreme(search: BitSearch, found: tuple[int, int] | None, callers: Callers) -> Extreme | None:
    """The first shortest witness that ends with the given final trust."""
    if found is None:
        return None
    value, layer = found
    goal = search.goal_before_ending(layer, lambda target, post: post & (1 << value))
    numbers, (node, trust, mask) = search.path_to(layer, goal, callers)
    endings = search.rules.scenario.endings
    for number, target, new_trust, _ in search.rules.steps(node, trust, mask):
        if target in endings and new_trust == value:
            return Extreme(value, (*numbers, number), target)
    raise AssertionError(f"no answer ends at trust {value}")  # the search just found one


def _stuck_at(search: BitSearch, node: str, callers: Callers) -> tuple[int, frozenset[str]]:
    """The trust and flags of the first state found where every answer at node is hidden."""
    layer, goal = search.stuck[node]
    _, (_, trust, mask) = search.path_to(layer, goal, callers)
    names = {bit: name for name, bit in search.rules.bits.items()}
    return trust, flag_names(mask, names)
