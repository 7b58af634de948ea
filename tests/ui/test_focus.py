"""Keyboard focus: Tab and Shift+Tab walk a screen in reading order, and focus has one look."""

import pygame
import pytest

from tests.ui.helpers import open_scenario_by_keys, witness

SHIFT = pygame.KMOD_SHIFT


def focused(scene) -> pygame.Rect:
    """The rectangle that has keyboard focus on `scene` (a dialog's button first)."""
    confirm = getattr(scene, "confirm", None)
    if confirm is not None:
        return confirm.buttons.buttons[confirm.buttons.selected].rect
    if scene.name == "select":
        return scene.rects[scene.selected]
    field = getattr(scene, "field", None)
    if field is not None and field.focused:
        return field.rect
    for name in ("menu", "buttons", "rows", "modes", "choices"):
        group = getattr(scene, name, None)
        if group is not None and group.selected is not None:
            return group.buttons[group.selected].rect
    raise AssertionError(f"nothing has focus on {scene.name}")


def tab_round(pilot, mod: int = 0) -> list[pygame.Rect]:
    """Press Tab (or Shift+Tab) until focus comes back where it started; every stop on the way."""
    start = focused(pilot.scene)
    stops = []
    for _ in range(40):
        pilot.press(pygame.K_TAB, mod)
        stops.append(focused(pilot.scene))
        if stops[-1] == start:
            return stops
    raise AssertionError(f"Tab never came back round on {pilot.name}: {stops}")


def reading_order(rects: list[pygame.Rect]) -> list[pygame.Rect]:
    """Top to bottom by row, left to right within a row."""
    return sorted(rects, key=lambda r: (r.y, r.x))


def assert_tab_follows_reading_order(pilot) -> None:
    stops = tab_round(pilot)
    first = min(range(len(stops)), key=lambda i: reading_order(stops).index(stops[i]))
    cycle = stops[first:] + stops[:first]
    assert cycle == reading_order(stops), f"Tab on {pilot.name} went {stops}"
    back = tab_round(pilot, SHIFT)
    assert back[:-1] == list(reversed(stops[:-1])), f"Shift+Tab on {pilot.name} went {back}"


def test_tab_walks_the_title_menu_top_to_bottom(pilot):
    assert_tab_follows_reading_order(pilot)
    assert len(tab_round(pilot)) == 6


def test_tab_walks_the_name_field_then_its_buttons(pilot):
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "name" and pilot.scene.field.focused
    assert_tab_follows_reading_order(pilot)
    assert len(tab_round(pilot)) == 4  # the field and three buttons


def test_typing_after_tabbing_away_still_fills_the_name(pilot):
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_TAB)
    assert not pilot.scene.field.focused
    pilot.type("Ana")
    assert pilot.scene.field.focused and pilot.scene.field.value.endswith("Ana")


def test_tab_walks_the_scenario_cards(pilot):
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "select"
    before = pilot.scene.selected
    pilot.press(pygame.K_TAB)
    assert pilot.scene.selected == before + 1
    pilot.press(pygame.K_TAB, SHIFT)
    pilot.press(pygame.K_TAB, SHIFT)
    assert pilot.scene.selected == len(pilot.scene.entries) - 1  # wraps to the last card


def test_tab_walks_the_settings_rows(pilot):
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "settings"
    assert_tab_follows_reading_order(pilot)


def test_tab_walks_the_briefing_modes_the_ending_and_the_debrief(pilot):
    open_scenario_by_keys(pilot, "missing-penne")
    assert_tab_follows_reading_order(pilot)
    pilot.press(pygame.K_1)
    for number in witness(pilot, "missing-penne", "still-orders"):
        pilot.answer(number)
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending"
    assert_tab_follows_reading_order(pilot)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "debrief"
    assert_tab_follows_reading_order(pilot)


def test_tab_walks_the_leave_dialog(pilot):
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.scene.confirm is not None
    assert_tab_follows_reading_order(pilot)


def fill_at(pilot, rect: pygame.Rect) -> tuple[int, int, int]:
    """The colour just inside a button's left edge, halfway down (its fill, not its label)."""
    pilot.app.draw()
    return tuple(pilot.app.display.surface.get_at((rect.x + rect.w // 12, rect.centery))[:3])


@pytest.mark.parametrize("theme", ["warm", "contrast"])
def test_only_the_focused_button_is_filled_not_the_primary_one(make_pilot, theme):
    pilot = make_pilot(size=(1280, 720))
    pilot.app.ctx.settings.theme = theme
    pilot.press(pygame.K_DOWN)  # focus leaves Start, the primary button
    start, scenarios = (b.rect for b in pilot.scene.menu.buttons[:2])
    colours = pilot.app.ctx.theme
    assert fill_at(pilot, scenarios) == colours.accent
    assert fill_at(pilot, start) == colours.panel


def test_the_leave_dialog_fills_only_the_focused_button(pilot):
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_ESCAPE)
    keep, leave = (b.rect for b in pilot.scene.confirm.buttons.buttons)
    colours = pilot.app.ctx.theme
    assert fill_at(pilot, keep) == colours.accent  # focus starts on "Keep playing"
    assert fill_at(pilot, leave) == colours.panel  # the primary "Leave round" is only outlined


@pytest.mark.parametrize("theme", ["warm", "contrast"])
def test_text_on_the_focused_settings_row_is_drawn_in_the_ink_for_its_fill(make_pilot, theme):
    pilot = make_pilot(size=(1280, 720))
    pilot.app.ctx.settings.theme = theme
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_DOWN)  # the Colors row
    colours = pilot.app.ctx.theme
    box = pilot.box("‹ ")
    surface = pilot.app.display.surface
    inks = {
        tuple(surface.get_at((x, y))[:3])
        for x in range(box.rect.left, box.rect.right)
        for y in range(box.rect.top, box.rect.bottom)
    }
    assert colours.accent_ink in inks  # drawn in the accent it would vanish into the fill
