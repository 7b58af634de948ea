"""Live preview: the round in play, replayed on an edited version of its scenario file.

A trainer saves the file and sees the edited line in place: the same answers
are given again, in order, from the same start and with the same shuffle seed.
Each answer is found again by what it says; an answer whose words were edited
is found by its place when the node still has as many answers. When an answer
is gone, no longer offered, or leads elsewhere, the replay stops at the
furthest node it reached and says where it diverged. Nothing is recorded: a
replay that would end the round stops one answer short of the ending.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.engine import rules
from game.engine.round import Round
from game.model.scenario import Node, Scenario
from game.play.session import PlaySession


@dataclass(frozen=True)
class Replayed:
    """The session on the edited scenario, how far the old answers went, and why they stopped."""

    session: PlaySession
    followed: int  # answers given again
    total: int  # answers the round had
    diverged: str = ""  # why the replay stopped early, as a sentence ('' if it went all the way)

    @property
    def complete(self) -> bool:
        return not self.diverged


def replay(session: PlaySession, scenario: Scenario) -> Replayed:
    """Give `session`'s answers again on `scenario`, the edited version of its file."""
    steps = session.round.steps
    start, note = _start(session.start_state, scenario)
    round_ = Round(scenario, start, seed=session.round.seed)
    followed, why = 0, note
    for step in steps if not note else ():
        why = _follow(round_, step, _answers_at(session.scenario, step.node))
        if why:
            break
        followed += 1
    moved = replace(session, scenario=scenario, round=round_, start_state=start, notices=[])
    total = len(steps)
    if why:
        node = round_.node
        where = f"at '{node.id}'" if node is not None else "at the top"
        why = f"Replayed {followed} of {total} answers and stopped {where}: {why}"
    return Replayed(moved, followed, total, why)


def _start(start: rules.State | None, scenario: Scenario) -> tuple[rules.State | None, str]:
    """Where the replay begins: the round's own starting point if the file still has it."""
    if start is None:
        return None, ""
    if start.node not in scenario.nodes:
        return None, f"the starting node '{start.node}' is gone from the file."
    return rules.State(start.node, start.trust, start.flags), ""


def _answers_at(scenario: Scenario, node_id: str) -> int:
    """How many answers node `node_id` had in the version the round was played on."""
    node = scenario.nodes.get(node_id)
    return len(node.choices) if node is not None else -1


def _follow(round_: Round, step: rules.Step, answers_before: int) -> str:
    """Give `step`'s answer again; '' if it was given, else why it could not be."""
    node = round_.node
    if node is None or node.id != step.node:
        return f"the old round answered at '{step.node}' next."
    index = _same_answer(node, step, answers_before)
    if index is None:
        return f"the answer “{_short(step.say)}” is gone from the file."
    number = next((o.number for o in round_.offered() if o.index == index), None)
    if number is None:
        return f"the answer “{_short(step.say)}” is no longer offered here (its `if:`)."
    state, _ = rules.choose(round_.scenario, round_.state, number)
    if state.finished:
        return f"the answer “{_short(step.say)}” now ends the round."
    round_.choose(number)
    return ""


def _same_answer(node: Node, step: rules.Step, answers_before: int) -> int | None:
    """The file index of `step`'s answer in the edited node, or None if it is gone."""
    choices = node.choices
    if 0 <= step.index < len(choices) and choices[step.index].say == step.say:
        return step.index
    same_words = [i for i, c in enumerate(choices) if c.say == step.say]
    if len(same_words) == 1:
        return same_words[0]  # moved within the node
    if len(choices) == answers_before and 0 <= step.index < len(choices):
        return step.index  # its words were edited in place
    return None


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
