"""Every field written in a file reaches the model, and every default is the documented one."""

from game.io.loader import load_bytes
from game.model.condition import Condition
from game.model.scenario import Branch, Look, Principle

FULL = """\
format: 1
id: full-file
title: Every Field
summary: A file that sets every field.
difficulty: 3
tags: [phone, food]
customer:
  name: Rosa
  role: Night manager
  look: {skin: "#111111", hair: "#222222", shirt: "#333333"}
trust: {start: 70, leave_at: 20}
walkout: storms-off
start: opening
debrief: Talk it through.
principles:
  call-back:
    name: Call back
    summary: Ring them later.
    good: true
    explanation: A promise kept.
nodes:
  opening:
    speaker: Chef
    say: What happened?
    choices:
      - say: Sorry.
        trust: -15
        if: not calm or trust > 60
        set: [calm, heard]
        unset: [rushed]
        principles: [call-back]
        feedback: Well done.
        pin: last
        mistimed: [apologize]
        goto:
          - if: calm
            to: pleased
          - to: storms-off
      - say: Rush.
        set: [rushed]
        goto: pleased
endings:
  pleased:
    outcome: stay
    say: Thanks.
    tells: 7
    lesson: Listen first.
  storms-off:
    outcome: leave
    say: Bye.
"""

MINIMAL = """\
format: 1
id: small
title: Small
summary: Only what is required.
customer: {name: Ann}
walkout: gone
start: a
nodes:
  a:
    say: Hi.
    choices:
      - {say: Go., goto: stays}
endings:
  stays: {outcome: stay, say: Fine.}
  gone: {outcome: leave, say: Bye.}
"""


class Span:
    """Equal to any span that starts at this file, line and column (spans are ranges)."""

    def __init__(self, file: str, line: int, column: int) -> None:
        self.start = (file, line, column)

    def __eq__(self, other: object) -> bool:
        return (other.file, other.line, other.column) == self.start  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return f"Span{self.start!r}"


def load(text):
    result = load_bytes(text.encode(), "full.yaml", analyse=False)
    assert result.diagnostics == [], result.diagnostics
    return result.scenario


def test_the_top_level_fields_reach_the_scenario():
    s = load(FULL)
    assert (s.id, s.title, s.summary, s.difficulty, s.tags) == (
        "full-file",
        "Every Field",
        "A file that sets every field.",
        3,
        ("phone", "food"),
    )
    assert (s.trust_start, s.leave_at, s.walkout, s.start) == (70, 20, "storms-off", "opening")
    assert (s.debrief, s.path, s.span, s.id_span) == (
        "Talk it through.",
        "full.yaml",
        Span("full.yaml", 1, 1),
        Span("full.yaml", 2, 5),
    )
    assert len(s.source_hash) == 16


def test_the_customer_and_their_look_are_read():
    customer = load(FULL).customer
    assert (customer.name, customer.role) == ("Rosa", "Night manager")
    assert customer.look == Look(skin="#111111", hair="#222222", shirt="#333333")


def test_a_file_principle_joins_the_glossary():
    s = load(FULL)
    assert s.principles["call-back"] == Principle(
        "call-back",
        "Call back",
        "Ring them later.",
        True,
        "A promise kept.",
        Span("full.yaml", 16, 3),
    )
    assert "apologize" in s.principles  # the built-in glossary is still there


def test_a_node_and_every_field_of_a_choice_are_read():
    node = load(FULL).nodes["opening"]
    assert (node.id, node.speaker, node.say, node.span) == (
        "opening",
        "Chef",
        "What happened?",
        Span("full.yaml", 22, 3),
    )
    first, second = node.choices
    assert (first.say, first.trust, first.set, first.unset) == (
        "Sorry.",
        -15,
        ("calm", "heard"),
        ("rushed",),
    )
    assert (first.principles, first.feedback, first.pin, first.mistimed) == (
        ("call-back",),
        "Well done.",
        "last",
        ("apologize",),
    )
    assert first.condition.source == "not calm or trust > 60"
    assert first.condition.span == Span("full.yaml", 28, 13)
    assert first.span == Span("full.yaml", 26, 9)
    assert [
        (b.target, b.condition.source if b.condition else None, b.span) for b in first.goto
    ] == [
        ("pleased", "calm", Span("full.yaml", 36, 13)),
        ("storms-off", None, Span("full.yaml", 38, 13)),
    ]
    assert second.goto == (Branch("pleased", None, Span("full.yaml", 41, 15)),)


def test_endings_are_read_with_tells_defaulting_by_outcome():
    endings = load(FULL).endings
    pleased, storms = endings["pleased"], endings["storms-off"]
    assert (pleased.outcome, pleased.say, pleased.tells, pleased.lesson) == (
        "stay",
        "Thanks.",
        7,
        "Listen first.",
    )
    assert (storms.outcome, storms.say, storms.tells, storms.lesson) == ("leave", "Bye.", 10, "")
    assert pleased.span == Span("full.yaml", 43, 3)


def test_left_out_fields_take_their_documented_defaults():
    s = load(MINIMAL)
    assert (s.difficulty, s.tags, s.debrief, s.trust_start, s.leave_at) == (1, (), "", 50, 15)
    assert (s.customer.role, s.customer.look) == ("", Look())
    choice = s.nodes["a"].choices[0]
    assert (choice.trust, choice.condition, choice.set, choice.unset) == (0, None, (), ())
    assert (choice.principles, choice.feedback, choice.pin, choice.mistimed) == ((), "", None, ())
    assert s.nodes["a"].speaker is None
    assert (s.endings["stays"].tells, s.endings["gone"].tells, s.endings["stays"].lesson) == (
        3,
        10,
        "",
    )


def test_a_condition_keeps_its_source_text():
    condition = load(FULL).nodes["opening"].choices[0].condition
    assert isinstance(condition, Condition)
    assert condition.holds(50, frozenset()) and not condition.holds(50, frozenset({"calm"}))
