"""The debrief's numbers: the trust curve and the good moves passed by."""

from datetime import UTC, datetime

from game.engine.debrief import Debrief, summarise
from game.engine.round import Round
from game.engine.rules import at_node
from game.io.loader import load_bytes, load_scenario
from tests.conftest import DESIGN_EXAMPLE


def played(*numbers):
    round_ = Round(load_scenario(DESIGN_EXAMPLE).scenario)
    for number in numbers:
        round_.choose(number)
    return summarise(round_)


def test_the_curve_starts_at_the_starting_trust_and_follows_each_answer():
    assert played(1, 1, 1).points == (60, 30, 40, 45)


def test_good_moves_offered_but_not_taken_are_missed():
    missed = {p.id for p in played(1, 1, 1).missed}
    assert {"own-it", "make-whole"} <= missed


def test_a_move_used_later_in_the_round_is_not_missed():
    assert "apologize" not in {p.id for p in played(1, 1, 1).missed}


def test_a_hidden_choice_never_counts_as_missed():
    # At 'remedy' with trust 40 the restitution choice (trust >= 50) is hidden.
    assert "restitution" not in {p.id for p in played(1, 1, 1).missed}


def test_bad_patterns_used_are_listed_apart_from_good_moves():
    summary = played(1, 1, 1)
    assert [p.id for p in summary.bad_used] == ["blame-customer"]
    assert [p.id for p in summary.good_used] == ["apologize", "fix-fast"]


def test_what_was_on_offer_is_kept_with_each_step_so_start_flags_count():
    from game.engine.rules import at_node
    from game.records.model import record_from_round

    scenario = load_scenario(DESIGN_EXAMPLE).scenario
    round_ = Round(scenario, at_node(scenario, "remedy", 60, frozenset({"apologized"})))
    round_.choose(2)  # passes by the restitution answer, which 'apologized' put on offer
    assert round_.steps[0].offered == (0, 1)
    assert "restitution" in {p.id for p in summarise(round_).missed}
    now = datetime.now(UTC)
    record = record_from_round("Ana", scenario, round_, "practice", now, now)
    assert "restitution" in record.principles_missed()


LESSONS = """
format: 1
id: lessons
title: Lessons
summary: A round with a lesson and notes.
customer: {name: Ana}
trust: {start: 50, leave_at: 10}
walkout: gone
start: a
debrief: Notes for everyone.
principles:
  listen: {name: Listen, summary: Hear them out., good: true}
  thank: {name: Thank, summary: Say thanks., good: true}
  shrug: {name: Shrug, summary: Shrug it off., good: false}
  brush-off: {name: Brush off, summary: Wave it away., good: false}
nodes:
  a:
    say: Hi.
    choices:
      - {say: Thank them., if: kind, trust: 5, principles: [thank, listen], goto: b}
      - {say: Shrug., trust: -5, principles: [shrug], goto: b}
      - {say: Listen., trust: 10, principles: [listen], goto: b}
  b:
    say: And?
    choices:
      - {say: Shrug again., principles: [shrug], goto: happy}
      - {say: Never mind., set: [kind], principles: [brush-off], goto: happy}
endings:
  happy: {outcome: stay, say: Fine., lesson: Listening keeps people.}
  gone: {outcome: leave, say: Bye.}
"""


def lessons_round(state=None):
    result = load_bytes(LESSONS.encode(), "lessons.yaml")
    assert result.scenario is not None, result.diagnostics
    return Round(result.scenario, state)


def test_a_finished_round_has_its_whole_debrief():
    round_ = lessons_round()
    round_.choose(1)
    round_.choose(1)
    summary = summarise(round_)
    assert summary == Debrief(
        points=(50, 45, 45),
        steps=round_.steps,
        good_used=(),
        bad_used=(round_.scenario.principle("shrug"),),
        missed=(round_.scenario.principle("listen"),),
        lesson="Listening keeps people.",
        notes="Notes for everyone.",
        stays=True,
        final=45,
        verdicts=("bad", "bad"),
        why="Ana stayed: trust ended at 45.",
    )


def test_a_round_not_yet_played_has_no_lesson_and_no_verdict():
    summary = summarise(lessons_round())
    assert (summary.points, summary.steps, summary.missed) == ((50,), (), ())
    assert (summary.lesson, summary.stays, summary.final) == ("", None, 50)
    assert summary.notes == "Notes for everyone."


def test_flags_the_round_began_with_count_for_what_was_offered():
    round_ = lessons_round(at_node(lessons_round().scenario, "a", 50, frozenset({"kind"})))
    round_.choose(2)  # shrug, passing by 'thank', which 'kind' put on offer
    assert [p.id for p in summarise(round_).missed] == ["thank", "listen"]


def test_a_principle_is_listed_once_however_often_it_is_used():
    round_ = lessons_round()
    round_.choose(1)
    round_.choose(1)
    assert [p.id for p in summarise(round_).bad_used] == ["shrug"]
