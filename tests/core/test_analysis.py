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


EVERY_KIND = """
  a:
    say: Hi.
    choices:
      - {say: Kind., trust: 10, goto: happy}
      - {say: Crushing., trust: -80, goto: happy}
      - {say: Curt., goto: b}
      - {say: Stall., goto: c}
  b:
    say: Well?
    choices:
      - {say: Kind follow-up., if: kind, goto: happy}
  c:
    say: Hold on.
    choices:
      - {say: Still holding., goto: c}
  d:
    say: Never shown.
    choices:
      - {say: Be kind., set: [kind], goto: happy}
"""


def test_a_stuck_node_is_not_also_reported_as_having_no_exit():
    report = analyse(scenario_of(EVERY_KIND))
    assert report.stuck == {"b": (50, frozenset())}
    assert report.no_exit == ["c"]


def test_the_analysis_clamps_trust_at_0_like_a_round_does():
    report = analyse(scenario_of(EVERY_KIND))
    assert (report.worst.trust, report.worst.ending, report.worst.witness) == (0, "gone", (2,))
    assert replay(scenario_of(EVERY_KIND), report.worst.witness).trust == 0


def test_the_json_report_names_every_finding():
    report = analyse(scenario_of(EVERY_KIND))
    assert report.to_json() == {
        "scenario": "graph",
        "endings": {
            "happy": {"outcome": "stay", "reachable": True, "witness": [1], "trust": 60},
            "gone": {"outcome": "leave", "reachable": True, "witness": [2], "trust": 0},
        },
        "unreachable": ["d"],
        "stuck": ["b"],
        "no_exit": ["c"],
        "walkout_reachable": True,
        "best": {"trust": 60, "witness": [1], "ending": "happy"},
        "worst": {"trust": 0, "witness": [2], "ending": "gone"},
        "states": 3,
        "complete": True,
    }


def test_an_unreachable_ending_has_no_witness_in_json():
    nodes = EVERY_KIND.replace(
        "{say: Kind., trust: 10, goto: happy}", "{say: Kind., trust: 10, goto: gone}"
    )
    nodes = nodes.replace(
        "{say: Crushing., trust: -80, goto: happy}", "{say: Crushing., trust: -80, goto: gone}"
    )
    data = analyse(scenario_of(nodes)).to_json()
    assert data["endings"]["happy"] == {
        "outcome": "stay",
        "reachable": False,
        "witness": None,
        "trust": None,
    }
    assert data["best"] == {"trust": 60, "witness": [1], "ending": "gone"}


def test_with_no_ending_reachable_there_is_no_best_or_worst():
    data = analyse(
        scenario_of(
            EVERY_KIND.replace(
                "  a:\n    say: Hi.",
                "  a:\n    say: Hi.\n    choices:\n      - {say: Stall., goto: c}\n  old-a:\n    say: Hi.",
            )
        )
    ).to_json()
    assert (data["best"], data["worst"], data["walkout_reachable"]) == (None, None, False)
    assert data["endings"]["gone"]["reachable"] is False


LOGIC = """
format: 1
id: logic
title: Logic
summary: An ending behind each kind of condition.
customer: {name: Lee}
trust: {start: 50, leave_at: 15}
walkout: gone
start: a
nodes:
  a:
    say: Hi.
    choices:
      - {say: Kind., set: [kind], goto: b}
      - {say: Curt., set: [curt], goto: b}
      - {say: Both., set: [kind, curt], goto: b}
      - {say: Neither., goto: b}
  b:
    say: So?
    choices:
      - {say: One., if: not kind, goto: e-not}
      - {say: Two., if: kind and curt, goto: e-and}
      - {say: Three., if: kind or curt, goto: e-or}
      - {say: Four., if: kind and curt and trust >= 50, goto: e-and3}
      - {say: Five., if: not curt or (curt and not kind) or kind, goto: e-or3}
endings:
  e-not: {outcome: stay, say: N.}
  e-and: {outcome: stay, say: A.}
  e-or: {outcome: stay, say: O.}
  e-and3: {outcome: stay, say: A3.}
  e-or3: {outcome: stay, say: O3.}
  gone: {outcome: leave, say: Bye.}
"""


def endings_rounds_reach(scenario):
    """Every ending some round reaches, by trying every answer (the graph is a tree)."""
    found = set()
    pending = [()]
    while pending:
        numbers = pending.pop()
        round_ = replay(scenario, numbers)
        if round_.finished:
            found.add(round_.ending.id)
        else:
            pending += [(*numbers, o.number) for o in round_.offered()]
    return found


def test_the_analysis_reads_not_and_or_and_chains_as_a_round_does():
    scenario = load_bytes(LOGIC.encode(), "logic.yaml", analyse=False).scenario
    report = analyse(scenario)
    reachable = {eid for eid, outcome in report.endings.items() if outcome.reachable}
    assert (
        reachable == endings_rounds_reach(scenario) == {"e-not", "e-and", "e-or", "e-and3", "e-or3"}
    )
    for eid in reachable:
        assert report.endings[eid].ending == eid
        assert replay(scenario, report.endings[eid].witness).ending.id == eid


def test_a_flag_no_later_choice_tests_does_not_split_states():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Kind., set: [kind], goto: b}
      - {say: Plain., goto: b}
  b:
    say: Go on.
    choices:
      - {say: Next., goto: c}
  c:
    say: Done?
    choices:
      - {say: Done., goto: happy}
""")
    )
    assert report.states == 3  # a, b and c once each: 'kind' is dead after it is set


def test_a_flag_cleared_before_it_is_tested_does_not_split_states():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Kind., set: [kind], goto: b}
      - {say: Plain., goto: b}
  b:
    say: Reset.
    choices:
      - {say: Forget it., unset: [kind], goto: c}
  c:
    say: Well?
    choices:
      - {say: Only if kind., if: kind, goto: happy}
      - {say: Otherwise., goto: gone}
""")
    )
    assert report.states == 3
    assert not report.endings["happy"].reachable


def test_a_flag_tested_in_a_later_branch_or_node_is_kept():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Kind., set: [kind], goto: b}
      - {say: Plain., goto: b}
  b:
    say: Go on.
    choices:
      - {say: Next., goto: c}
  c:
    say: Well?
    choices:
      - say: Decide.
        goto:
          - if: kind
            to: happy
          - to: gone
""")
    )
    assert report.endings["happy"].witness == (1, 1, 1)
    assert report.endings["gone"].witness == (2, 1, 1)
    assert report.states == 5


def test_a_flag_tested_back_round_a_loop_is_kept():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Be kind., set: [kind], goto: b}
      - {say: Ask., if: kind, goto: happy}
      - {say: Leave it., goto: gone}
  b:
    say: Hm.
    choices:
      - {say: Back., goto: a}
""")
    )
    assert report.endings["happy"].witness == (1, 1, 2)


def test_ties_keep_the_first_shortest_witness():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Warm., trust: 10, goto: happy}
      - {say: Kind., trust: 10, goto: happy}
""")
    )
    assert (report.best.witness, report.worst.witness) == ((1,), (1,))


def test_trust_is_clamped_at_100_and_leave_at_itself_walks_out():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Delight., trust: 80, goto: happy}
      - {say: Cold., trust: -35, goto: happy}
""")
    )
    assert (report.best.trust, report.best.ending) == (100, "happy")
    assert (report.worst.trust, report.worst.ending) == (15, "gone")


def test_a_partial_search_stops_at_the_limit_and_claims_no_dead_ends():
    report = analyse(load_scenario(DESIGN_EXAMPLE).scenario, max_states=2)
    assert report.complete is False
    assert report.states == 2
    assert report.no_exit == []


def test_at_the_limit_endings_one_answer_away_are_still_found():
    report = analyse(scenario_of(EVERY_KIND), max_states=1)
    assert report.states == 1 and report.complete is False
    assert report.endings["happy"].reachable and report.endings["gone"].reachable


def test_at_the_limit_the_other_answers_of_a_state_are_still_tried():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Curt., goto: b}
      - {say: Kind., goto: happy}
  b:
    say: Well?
    choices:
      - {say: Fine., goto: happy}
"""),
        max_states=1,
    )
    assert report.endings["happy"].witness == (2,)


def test_a_search_cut_short_reports_no_node_as_a_dead_end():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Go., goto: b}
  b:
    say: On.
    choices:
      - {say: On., goto: c}
  c:
    say: End.
    choices:
      - {say: End., goto: happy}
"""),
        max_states=2,
    )
    assert (report.complete, report.no_exit, report.stuck) == (False, [], {})


def test_a_flag_dead_around_a_loop_does_not_split_states():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Kind., set: [kind], goto: b}
      - {say: Plain., goto: b}
  b:
    say: Wait.
    choices:
      - {say: Wait., goto: c}
  c:
    say: Still?
    choices:
      - {say: Back., goto: b}
      - {say: Done., goto: happy}
""")
    )
    assert report.states == 3


def test_a_flag_that_is_only_ever_cleared_is_fine():
    report = analyse(
        scenario_of("""
  a:
    say: Hi.
    choices:
      - {say: Forget it., unset: [ghost], goto: happy}
""")
    )
    assert report.endings["happy"].reachable
