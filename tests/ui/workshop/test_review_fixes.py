"""What the facilitator review found, each driven through the real scenes and kept fixed."""

import re
from pathlib import Path

import pygame
import pytest

from game.api import load
from game.engine import rules
from game.play.workshop.flow import Phase
from game.play.workshop.reach import decision_range
from game.ui.scenes.handoff import RoomStart
from game.ui.theme import HIGH_CONTRAST, WARM
from game.ui.workshop.notices import notice_rect
from game.ui.workshop.preset import DARK, LIGHT, Projector
from game.ui.workshop.room_view import strip_text, times_up
from tests.ui.workshop.support import (
    SHIFT,
    assert_room_ok,
    key_for,
    number,
    open_room,
    settle,
    ws,
)


def contrast(a, b) -> float:
    """The WCAG contrast ratio of two sRGB colours."""

    def lum(c):
        parts = [v / 255 for v in c]
        parts = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in parts]
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def to_reveal(pilot, n: int, shift: bool = True) -> None:
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(key_for(pilot, n), mod=SHIFT if shift else 0)
    settle(pilot)


def test_after_the_facilitators_pick_the_debrief_does_not_say_the_room_said_it(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(number(1), mod=SHIFT)  # nobody voted: the facilitator decided
    settle(pilot)
    room = ws(pilot)
    while room.phase is not Phase.ENDING:
        pilot.press(pygame.K_PAGEDOWN)
        if room.phase is Phase.ANSWERS:
            pilot.press(number(1), mod=SHIFT)
    pilot.press(pygame.K_PAGEDOWN)
    assert pilot.name == "workshop-debrief"
    pilot.press(pygame.K_PAGEDOWN)
    texts = " ".join(pilot.texts())
    assert "Decision 1: your pick was 1" in texts and "the room said 1" not in texts


def test_a_good_answer_at_full_trust_is_not_shown_as_no_change(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    scenario = ws(pilot).scenario
    full = rules.at_node(scenario, scenario.start, 100)
    pilot.scene.startup("workshop", RoomStart(scenario, state=full))
    room = ws(pilot)
    to_reveal(pilot, 1)  # +15 as written, but trust is already full
    texts = pilot.texts()
    assert room.last.delta == 0
    assert "± 0 trust" not in texts and "▲ +15 · trust already full" in texts
    assert "Talk about it: why did that help?" in texts


def test_the_notes_name_endings_and_moments_as_people_read_them(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_n, mod=SHIFT)
    joined = " ".join(pilot.texts())
    for eid, ending in room.scenario.endings.items():
        assert f"{eid} " not in joined and f"{eid}:" not in joined
        assert " ".join(ending.say.split()[:3]) in joined
    assert not any(f"→ {nid}" in joined for nid in room.scenario.nodes)


def test_on_track_holds_for_every_ending_the_room_can_still_reach(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    to_reveal(pilot, 1)
    pilot.press(pygame.K_n, mod=SHIFT)
    on_track = [t for t in " ".join(pilot.texts()).split("\n") if "on track" in t]
    assert len(on_track) >= 2  # more than the one path the analysis happened to find


def test_back_to_the_last_reveal_stops_the_next_decisions_timer(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_t)  # 30 s
    to_reveal(pilot, 1)
    for _ in range(3):
        pilot.press(pygame.K_PAGEDOWN)  # feedback, next line, its answers: the clock runs
    assert room.timer.running and room.number == 2
    pilot.press(pygame.K_PAGEUP)
    pilot.press(pygame.K_PAGEUP)
    assert room.phase is Phase.REVEAL and room.number == 1
    assert not room.timer.running
    assert not any(t.endswith(("0:30", "0:29")) for t in pilot.texts())


def test_a_mouse_type_clicker_works_on_set_up_and_debrief(make_pilot):
    pilot = make_pilot(workshop=True)
    pilot.step(2)
    pilot.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 10), button=1))
    assert pilot.name == "workshop-room"
    room = ws(pilot)
    while room.phase is not Phase.ENDING:
        pilot.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 10), button=1))
    pilot.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 10), button=1))
    assert pilot.name == "workshop-debrief"
    pilot.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 10), button=1))
    assert pilot.scene.page == 1
    pilot.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 10), button=3))
    assert pilot.scene.page == 0


def test_times_up_reads_on_the_top_bar_in_both_palettes():
    for theme in (LIGHT, DARK):
        assert contrast(times_up(theme), theme.backdrop) >= 4.5, theme.name  # the header band


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_the_rooms_palettes_keep_the_projector_contrast(theme):
    """The game's palettes, deepened: text 4.5:1 on every surface it sits on, outlines 3:1."""
    texts = (theme.ink, theme.muted, theme.accent, theme.good, theme.bad)
    for surface in (theme.background, theme.backdrop, theme.panel, theme.panel_alt):
        assert all(contrast(ink, surface) >= 4.5 for ink in texts), surface
        assert contrast(theme.border, surface) >= 3, surface
    assert contrast(theme.accent_ink, theme.accent) >= 4.5  # numbers on the badges
    assert contrast(theme.narrator_ink, theme.narrator) >= 4.5


def test_the_notes_overlay_on_the_rooms_screen_keeps_the_answers_effects_hidden(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_n)
    joined = " ".join(pilot.texts())
    assert "Notes · decision 1" in joined
    assert not any(o.choice.feedback in joined for o in room.offered())
    assert "▲" not in joined and "▼" not in joined and "ENDS" not in joined
    pilot.press(pygame.K_n, mod=SHIFT)
    assert all(o.choice.feedback in " ".join(pilot.texts()) for o in room.offered())


def test_with_the_meter_hidden_the_reveal_shows_no_trust_number(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    pilot.press(pygame.K_h)
    to_reveal(pilot, 1)
    assert not any("trust" in t and ("▲" in t or "▼" in t) for t in pilot.texts())


def test_bad_habits_are_not_listed_as_principles(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    to_reveal(pilot, 2)  # a lecture
    pilot.press(pygame.K_PAGEDOWN)
    bad = [room.scenario.principle(p) for p in room.last.principles]
    names = [p.name for p in bad if p is not None and not p.good]
    assert names
    texts = pilot.texts()
    assert f"Bad habits: {' · '.join(names)}" in texts
    assert not any(t.startswith("Principles:") and names[0] in t for t in texts)


def test_the_vote_shows_its_total(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    pilot.press(pygame.K_PAGEDOWN)
    for n in (1, 1, 2):
        pilot.press(number(n))
    assert any(t.startswith("3 votes · ") for t in pilot.texts())


def test_the_room_is_not_told_about_backspace(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    to_reveal(pilot, 1)
    pilot.press(pygame.K_PAGEUP)
    pilot.press(pygame.K_PAGEUP)
    assert not any("Backspace" in t for t in pilot.texts())


SEVEN = Path(__file__).resolve().parents[3] / "scenarios" / "seven-answers.yaml"


def test_seven_answers_offers_all_seven_classic_replies_at_once():
    scenario = load(SEVEN).scenario
    assert scenario is not None
    assert len(scenario.nodes[scenario.start].choices) == 7


def test_seven_answers_never_names_an_answer_by_its_place_on_screen():
    """Answers are shuffled: 'the seventh answer' may be the room's 5."""
    text = SEVEN.read_text(encoding="utf-8")
    places = r"\b(second|third|fourth|fifth|sixth|seventh|last) (answer|reply|option)\b"
    assert re.findall(places, text, re.IGNORECASE) == []
    assert re.findall(r"\banswer [A-G1-7]\b", text, re.IGNORECASE) == []


@pytest.mark.parametrize("seed", [1, 7920, 15839, 23758])  # shuffles pair the cards differently
def test_seven_answers_at_1024x768_keep_the_customers_line_above_them(make_pilot, seed):
    pilot = make_pilot(workshop=True, size=(1024, 768), seed=seed)
    pilot.step(2)
    pilot.resize((1024, 768))
    keys = [e.key for e in pilot.scene.entries]
    for _ in range(keys.index("seven-answers") - pilot.scene.selected):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    room = ws(pilot)
    line = strip_text(room, room.round.node)
    pilot.press(pygame.K_PAGEDOWN)
    assert len(room.offered()) == 7 and line in pilot.texts()
    assert_room_ok(pilot, "answers")
    pilot.press(number(1))
    assert line in pilot.texts()
    assert_room_ok(pilot, "vote")


def test_the_set_up_screen_says_how_many_decisions_a_round_has(make_pilot):
    pilot = make_pilot(workshop=True)
    pilot.step(2)
    shortest, longest = decision_range(pilot.scene.entries[pilot.scene.selected].scenario)
    assert 1 <= shortest <= longest
    span = f"{shortest}–{longest}" if shortest != longest else str(shortest)
    assert f"Decisions per round: {span}" in pilot.texts()


def test_notices_on_the_projector_use_the_rooms_type_and_leave_its_content_alone(make_pilot):
    for size in ((1024, 768), (1920, 1080)):
        pilot = open_room(make_pilot, "missing-penne", size)
        pilot.press(pygame.K_t)
        text = pilot.app.ctx.toasts.items[-1].text
        surface = pilot.app.display.surface
        p = Projector(*size)
        band = notice_rect(pilot.app.ctx.fonts, p, text)
        assert band.bottom == size[1] and band.h <= p.floor * 3
        pilot.app.draw()
        body = [b.rect for b in pilot.scene.boxes if b.rect.bottom < band.y]
        assert body  # the room's content sits above the band
        assert surface.get_at((2, band.centery))[:3] == pilot.scene.theme.narrator
        book = pilot.app.ctx.fonts
        assert book.line_height(p.floor, True) <= band.h  # at least 1/25 of the height


def test_the_rooms_palettes_are_the_games_own():
    """The workshop looks like the game: its warm and its high-contrast palettes' surfaces."""
    assert (LIGHT.background, LIGHT.backdrop, LIGHT.panel) == (
        WARM.background,
        WARM.backdrop,
        WARM.panel,
    )
    assert (DARK.background, DARK.accent, DARK.good) == (
        HIGH_CONTRAST.background,
        HIGH_CONTRAST.accent,
        HIGH_CONTRAST.good,
    )
