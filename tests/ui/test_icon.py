"""The window has the game's own icon, set before the window opens, drawn by a tool in the repo."""

import pygame

from game.ui.display import ICON, ICON_SIZE, Display
from tools.make_icon import SIZE, draw_icon


def test_the_icon_is_set_before_the_window_opens(monkeypatch, data_dir):
    calls = []
    set_icon, set_mode = pygame.display.set_icon, pygame.display.set_mode
    monkeypatch.setattr(pygame.display, "set_icon", lambda s: calls.append("icon") or set_icon(s))
    monkeypatch.setattr(
        pygame.display, "set_mode", lambda *a, **k: calls.append("window") or set_mode(*a, **k)
    )
    pygame.display.init()
    display = Display()
    display.open((800, 600), fit=False)
    assert calls == ["icon", "window"]
    assert display.icon is not None and display.icon.get_size() == ICON_SIZE
    pygame.display.quit()


def test_the_shipped_icon_is_the_one_the_tool_draws():
    pygame.display.init()
    shipped = pygame.image.load(str(ICON))
    drawn = draw_icon()
    assert shipped.get_size() == drawn.get_size() == (SIZE, SIZE)
    for spot in [(0, 0), (SIZE // 2, SIZE // 2), (SIZE // 5, SIZE // 2), (SIZE - 3, SIZE - 3)]:
        assert shipped.get_at(spot) == drawn.get_at(spot), spot


def test_the_icon_has_transparent_corners_and_an_opaque_middle():
    pygame.display.init()
    icon = draw_icon()
    assert icon.get_at((0, 0)).a == 0
    assert icon.get_at((SIZE // 2, SIZE // 2)).a == 255
