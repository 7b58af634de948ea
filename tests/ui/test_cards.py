"""Scenario cards: every title and summary fits whole, in one size across the grid, at any text size."""

import pygame
import pytest

from game.ui.context import Request

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]


def open_select(make_pilot, size, text_size):
    pilot = make_pilot(size=size)
    pilot.app.ctx.settings.text_size = text_size
    pilot.app.ctx.ask(Request.RESTYLE)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "select"
    return pilot


def card_boxes(pilot):
    """Every card's title and summary box, paging through the whole grid with Tab."""
    scene = pilot.scene
    titles = {e.title for e in scene.entries}
    summaries = {scene._summary(e) for e in scene.entries}
    found: dict[str, object] = {}
    for _ in scene.entries:
        pilot.app.draw()
        for box in scene.boxes:
            if box.text in titles or box.text in summaries:
                found[box.text] = box
        pilot.press(pygame.K_TAB)
    assert titles | summaries <= set(found), "some card was never drawn"
    return [found[t] for t in titles], [found[s] for s in summaries]


@pytest.mark.parametrize("text_size", ["normal", "large", "largest"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_card_titles_and_summaries_fit_whole_in_one_size(make_pilot, size, text_size):
    pilot = open_select(make_pilot, size, text_size)
    titles, summaries = card_boxes(pilot)
    cut = [b.text for b in titles + summaries if b.cut]
    assert not cut, f"cut short at {size} {text_size}: {cut}"
    assert len({b.size for b in titles}) == 1, sorted((b.size, b.text) for b in titles)
    assert len({b.size for b in summaries}) == 1, sorted((b.size, b.text) for b in summaries)


def test_a_long_title_wraps_to_two_lines_rather_than_shrinking(make_pilot):
    pilot = open_select(make_pilot, (1280, 720), "largest")
    titles, _ = card_boxes(pilot)
    sizes = {b.size for b in titles}
    line = pilot.app.ctx.fonts.line_height(sizes.pop(), True)
    assert any(b.rect.h > line for b in titles)  # some title runs onto a second line
    assert pilot.scene.type.title >= pilot.app.metrics.type(16)
