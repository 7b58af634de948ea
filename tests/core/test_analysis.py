"""The analysis on hand-made graphs: stuck nodes, no-exit cycles, unreachable endings, witnesses."""

from game.engine.analysis import analyse
from game.engine.round import Round
from game.io.loader import load_bytes, load_scenario
from tests.conftest import DESIGN_EXAMPLE

HEAD = """
format: 1
id: graph
title: Graph
summary: A hand-made graph.
customer: {name: Lee}
trust: {start: 50, leave_at: 15}
walkout: gone
start: a
endings:
  happy: {outcome: stay, say: Fine.}
  gone: {outcome: leave, say: Bye.}
"""


def scenario_of(nodes: str):
    result = load_bytes((HEAD + "nodes:\n" + nodes).encode(), "graph.yaml", analyse=False)
    assert result.scenario is not None, result.diagnostics
    return result.scenario


def replay(scenario, witness):
    round_ = Round(scenario)
    for number in witness:
        round_.choose(number)
    return round_


def test_witnesses_replay_to_the_endings_they_claim():
    scenario = load_scenario(DESIGN_EXAMPLE).scenario
    report = analyse(scenario)
    for eid, outcome in report.endings.items():
        assert outcome.reachable
        round_ = replay(scenario, outcome.witness)
        assert round_.ending.id == eid
        assert round_.trust == outcome.trust


def test_best_and_worst_final_trust_with_witnesses():
    scenario = load_scenario(DESIGN_EXAMPLE).scenario
    report = analyse(scenario)
    assert (report.best.trust, report.best.ending) == (100, "loyal")
    assert (report.worst.trust, report.worst.ending) == (10, "hangs-up")
    assert replay(scenario, report.worst.witness).trust == 10


def test_a_node_whose_choices_can_all_be_hidden_is_stuck():
    scenario = scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Be kind., set: [kind], goto: b}
      - {say: Be curt., goto: b}
  b:
    say: Well?
    choices:
      - {say: Kind follow-up., if: kind, goto: happy}
""")
    report = analyse(scenario)
    assert report.stuck == {"b": (50, frozenset())}


def test_a_cycle_with_no_way_out_has_no_exit():
    scenario = scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Go round., goto: b}
      - {say: Finish., goto: happy}
  b:
    say: Round and round.
    choices:
      - {say: Again., goto: c}
  c:
    say: And again.
    choices:
      - {say: Back., goto: b}
""")
    report = analyse(scenario)
    assert report.no_exit == ["b", "c"]
    assert report.stuck == {}


def test_a_cycle_that_costs_trust_ends_in_the_walkout():
    scenario = scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Stall., trust: -10, goto: a}
      - {say: Finish., goto: happy}
""")
    report = analyse(scenario)
    assert report.no_exit == []
    assert report.endings["gone"].witness == (1, 1, 1, 1)


def test_an_ending_behind_an_impossible_condition_is_unreachable():
    scenario = scenario_of("""
  a:
    say: Hi.
    choices:
      - say: Only if perfect.
        goto:
          - if: trust > 100
            to: happy
          - to: gone
""")
    report = analyse(scenario)
    assert report.unreachable == ["happy"]
    assert not report.endings["happy"].reachable
    assert report.walkout_reachable


def test_a_state_limit_makes_the_report_partial():
    scenario = load_scenario(DESIGN_EXAMPLE).scenario
    report = analyse(scenario, max_states=2)
    assert not report.complete
