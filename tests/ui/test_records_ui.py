"""Records in the game: each finished round kept once, History, best results on cards, handouts."""

from __future__ import annotations

import pygame
import pytest

from game.engine.rules import at_node
from game.play.history import TOP
from game.play.session import begin
from game.ui.context import Request
from tests.ui.helpers import assert_layout, open_scenario_by_keys, witness
from tests.ui.pilot import Pilot

SIZES = [(1280, 720), (1920, 1080)]
PENNE = "missing-penne"


def play_to(pilot: Pilot, ending: str, mode_key: int = pygame.K_1) -> None:
    """From the title: open The Missing Penne and answer along `ending`'s witness."""
    open_scenario_by_keys(pilot, PENNE)
    pilot.press(mode_key)
    for number in witness(pilot, PENNE, ending):
        pilot.answer(number)
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending" and pilot.session.round.ending.id == ending


def rounds(pilot: Pilot) -> list:
    return pilot.app.ctx.records.store.rounds()


def to_title(pilot: Pilot) -> None:
    pilot.app.switch("title")
    pilot.step()


def open_history_from_title(pilot: Pilot) -> None:
    to_title(pilot)
    actions = [b.action for b in pilot.scene.menu.buttons]
    for _ in range(actions.index("history")):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "history"


def test_a_round_played_through_the_scenes_is_recorded_once(pilot):
    play_to(pilot, "back-on-fridays")
    found = rounds(pilot)
    assert len(found) == 1
    record = found[0]
    assert (record.scenario_id, record.mode, record.outcome) == (PENNE, "practice", "stay")
    assert record.ending == "back-on-fridays" and record.player == "Guest"
    assert tuple(s.choice for s in record.steps) == witness(pilot, PENNE, "back-on-fridays")
    assert record.trust == pilot.session.round.trust and record.saved
    assert record.started <= record.finished
    pilot.press(pygame.K_RETURN)  # the debrief
    pilot.app.switch("ending")  # the ending shown again records nothing
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "select" and len(rounds(pilot)) == 1
    pilot.press(pygame.K_ESCAPE)
    play_to(pilot, "hangs-up", pygame.K_2)
    latest = rounds(pilot)[-1]
    assert len(rounds(pilot)) == 2
    assert (latest.mode, latest.outcome, latest.ending) == ("assessment", "leave", "hangs-up")


def test_a_rewind_after_the_ending_then_a_new_finish_is_another_round(pilot):
    play_to(pilot, "back-on-fridays")  # answers 1 3 2 1 1; still-orders ends 1 3 2 1 2
    pilot.press(pygame.K_BACKSPACE)
    pilot.answer(1)  # the same finish again: not a new round
    pilot.to_ending()
    assert pilot.name == "ending" and len(rounds(pilot)) == 1
    pilot.press(pygame.K_BACKSPACE)
    pilot.answer(2)
    pilot.to_ending()
    assert pilot.session.round.ending.id == "still-orders"
    found = rounds(pilot)
    assert [r.ending for r in found] == ["back-on-fridays", "still-orders"]
    assert found[1].rewinds == 2 and found[0].rewinds == 0


def test_a_play_session_records_its_round_once_with_its_mode_and_player(pilot):
    ctx = pilot.app.ctx
    scenario = ctx.catalog.find(PENNE).scenario
    session = begin(ctx.services, scenario, "workshop", player="Room 2")
    assert session.record() is False  # not finished yet
    for number in witness(pilot, PENNE, "hangs-up"):
        session.choose_listed(number)
    assert session.record() is False  # choosing the last answer recorded it already
    session.finish()
    (record,) = rounds(pilot)
    assert (record.mode, record.player, record.outcome) == ("workshop", "Room 2", "leave")
    assert not ctx.settings.has_completed(PENNE)  # a room's round is not the player's


def test_a_round_opened_part_way_through_is_not_recorded(make_pilot):
    from tests.conftest import REPO

    path = REPO / "scenarios" / f"{PENNE}.yaml"
    pilot = make_pilot(play_file=str(path))
    scenario = pilot.session.scenario
    late = next(n for n in scenario.nodes if n != scenario.start)
    session = pilot.app.ctx.begin(scenario, "practice", at_node(scenario, late, 50))
    while session.round.ending is None:
        session.choose(1)
    assert session.record() is False
    pilot.app.ctx.show_notices(session)
    assert rounds(pilot) == []
    assert any("part-way" in t for t in pilot.app.ctx.toasts.history)


def test_history_shows_what_was_played_by_name(pilot):
    play_to(pilot, "still-orders")  # a stay that passes good moves by
    scenario = pilot.session.scenario
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_h)  # from the scenario select
    assert pilot.name == "history"
    texts = pilot.texts()
    assert "The Missing Penne" in texts
    assert f"✓ Stayed · trust {rounds(pilot)[0].trust}" in texts
    assert "1 round · stayed in 1 (100%) · last played today" in texts
    assert "1 of 1 · 100%" in texts
    pilot.press(pygame.K_END)  # the principles are further down
    texts = pilot.texts()
    shown = pilot.app.ctx.records.history("Guest").used[:TOP]  # the most used, by name
    names = [scenario.principle(p).name for p, _ in shown]
    assert all(any(t.endswith(" " + name) for t in texts) for name in names)  # never ids
    missed = pilot.app.ctx.records.history("Guest").missed[:TOP]
    assert missed and all(f"○ {scenario.principle(p).name}" in texts for p, _ in missed)
    assert not any(t.startswith(("✓ acknowledge", "○ fix-it-fast")) for t in texts)
    assert pilot.scene.back == "select"
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "select"


def test_history_shows_each_assessment_with_its_stored_score_and_verdict(pilot):
    play_to(pilot, "back-on-fridays")  # Practice: no score
    to_title(pilot)
    play_to(pilot, "hangs-up", pygame.K_2)  # Assessment: she leaves
    stored = rounds(pilot)[-1].assessment
    assert stored is not None and not stored.passed
    open_history_from_title(pilot)
    texts = pilot.texts()
    assert "Your assessments" in texts
    assert f"✗ Not passed · score {stored.score}" in texts
    assert "0 of 1" in texts  # assessments passed
    assert any(t.startswith("Today · Not passed: ") for t in texts)
    assert not any(t.startswith("✓ Passed") for t in texts)


def test_the_debrief_can_show_exactly_what_the_records_keep(pilot):
    play_to(pilot, "hangs-up", pygame.K_2)
    assert pilot.app.ctx.records.assess(pilot.session.round) == rounds(pilot)[-1].assessment


def test_history_for_a_new_player_is_a_friendly_empty_page(pilot):
    open_history_from_title(pilot)
    assert "No rounds yet, Guest" in pilot.texts()
    assert any(t.startswith("Play a scenario and this page fills up") for t in pilot.texts())
    assert_layout(pilot)
    pilot.press(pygame.K_RETURN)  # Play a scenario
    assert pilot.name == "select"


def test_the_select_cards_show_the_best_result(pilot):
    play_to(pilot, "hangs-up")
    lost = f"Best: ✗ left · trust {rounds(pilot)[0].trust}"
    pilot.press(pygame.K_ESCAPE)
    assert lost in pilot.texts()
    pilot.press(pygame.K_ESCAPE)
    play_to(pilot, "back-on-fridays")
    pilot.press(pygame.K_ESCAPE)
    texts = pilot.texts()
    assert f"Best: ✓ stayed · trust {rounds(pilot)[1].trust}" in texts
    assert "Not played yet" in texts and lost not in texts


def test_s_on_the_debrief_saves_the_whole_debrief_as_a_png(pilot, data_dir):
    play_to(pilot, "back-on-fridays")
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_s)
    saved = pilot.scene.saved
    assert saved is not None and saved.parent == data_dir / "handouts"
    assert saved.name.startswith("missing-penne-guest-") and saved.suffix == ".png"
    assert saved.stat().st_size > 10_000
    picture = pygame.image.load(str(saved))
    assert picture.get_height() > 2 * pilot.scene.scroller.view.h  # all of it, not one screen
    assert any(saved.name in t and "handouts" in t for t in pilot.app.ctx.toasts.history)
    pilot.press(pygame.K_s)
    assert pilot.scene.saved != saved and pilot.scene.saved.exists()  # never overwritten


def test_a_folder_that_cannot_be_written_is_said_not_crashed(pilot, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "handouts").write_text("a file where the folder should be")
    play_to(pilot, "hangs-up")
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_s)
    assert pilot.name == "debrief" and pilot.app.crashes == 0
    assert pilot.scene.saved is None
    assert any("could not be saved" in t for t in pilot.app.ctx.toasts.history)


def test_a_corrupt_records_file_shows_a_notice_and_the_game_plays_on(make_pilot, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "records.sqlite3").write_bytes(b"this is not a database" * 100)
    pilot = make_pilot()
    pilot.step(4)  # the catalog, the mixer, then the records open after the first frame
    assert any("damaged" in t for t in pilot.app.ctx.toasts.history)
    assert list(data_dir.glob("records.sqlite3.corrupt-*"))
    play_to(pilot, "hangs-up")
    assert len(rounds(pilot)) == 1 and rounds(pilot)[0].saved
    assert pilot.app.crashes == 0


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", ["normal", "large"])
def test_history_and_cards_keep_their_text_inside_their_panels(make_pilot, size, text_size):
    pilot = make_pilot(size=size)
    pilot.app.ctx.settings.text_size = text_size
    pilot.app.ctx.ask(Request.RESTYLE)
    for ending, mode in (("back-on-fridays", pygame.K_1), ("hangs-up", pygame.K_2)):
        play_to(pilot, ending, mode)
        to_title(pilot)
    pilot.app.switch("select")
    assert_layout(pilot)
    open_history_from_title(pilot)
    assert pilot.scene.scroller.limit > 0
    for _ in range(8):
        assert_layout(pilot)
        pilot.press(pygame.K_PAGEDOWN)
    to_title(pilot)
    assert_layout(pilot)  # six menu entries still fit


def test_data_dir_on_the_command_line_reaches_the_window(monkeypatch, tmp_path):
    import game.ui.app
    from game.cli import main

    seen = {}
    monkeypatch.setattr(game.ui.app, "run_game", lambda **kwargs: seen.update(kwargs) or 0)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert seen["data_dir"] == str(tmp_path)
