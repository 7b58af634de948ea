"""The branch map of a scenario as Graphviz DOT text.

Nodes carry their id and the start of their line; every choice is an edge
labelled with its number and trust change; endings are coloured by outcome
with their word of mouth. Parts no player can reach are grey, and the best
and worst paths found by the analysis are drawn bold in green and red.

We write DOT text ourselves rather than use the `graphviz` Python package:
the format is a few lines of text, so the package would only add a
dependency. Rendering to SVG or PNG needs Graphviz's `dot` program
(game.cli.graph finds it and explains how to install it when it is missing).
"""

from __future__ import annotations

import textwrap
from collections import deque
from dataclasses import dataclass, field

from game.engine import rules
from game.engine.analysis import Analysis, Extreme
from game.model.scenario import Choice, Scenario

MAX_STATES = 20_000  # beyond this, edges are not greyed (the map stays correct, just less precise)

STAY_FILL, LEAVE_FILL, GREY = "#c8e6c9", "#ffcdd2", "#9e9e9e"
BEST, WORST, WALKOUT = "#2e7d32", "#c62828", "#c62828"

Edge = tuple[str, int, str]  # node id, choice index in the file (0-based), target id


@dataclass
class Traversal:
    """Which choice edges some player can take, and where trust runs out."""

    used: set[Edge] = field(default_factory=set)
    complete: bool = True


def to_dot(scenario: Scenario, report: Analysis) -> str:
    """The whole map; `report` is analyse(scenario)."""
    taken = traverse(scenario)
    best = path_edges(scenario, report.best)
    worst = path_edges(scenario, report.worst)
    lines = [
        f"digraph {quote(scenario.id)} {{",
        f"  graph [{attrs(label=_title(scenario, report, taken), labelloc='t', fontsize=14, fontname='Helvetica', rankdir='TB', nodesep=0.4)}];",
        f"  node [{attrs(fontname='Helvetica', fontsize=10, shape='box', style='rounded')}];",
        f"  edge [{attrs(fontname='Helvetica', fontsize=9)}];",
    ]
    lines += [_node_line(scenario, nid, report) for nid in scenario.nodes]
    lines += [_ending_line(scenario, eid, report) for eid in scenario.endings]
    for nid, node in scenario.nodes.items():
        for index, choice in enumerate(node.choices):
            lines += _choice_lines(scenario, nid, index, choice, taken, best, worst, report)
    lines.append("}")
    return "\n".join(lines) + "\n"


def traverse(scenario: Scenario, limit: int = MAX_STATES) -> Traversal:
    """Every (node, choice, target) a player can take from the start, walk-outs included."""
    found = Traversal()
    start = rules.start_state(scenario)
    seen = {(start.node, start.trust, start.flags)}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        for option in rules.offered(scenario, state):
            after, _ = rules.choose(scenario, state, option.number)
            found.used.add((state.node, option.index, after.node))
            key = (after.node, after.trust, after.flags)
            if after.finished or key in seen:
                continue
            if len(seen) >= limit:
                found.complete = False
                continue
            seen.add(key)
            queue.append(rules.State(after.node, after.trust, after.flags))
    return found


def path_edges(scenario: Scenario, extreme: Extreme | None) -> set[Edge]:
    """The edges of a witness path (choice numbers as the player types them)."""
    if extreme is None:
        return set()
    state, edges = rules.start_state(scenario), set()
    for number in extreme.witness:
        before = state.node
        state, _ = rules.choose(scenario, state, number)
        step = state.history[-1]
        edges.add((before, step.index, step.target))
    return edges


def _title(scenario: Scenario, report: Analysis, taken: Traversal) -> str:
    lines = [
        f"{scenario.title}  ({scenario.id})",
        f"trust starts at {scenario.trust_start}; the customer walks out at {scenario.leave_at} or below",
        "arrows: choice number (order in the file): trust change",
    ]
    if report.best and report.worst:
        lines.append(
            f"bold green: best path (trust {report.best.trust}) · "
            f"bold red: worst path (trust {report.worst.trust}) · grey: never reached"
        )
    if not (taken.complete and report.complete):
        lines.append("(too many states to grey every unused choice)")
    return "\n".join(lines)


def _node_line(scenario: Scenario, nid: str, report: Analysis) -> str:
    node = scenario.nodes[nid]
    heading = f"{nid}  (start)" if nid == scenario.start else nid
    speaker = "" if node.speaker is None else f"{node.speaker}: "
    text = short(speaker + node.say)
    options: dict[str, object] = {"label": f"{heading}\n{text}"}
    if nid == scenario.start:
        options["penwidth"] = 2
    if node.is_narration:
        options["style"] = "rounded,dashed"
    if nid not in report.reachable_nodes:
        label = f"{heading}\n{text}\n(never reached)"
        options.update(_greyed("never reached"), label=label, style="rounded,dashed")
    return f"  {quote(nid)} [{attrs(**options)}];"


def _ending_line(scenario: Scenario, eid: str, report: Analysis) -> str:
    ending = scenario.endings[eid]
    verdict = "STAYS" if ending.stays else "LEAVES"
    lines = [eid, f"{verdict} · tells {ending.tells}"]
    if eid == scenario.walkout:
        lines.append(f"walk-out: trust ≤ {scenario.leave_at}")
    options: dict[str, object] = {
        "style": "rounded,filled,bold",
        "fillcolor": STAY_FILL if ending.stays else LEAVE_FILL,
    }
    outcome = report.endings.get(eid)
    if outcome is not None and not outcome.reachable:
        lines.append("(never reached)")
        options.update(_greyed("never reached"), style="rounded,filled,dashed", fillcolor="#eeeeee")
    return f"  {quote(eid)} [{attrs(label=chr(10).join(lines), **options)}];"


def _choice_lines(
    scenario: Scenario,
    nid: str,
    index: int,
    choice: Choice,
    taken: Traversal,
    best: set[Edge],
    worst: set[Edge],
    report: Analysis,
) -> list[str]:
    reachable = nid in report.reachable_nodes
    number = f"{index + 1}: {trust_text(choice.trust)}"
    if choice.condition is not None:
        number += f"\nif {short(choice.condition.source, 28, 1)}"
    lines = []
    targets = [b.target for b in choice.goto]
    for branch in choice.goto:
        label = number
        if len(choice.goto) > 1:
            label += "\n" + (
                f"[{short(branch.condition.source, 28, 1)}]" if branch.condition else "[otherwise]"
            )
        edge = (nid, index, branch.target)
        used = edge in taken.used or (reachable and not taken.complete)
        lines.append(_edge_line(edge, label, used and reachable, best, worst))
    walkout = (nid, index, scenario.walkout)
    if walkout in taken.used and scenario.walkout not in targets:
        label = f"{index + 1}: {trust_text(choice.trust)}\nwalks out"
        lines.append(_edge_line(walkout, label, True, best, worst, walking=True))
    return lines


def _edge_line(
    edge: Edge, label: str, used: bool, best: set[Edge], worst: set[Edge], walking: bool = False
) -> str:
    source, _, target = edge
    options: dict[str, object] = {"label": label}
    if walking:
        options.update(style="dashed", color=WALKOUT, fontcolor=WALKOUT)
    if not used:
        options.update(_greyed("never taken"), style="dashed")
    colours = [c for c, path in ((BEST, best), (WORST, worst)) if edge in path]
    if colours:
        options.update(color=":".join(colours), penwidth=3, fontcolor=colours[0])
    return f"  {quote(source)} -> {quote(target)} [{attrs(**options)}];"


def _greyed(why: str) -> dict[str, object]:
    return {"color": GREY, "fontcolor": GREY, "tooltip": why}


def trust_text(delta: int) -> str:
    return f"{delta:+d}" if delta else "±0"


def short(text: str, width: int = 26, lines: int = 2) -> str:
    """At most `lines` lines of `width` characters, with an ellipsis if cut."""
    text = " ".join(str(text).split())
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def quote(text: str) -> str:
    """A DOT string: quotes and backslashes escaped, line breaks as centred \\n."""
    escaped = str(text).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'


def attrs(**options: object) -> str:
    return ", ".join(f"{key}={quote(str(value))}" for key, value in options.items())
