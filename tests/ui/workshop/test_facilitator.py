"""A facilitator runs the room with keys alone: reveal, tally, commit, override, back, blank, timer."""

import pygame

from game.play.workshop.flow import Phase
from tests.ui.workshop.support import SHIFT, number, open_room, place, settle, ws


def test_workshop_opens_from_the_command_line_and_from_the_title(make_pilot):
    pilot = make_pilot(workshop=True)
    assert pilot.name == "workshop"
    assert "First Shift (tutorial)" in pilot.texts()  # the library is listed, tutorial first
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "title"
    actions = [b.action for b in pilot.scene.menu.buttons]
    for _ in range(actions.index("workshop")):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "workshop"


def test_a_decision_from_the_line_to_the_reveal_with_clicker_keys(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    node = room.round.node
    assert room.phase is Phase.LINE and node.say in pilot.texts()
    assert not any(o.choice.say in pilot.texts() for o in room.offered())
    pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.ANSWERS
    assert all(o.choice.say in pilot.texts() for o in room.offered())
    pilot.press(pygame.K_RIGHT)
    assert room.phase is Phase.VOTE
    good, bad = place(pilot, 1), place(pilot, 2)  # where the room sees file answers 1 and 2
    for key, times in ((number(good), 2), (number(bad), 3)):
        for _ in range(times):
            pilot.press(key)
    pilot.press(pygame.K_PLUS)  # on the highlighted answer: the last one tapped
    pilot.press(pygame.K_MINUS)
    pilot.press(pygame.K_MINUS)
    assert room.tally.counts == {good: 2, bad: 2}
    count = len(room.numbers)
    moves = next(d for d in range(1, count) if (bad - 1 + d) % count + 1 not in (good, bad))
    other = (bad - 1 + moves) % count + 1
    for _ in range(moves):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_KP_PLUS)
    for _ in range(moves):
        pilot.press(pygame.K_UP)
    pilot.press(pygame.K_PLUS)
    assert room.tally.counts == {good: 2, bad: 3, other: 1}
    assert {"2 · 33%", "3 · 50%", "1 · 17%"} <= set(pilot.texts())  # count and share by each bar
    assert any(t.startswith("6 votes") for t in pilot.texts())  # the total, on the prompt line
    pilot.press(pygame.K_PAGEUP)
    assert room.phase is Phase.ANSWERS and room.tally.of(bad) == 3  # back keeps the count
    pilot.press(pygame.K_SPACE)
    pilot.press(pygame.K_RETURN)  # most votes wins: file answer 2, a lecture
    step = room.last
    assert room.phase is Phase.REVEAL and step.number == 2 and step.delta < 0
    assert pilot.scene.animating  # trust slides down while the room watches
    settle(pilot)
    texts = pilot.texts()
    assert "Talk about it: why did that cost trust?" in texts
    assert step.feedback not in texts  # the room talks before it reads the answer
    assert "Talk first · ▶ show the feedback" in texts
    assert f"The room said {bad} (3 votes)" in texts and "▼ −25 trust" in texts
    pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.REVEAL and step.feedback in pilot.texts()
    assert pilot.scene.meter.shown == step.trust_after


def test_back_after_the_answer_explains_and_backspace_takes_it_back(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(number(2))
    pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.REVEAL
    pilot.press(pygame.K_PAGEUP)
    assert room.phase is Phase.REVEAL and room.message in pilot.texts()
    pilot.press(pygame.K_BACKSPACE)
    assert room.phase is Phase.VOTE and not room.round.steps and room.tally.of(2) == 1


def test_shift_number_overrides_the_vote(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    for _ in range(4):
        pilot.press(number(2))
    first_on_screen = room.offered()[0]
    pilot.press(number(1), mod=SHIFT)
    assert room.decisions[-1].number == 1 and room.decisions[-1].override
    assert room.last.index == first_on_screen.index
    assert "Facilitator's pick: 1" in pilot.texts()


def test_a_tie_is_announced_and_the_clicker_picks(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(number(1))
    pilot.press(number(3))
    pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.VOTE and room.pick == [1, 3]
    assert room.message == "Tie between 1 and 3, 1 vote each."
    assert "Tie! ◀ next tied answer · ▶ go with 1" in pilot.texts()
    pilot.press(pygame.K_PAGEUP)
    assert "Tie! ◀ next tied answer · ▶ go with 3" in pilot.texts()
    pilot.press(pygame.K_PAGEDOWN)
    assert room.decisions[-1].number == 3 and not room.decisions[-1].override


def test_with_no_votes_the_clicker_walks_the_answers(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    for _ in range(3):
        pilot.press(pygame.K_PAGEDOWN)
    assert room.pick == [1, 2, 3, 4] and "No votes: ◀ next answer · ▶ go with 1" in pilot.texts()
    pilot.press(pygame.K_PAGEUP)
    pilot.press(pygame.K_PAGEDOWN)
    assert room.decisions[-1].number == 2


def test_blank_screen_and_any_key_brings_it_back(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    for key in (pygame.K_b, pygame.K_PERIOD):
        pilot.press(key)
        pilot.app.draw()
        surface = pilot.app.display.surface
        assert pilot.scene.blank and not pilot.scene.boxes
        colours = {
            surface.get_at((x, y))[:3] for x in range(0, 1280, 97) for y in range(0, 720, 61)
        }
        assert colours == {(0, 0, 0)}
        pilot.press(pygame.K_PAGEDOWN)  # restores without moving on
        assert not pilot.scene.blank and room.phase is Phase.LINE
        assert room.round.node.say in pilot.texts()


def test_h_hides_the_meter_so_the_room_reads_the_face(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    assert "Trust 60" in pilot.texts()
    pilot.press(pygame.K_h)
    assert not any(t.startswith("Trust") for t in pilot.texts())
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_PAGEDOWN)
    assert not any("Trust" in t for t in pilot.texts())
    pilot.press(pygame.K_h)
    assert any("Trust 60" in t for t in pilot.texts())


def test_n_shows_the_notes_with_every_answers_feedback_before_the_vote(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    assert pilot.scene.presenter is None  # one display: notes are an overlay
    pilot.press(pygame.K_n, mod=SHIFT)  # with the answers' effects: the room sees them too
    joined = " ".join(pilot.texts())
    assert "Notes · decision 1" in joined
    for option in room.offered():
        assert option.choice.feedback in joined
    assert "Paths to each ending (answer numbers)" in pilot.texts()
    assert "▲ +15 trust" in joined and "▼ −25 trust" in joined
    pilot.press(pygame.K_n)
    assert room.round.node.say in pilot.texts()


def test_the_timer_counts_down_pauses_with_p_and_t_changes_it(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_t)
    assert room.timer.seconds == 30
    assert any("30 s per decision" in t for t in pilot.app.ctx.toasts.history)
    pilot.press(pygame.K_PAGEDOWN)
    assert any(t.endswith("0:30") for t in pilot.texts())
    pilot.app.step([], 10.0)
    assert any(t.endswith("0:20") for t in pilot.texts())
    pilot.press(pygame.K_p)
    pilot.app.step([], 10.0)
    assert any(t.endswith("0:20 paused") for t in pilot.texts())
    pilot.press(pygame.K_p)
    pilot.app.step([], 25.0)
    assert room.timer.expired and any(t.endswith("Time's up") for t in pilot.texts())
    pilot.press(pygame.K_t)
    assert room.timer.seconds == 60 and any(t.endswith("1:00") for t in pilot.texts())


def test_esc_asks_before_leaving_mid_round(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    pilot.press(pygame.K_ESCAPE)
    assert pilot.scene.confirm and "Leave this round?" in pilot.texts()
    pilot.press(pygame.K_PAGEDOWN)  # any other key: stay
    assert pilot.name == "workshop-room" and not pilot.scene.confirm
    assert ws(pilot).phase is Phase.LINE
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_l)  # the one key no clicker sends
    assert pilot.name == "workshop"


def test_no_clicker_or_enter_can_discard_a_round(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    for key in (pygame.K_RETURN, pygame.K_y, pygame.K_ESCAPE, pygame.K_PAGEDOWN):
        pilot.press(pygame.K_ESCAPE)
        assert pilot.scene.confirm
        pilot.press(key)
        assert pilot.name == "workshop-room" and not pilot.scene.confirm, key


def test_a_logitech_start_button_alternating_f5_and_esc_never_ends_the_round(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    for key in (pygame.K_F5, pygame.K_ESCAPE) * 3:
        pilot.press(key)
        assert pilot.name == "workshop-room"
    pilot.press(pygame.K_F5)  # F5 also closes the question
    assert not pilot.scene.confirm


def test_a_clicker_that_acts_as_a_mouse_clicks_forward_and_back(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    pilot.click((640, 360))
    assert ws(pilot).phase is Phase.ANSWERS
    pilot.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(640, 360), button=3))
    assert ws(pilot).phase is Phase.LINE


def test_a_narrator_line_above_the_answers_has_no_speaker_label():
    from game import SCENARIOS_DIR
    from game.io.loader import load_scenario
    from game.play.workshop.flow import Workshop
    from game.ui.workshop.room_view import strip_text

    ws = Workshop(load_scenario(SCENARIOS_DIR / "first-shift.yaml").scenario, None)
    node = ws.round.node
    assert node.is_narration
    assert strip_text(ws, node) == node.say


def test_the_workshop_full_screen_is_not_remembered_for_the_next_start(make_pilot):
    pilot = make_pilot()
    shown = []
    # The dummy video driver cannot go full screen; stand in for a display that can.
    pilot.app.display.set_fullscreen = lambda on: shown.append(on) or ""
    actions = [b.action for b in pilot.scene.menu.buttons]
    for _ in range(actions.index("workshop")):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    pilot.step(3)
    assert shown == [True]
    assert not pilot.app.ctx.settings.fullscreen
    assert not pilot.app.ctx.store.load().fullscreen
    pilot.press(pygame.K_ESCAPE)
    assert shown == [True, False]
