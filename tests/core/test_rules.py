"""The state machine follows the design's rules exactly."""

import pytest

from game.engine import rules
from game.engine.round import Round
from game.io.loader import load_bytes, load_scenario
from tests.conftest import DESIGN_EXAMPLE

SMALL = """
format: 1
id: rules
title: Rules
summary: A scenario for testing the rules.
customer: {name: Sam}
trust: {start: 50, leave_at: 15}
walkout: gone
start: first
nodes:
  first:
    say: Hello.
    choices:
      - say: Big gain.
        trust: 80
        set: [kind]
        goto: second
      - say: Big loss, but goto says stay.
        trust: -40
        goto: happy
      - say: Only when kind.
        if: kind
        goto: happy
      - say: Raise and lower.
        set: [a, b]
        unset: [b]
        goto:
          - if: a and not b
            to: second
          - to: gone
      - say: Branch sees the new trust.
        trust: 20
        goto:
          - if: trust >= 70
            to: happy
          - to: gone
  second:
    say: Again.
    choices:
      - say: Only when kind.
        if: kind
        goto: happy
      - say: Lose a little.
        trust: -5
        goto: happy
endings:
  happy: {outcome: stay, say: Fine.}
  gone: {outcome: leave, say: Bye.}
"""


@pytest.fixture
def scenario():
    result = load_bytes(SMALL.encode(), "rules.yaml")
    assert result.scenario is not None, result.diagnostics
    return result.scenario


def test_a_round_starts_at_start_with_starting_trust_and_no_flags(scenario):
    state = rules.start_state(scenario)
    assert (state.node, state.trust, state.flags, state.history) == ("first", 50, frozenset(), ())


def test_trust_is_clamped_to_100(scenario):
    state, events = rules.choose(scenario, rules.start_state(scenario), 1)
    assert state.trust == 100
    assert events[0] == rules.TrustChanged(50, 100)


def test_trust_is_clamped_to_0(scenario):
    state, _ = rules.choose(scenario, rules.at_node(scenario, "first", 30), 2)
    assert state.trust == 0


def test_walkout_takes_precedence_over_goto(scenario):
    state, events = rules.choose(scenario, rules.start_state(scenario), 2)
    assert state.ending == "gone"
    assert rules.WalkedOut("gone", 10) in events


def test_trust_exactly_at_leave_at_walks_out(scenario):
    state, events = rules.choose(scenario, rules.at_node(scenario, "second", 20), 1)
    assert (state.trust, state.ending) == (15, "gone")
    assert rules.WalkedOut("gone", 15) in events


def test_set_then_unset_apply_in_order_before_branches(scenario):
    state, _ = rules.choose(scenario, rules.start_state(scenario), 3)
    assert state.flags == frozenset({"a"})
    assert state.node == "second"


def test_branches_see_the_trust_after_the_choice(scenario):
    state, _ = rules.choose(scenario, rules.start_state(scenario), 4)
    assert state.ending == "happy"


def test_hidden_choices_are_skipped_in_numbering(scenario):
    offered = rules.offered(scenario, rules.start_state(scenario))
    assert [(o.number, o.index) for o in offered] == [(1, 0), (2, 1), (3, 3), (4, 4)]


def test_a_choice_appears_once_its_condition_holds(scenario):
    state = rules.at_node(scenario, "first", 50, frozenset({"kind"}))
    assert [o.choice.say for o in rules.offered(scenario, state)][2] == "Only when kind."


def test_a_number_not_offered_is_refused_with_the_offered_numbers(scenario):
    with pytest.raises(rules.NotOffered) as caught:
        rules.choose(scenario, rules.start_state(scenario), 5)
    assert caught.value.offered == [1, 2, 3, 4]


def test_history_records_every_step(scenario):
    state, _ = rules.choose(scenario, rules.start_state(scenario), 1)
    state, _ = rules.choose(scenario, state, 1)
    assert [(s.node, s.number, s.trust_before, s.trust_after) for s in state.history] == [
        ("first", 1, 50, 100),
        ("second", 1, 100, 100),
    ]
    assert state.history[0].flags == frozenset({"kind"})


def test_reaching_an_ending_reports_outcome_and_tells(scenario):
    _, events = rules.choose(scenario, rules.start_state(scenario), 4)
    assert events[-1] == rules.EndingReached("happy", "stay", 3)


def test_a_finished_round_offers_nothing(scenario):
    state, _ = rules.choose(scenario, rules.start_state(scenario), 4)
    assert state.finished
    assert rules.offered(scenario, state) == []


def test_rewind_returns_to_the_earlier_state():
    round_ = Round(load_scenario(DESIGN_EXAMPLE).scenario)
    before = round_.state
    round_.choose(1)
    assert round_.rewind() == before
    assert round_.rewinds == 1
    assert not round_.can_rewind


def test_rewind_never_goes_past_the_start():
    round_ = Round(load_scenario(DESIGN_EXAMPLE).scenario)
    round_.choose(2)
    round_.rewind(10)
    assert round_.state.node == "call"
    assert round_.state.history == ()


def test_states_are_immutable(scenario):
    state = rules.start_state(scenario)
    with pytest.raises(AttributeError):
        state.trust = 3


def test_a_choice_reports_every_event_in_order(scenario):
    _, events = rules.choose(scenario, rules.start_state(scenario), 1)
    assert events == [
        rules.TrustChanged(50, 100),
        rules.FlagsChanged(raised=frozenset({"kind"}), cleared=frozenset()),
        rules.Moved("second"),
    ]


def test_flags_changed_names_what_was_raised_and_what_was_cleared(scenario):
    state = rules.at_node(scenario, "first", 50, frozenset({"b", "kind"}))
    _, events = rules.choose(scenario, state, 4)  # set [a, b], unset [b]
    assert events == [
        rules.FlagsChanged(raised=frozenset({"a"}), cleared=frozenset({"b"})),
        rules.Moved("second"),
    ]


def test_no_change_means_no_trust_or_flag_event(scenario):
    state = rules.at_node(scenario, "first", 50, frozenset({"kind"}))
    _, events = rules.choose(scenario, state, 3)  # Only when kind: no trust, no flags
    assert events == [rules.EndingReached("happy", "stay", 3)]


def test_a_branch_to_the_walkout_ending_is_not_a_walk_out(scenario):
    state = rules.at_node(scenario, "first", 30)
    new, events = rules.choose(scenario, state, 4)  # +20 -> 50: the branch falls to 'gone'
    assert new.ending == "gone" and new.trust == 50
    assert events == [rules.TrustChanged(30, 50), rules.EndingReached("gone", "leave", 10)]


def test_walking_out_reports_the_walk_out_then_the_ending(scenario):
    _, events = rules.choose(scenario, rules.start_state(scenario), 2)
    assert events == [
        rules.TrustChanged(50, 10),
        rules.WalkedOut("gone", 10),
        rules.EndingReached("gone", "leave", 10),
    ]


def test_trust_one_above_leave_at_does_not_walk_out(scenario):
    state, _ = rules.choose(scenario, rules.at_node(scenario, "second", 21), 1)
    assert (state.trust, state.ending) == (16, "happy")


def test_a_step_records_the_choice_in_full(scenario):
    state, _ = rules.choose(scenario, rules.at_node(scenario, "first", 30), 2)
    assert state.history == (
        rules.Step(
            "first",
            2,
            1,
            "Big loss, but goto says stay.",
            30,
            0,
            frozenset(),
            (),
            "",
            "gone",
            offered=(0, 1, 3, 4),  # the file indices on offer: 'Only when kind' was hidden
        ),
    )
    assert state.history[0].delta == -30


def test_placing_a_state_clamps_trust_and_keeps_the_flags(scenario):
    assert rules.at_node(scenario, "second", 140, frozenset({"kind"})) == rules.State(
        "second", 100, frozenset({"kind"})
    )
    assert rules.at_node(scenario, "second", -5).trust == 0


def test_the_refusal_names_the_number_and_what_is_offered(scenario):
    with pytest.raises(
        rules.NotOffered, match=r"choice 9 is not offered here \(offered: 1, 2, 3, 4\)"
    ):
        rules.choose(scenario, rules.start_state(scenario), 9)


def test_an_unfinished_round_has_no_ending(scenario):
    round_ = Round(scenario)
    assert round_.ending is None
    round_.choose(4)
    assert round_.ending.id == "happy"


def test_nothing_offered_is_said_as_none():
    refusal = rules.NotOffered(3, [])
    assert str(refusal) == "choice 3 is not offered here (offered: none)"
    assert (refusal.number, refusal.offered) == (3, [])


def test_the_last_answer_on_screen_can_be_chosen_and_one_past_it_cannot(scenario):
    round_ = Round(scenario, seed=5)
    shown = round_.shown()
    with pytest.raises(rules.NotOffered) as caught:
        round_.choose_shown(len(shown) + 1)
    assert (caught.value.number, caught.value.offered) == (5, [1, 2, 3, 4])
    with pytest.raises(rules.NotOffered):
        round_.choose_shown(0)
    round_.choose_shown(len(shown))
    assert round_.steps[0].number == shown[-1].number


def test_rewind_goes_back_one_decision_by_default_and_counts_each_rewind(scenario):
    round_ = Round(scenario)
    start = round_.state
    round_.choose(3)  # to 'second'
    middle = round_.state
    round_.choose(1)  # 'Lose a little', to 'happy'
    assert round_.rewind() == middle
    assert round_.rewind() == start
    assert round_.rewinds == 2
    assert [(s.node, s.number) for s in round_.taken_back] == [("second", 1), ("first", 3)]


def test_rewinding_at_the_start_changes_nothing_and_is_not_counted(scenario):
    round_ = Round(scenario)
    assert round_.rewind() == rules.start_state(scenario)
    assert (round_.rewinds, round_.taken_back) == (0, [])


def test_a_goto_with_no_branch_that_applies_is_refused_not_guessed(scenario):
    """Validation makes the last branch unconditional; a hand-built scenario may not."""
    from dataclasses import replace

    from game.engine.conditions import parse_condition
    from game.model.condition import Condition
    from game.model.scenario import Branch

    never = Condition("trust > 100", parse_condition("trust > 100")[0], scenario.span)
    node = scenario.nodes["second"]
    choice = replace(node.choices[1], goto=(Branch("happy", never),))
    broken = replace(scenario, nodes={**scenario.nodes, "second": replace(node, choices=(choice,))})
    with pytest.raises(ValueError, match="^no goto branch applies$"):
        rules.choose(broken, rules.at_node(broken, "second", 50), 1)
