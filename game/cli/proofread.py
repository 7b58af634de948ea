"""A scenario as a script to proofread: every line a player or the room reads, in play order.

Nodes come in the order a player first meets them (breadth first from
`start`), then endings in the same order, then anything no path reaches.
Each line carries notes for the proofreader: a doubled word, a spelling of
the other side of the Atlantic when the script mixes both (SPELLINGS), or a
line longer than the screen shows comfortably (COMFORTABLE).
"""

from __future__ import annotations

import re
from collections import Counter, deque
from dataclasses import dataclass, field

from game.api import Scenario

# characters the game's text boxes show without shrinking the type
COMFORTABLE = {"say": 300, "answer": 140, "feedback": 300, "ending": 300, "lesson": 300}

# US spelling -> UK spelling; the script's minority side is flagged (a tie flags the UK side).
SPELLINGS = {
    "apologize": "apologise",
    "apologized": "apologised",
    "apologizing": "apologising",
    "behavior": "behaviour",
    "canceled": "cancelled",
    "center": "centre",
    "color": "colour",
    "customize": "customise",
    "favor": "favour",
    "favorite": "favourite",
    "flavor": "flavour",
    "gray": "grey",
    "honor": "honour",
    "jewelry": "jewellery",
    "neighbor": "neighbour",
    "organize": "organise",
    "prioritize": "prioritise",
    "realize": "realise",
    "recognize": "recognise",
    "theater": "theatre",
    "traveled": "travelled",
}
_UK = {uk: us for us, uk in SPELLINGS.items()}
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


@dataclass
class Line:
    """One line of the script: where it is, who says it, what is read, and notes on it."""

    place: str  # the node or ending id
    kind: str  # say, answer, feedback, ending, lesson
    speaker: str
    text: str
    line: int
    notes: list[str] = field(default_factory=list)


def script(scenario: Scenario) -> list[Line]:
    """Every line of the scenario in play order, each with its proofreading notes."""
    lines: list[Line] = []
    nodes, endings = play_order(scenario)
    for nid in nodes:
        lines.extend(_node_lines(scenario, nid))
    for eid in endings:
        ending = scenario.endings[eid]
        speaker = f"Ending ({ending.outcome})"
        lines.append(Line(eid, "ending", speaker, ending.say, ending.span.line))
        if ending.lesson:
            lines.append(Line(eid, "lesson", "Lesson", ending.lesson, ending.span.line))
    _annotate(lines)
    return lines


def play_order(scenario: Scenario) -> tuple[list[str], list[str]]:
    """Node ids and ending ids in the order a player first meets them; unreached ones last."""
    seen: dict[str, None] = {}
    queue = deque([scenario.start])
    while queue:
        here = queue.popleft()
        if here in seen:
            continue
        seen[here] = None
        node = scenario.nodes.get(here)
        if node is not None:
            queue.extend(b.target for c in node.choices for b in c.goto)
    seen.setdefault(scenario.walkout, None)
    order = [*seen, *scenario.nodes, *scenario.endings]
    nodes = list(dict.fromkeys(i for i in order if i in scenario.nodes))
    endings = list(dict.fromkeys(i for i in order if i in scenario.endings))
    return nodes, endings


def _node_lines(scenario: Scenario, nid: str) -> list[Line]:
    node = scenario.nodes[nid]
    speaker = "Narrator" if node.speaker == "narrator" else node.speaker or scenario.customer.name
    lines = [Line(nid, "say", speaker, node.say, node.span.line)]
    for number, choice in enumerate(node.choices, start=1):
        where = choice.span.line
        lines.append(Line(nid, "answer", f"Answer {number}", choice.say, where))
        if choice.feedback:
            lines.append(Line(nid, "feedback", f"Feedback {number}", choice.feedback, where))
    return lines


def _annotate(lines: list[Line]) -> None:
    words = [w.lower() for line in lines for w in _WORD.findall(line.text)]
    counts = Counter("us" if w in SPELLINGS else "uk" for w in words if w in SPELLINGS or w in _UK)
    flagged = "us" if counts["us"] < counts["uk"] else "uk"
    mixed = len(counts) == 2
    for line in lines:
        for match in _DOUBLED.finditer(line.text):
            line.notes.append(f"doubled word '{match.group()}'")
        for word in _WORD.findall(line.text):
            other = (SPELLINGS if flagged == "us" else _UK).get(word.lower())
            if mixed and other:
                line.notes.append(
                    f"'{word}' mixes spellings: the rest of the script writes '{other}'"
                )
        limit = COMFORTABLE[line.kind]
        if len(line.text) > limit:
            line.notes.append(
                f"{len(line.text)} characters; the screen shows about {limit} comfortably"
            )
