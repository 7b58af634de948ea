"""The facilitator's round without a window (the application layer): phases, tally, ties, overrides, timer, what-ifs, map."""

from functools import cache

from game.engine.analysis import analyse
from game.io.library import load_library
from game.play.workshop import whatif
from game.play.workshop.flow import Phase, Tally, Workshop
from game.play.workshop.mapdata import layout
from game.play.workshop.timer import DecisionTimer
from tests.conftest import REPO


@cache
def penne():
    return load_library([REPO / "scenarios" / "missing-penne.yaml"]).scenarios[0]


def at_vote() -> Workshop:
    ws = Workshop(penne())
    ws.advance()
    ws.advance()
    assert ws.phase is Phase.VOTE
    return ws


def test_each_decision_runs_line_answers_vote_reveal():
    ws = Workshop(penne())
    assert ws.phase is Phase.LINE and ws.number == 1
    ws.advance()
    assert ws.phase is Phase.ANSWERS
    ws.advance()
    assert ws.phase is Phase.VOTE
    for _ in range(3):
        ws.vote(1)
    ws.vote(2)
    events = ws.advance()
    assert ws.phase is Phase.REVEAL and events
    assert ws.last.number == 1 and ws.decisions[-1].votes == ((1, 3), (2, 1))
    assert not ws.decisions[-1].override
    assert not ws.feedback_shown  # the room talks before it reads the feedback
    ws.advance()
    assert ws.phase is Phase.REVEAL and ws.feedback_shown
    ws.advance()
    assert ws.phase is Phase.LINE and ws.number == 2


def test_back_steps_back_but_never_undoes_an_answer():
    ws = at_vote()
    ws.back()
    assert ws.phase is Phase.ANSWERS
    ws.back()
    assert ws.phase is Phase.LINE
    ws.back()
    assert ws.phase is Phase.LINE and "first moment" in ws.message
    ws.advance()
    ws.vote(1)
    ws.advance()  # commits 1
    ws.back()
    assert ws.phase is Phase.REVEAL and "stands" in ws.message
    ws.advance()
    ws.advance()
    ws.back()  # from the next line back to the last reveal, to talk about it again
    assert ws.phase is Phase.REVEAL and len(ws.round.steps) == 1


def test_a_number_in_the_answers_phase_starts_the_vote_and_plus_minus_adjust():
    ws = Workshop(penne())
    assert not ws.vote(1) and "answers first" in ws.message
    ws.advance()
    assert ws.vote(3) and ws.phase is Phase.VOTE and ws.highlight == 3
    ws.vote_highlighted(1)
    ws.vote_highlighted(-1)
    ws.vote_highlighted(-1)
    ws.vote_highlighted(-1)  # never below zero
    assert ws.tally.of(3) == 0
    ws.move_highlight(1)
    assert ws.highlight == 4
    ws.move_highlight(1)
    assert ws.highlight == 1  # wraps round
    assert not ws.vote(9)


def test_a_tie_says_so_and_the_back_button_moves_the_pick():
    ws = at_vote()
    ws.vote(2)
    ws.vote(3)
    assert ws.advance() == []
    assert ws.pick == [2, 3] and ws.message.startswith("Tie between 2 and 3")
    ws.back()
    assert ws.picking == 3
    ws.back()
    assert ws.picking == 2
    ws.back()
    ws.advance()
    assert ws.last.number == 3 and not ws.decisions[-1].override


def test_no_votes_opens_a_pick_among_every_answer():
    ws = at_vote()
    ws.advance()
    assert ws.pick == [1, 2, 3, 4] and "No votes" in ws.message
    assert ws.cancel_pick() and ws.pick is None
    ws.advance()
    ws.vote(4)  # a tap leaves the pick and counts
    assert ws.pick is None and ws.tally.of(4) == 1


def test_shift_number_is_the_facilitators_pick():
    ws = at_vote()
    ws.vote(1)
    ws.vote(1)
    ws.override(3)
    assert ws.last.number == 3 and ws.decisions[-1].override
    ws = at_vote()
    ws.vote(2)
    ws.override(2)  # the room's own favourite is not an override
    assert not ws.decisions[-1].override


def test_take_back_reopens_the_vote_with_its_tally():
    ws = at_vote()
    ws.vote(2)
    ws.vote(2)
    ws.advance()
    assert ws.round.trust == 35
    assert ws.take_back()
    assert ws.phase is Phase.VOTE and ws.round.trust == 60 and ws.tally.of(2) == 2
    assert not ws.decisions
    assert not ws.take_back()  # only right after an answer


def test_the_timer_counts_down_pauses_and_cycles():
    timer = DecisionTimer(60)
    timer.start()
    assert timer.text() == "1:00"
    assert not timer.tick(0.5) and timer.tick(0.5) and timer.text() == "0:59"
    assert timer.toggle_pause() and timer.text() == "0:59 paused"
    assert not timer.tick(10)
    timer.toggle_pause()
    timer.tick(59)
    assert timer.expired and timer.text() == "Time's up"
    assert timer.cycle(restart=True) == 90 and timer.text() == "1:30"
    assert timer.cycle(restart=False) == 120
    assert timer.cycle(restart=False) == 0 and not timer.running and timer.text() == ""
    assert timer.label() == "no timer"


def test_the_timer_starts_when_the_answers_show_and_stops_at_the_answer():
    ws = Workshop(penne())
    ws.timer.seconds = 30
    assert not ws.timer.running
    ws.advance()
    assert ws.timer.running
    ws.vote(1)
    ws.advance()
    assert not ws.timer.running


def test_the_tally_names_every_leader():
    tally = Tally()
    assert tally.leaders() == []
    tally.add(2, 2)
    tally.add(1, 2)
    assert tally.leaders() == [1, 2] and tally.total == 4


def test_what_ifs_cover_every_rejected_answer_and_replay_exactly():
    ws = Workshop(penne())
    witness = analyse(penne()).endings["still-orders"].witness
    for n in witness:
        ws.advance()
        ws.override(n)
        ws.advance()  # the feedback
        ws.advance()
    assert ws.round.finished
    found = whatif.moments(penne(), ws.start, ws.round.steps, ws.decisions)
    assert [m.taken.number for m in found] == list(witness)
    pages = whatif.pages(found)
    assert pages[0] is None
    assert len(pages) == 1 + sum(len(m.rejected) for m in found)
    first = found[0].rejected[0]
    assert first.number == 2 and first.delta == -25 and first.before.node == penne().start
    assert "Next" in whatif.outcome_text(penne(), first)


def test_the_map_puts_every_node_and_ending_in_a_column():
    lay = layout(penne())
    placed = [n for column in lay.columns for n in column]
    assert sorted(placed) == sorted(penne().nodes) and set(lay.endings) == set(penne().endings)
    assert lay.columns[0] == (penne().start,)
    assert lay.row_of(penne().start)[0] == 0
