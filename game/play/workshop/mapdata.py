"""Where each node of the branch map goes (pure: no pygame): columns by distance from the start."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from game.model.scenario import Scenario

SWEEPS = 4  # passes of the barycentre ordering; enough for scenario-sized maps


@dataclass(frozen=True)
class MapLayout:
    """Node columns left to right (the endings last), each ordered to limit crossings."""

    columns: tuple[tuple[str, ...], ...]
    endings: tuple[str, ...]
    edges: frozenset[tuple[str, str]]

    def row_of(self, item: str) -> tuple[int, int, int]:
        """(column, row, rows in that column); the endings column comes after the nodes."""
        for c, column in enumerate((*self.columns, self.endings)):
            if item in column:
                return c, column.index(item), len(column)
        raise KeyError(item)


def static_edges(scenario: Scenario) -> frozenset[tuple[str, str]]:
    """Every (node, target) some choice's goto names, conditions ignored."""
    return frozenset(
        (nid, branch.target)
        for nid, node in scenario.nodes.items()
        for choice in node.choices
        for branch in choice.goto
    )


def layout(scenario: Scenario) -> MapLayout:
    """Columns by shortest distance from the start; unreachable nodes join the last column."""
    edges = static_edges(scenario)
    depth = _depths(scenario, edges)
    last = max(depth.values(), default=0)
    for nid in scenario.nodes:
        depth.setdefault(nid, last)
    columns: list[list[str]] = [[] for _ in range(last + 1)]
    for nid in scenario.nodes:
        columns[depth[nid]].append(nid)
    endings = list(scenario.endings)
    _order(columns, endings, edges)
    return MapLayout(tuple(map(tuple, columns)), tuple(endings), edges)


def _depths(scenario: Scenario, edges: frozenset[tuple[str, str]]) -> dict[str, int]:
    nexts: dict[str, list[str]] = {}
    for source, target in sorted(edges):
        nexts.setdefault(source, []).append(target)
    depth = {scenario.start: 0}
    queue = deque([scenario.start])
    while queue:
        nid = queue.popleft()
        for target in nexts.get(nid, ()):
            if target in scenario.nodes and target not in depth:
                depth[target] = depth[nid] + 1
                queue.append(target)
    return depth


def _order(columns: list[list[str]], endings: list[str], edges: frozenset[tuple[str, str]]) -> None:
    """Sort each column by the mean row of its neighbours in the column before (in place)."""
    stack = [*columns, endings]
    parents: dict[str, list[str]] = {}
    for source, target in edges:
        parents.setdefault(target, []).append(source)
    for _ in range(SWEEPS):
        rows = {item: r / max(1, len(col) - 1) for col in stack for r, item in enumerate(col)}
        for column in stack[1:]:
            column.sort(
                key=lambda item: _mean(
                    [rows[p] for p in parents.get(item, []) if p in rows], rows[item]
                )
            )


def _mean(values: list[float], default: float) -> float:
    return sum(values) / len(values) if values else default
