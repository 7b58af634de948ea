"""The debrief chart: the "walks out at N" label sits where the trust line and gridlines are not."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame
import pytest

from game import SCENARIOS_DIR
from game.engine.analysis import analyse
from game.engine.rules import choose, start_state
from game.io.library import load_library
from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.theme import HIGH_CONTRAST, WARM
from game.ui.widgets.chart import LEVELS, draw_chart, plot_area
from game.ui.widgets.text import Painter


def leave_rounds() -> list[tuple[str, tuple[int, ...], int]]:
    """Every shipped leave ending's shortest round: (name, trust after each answer, walk-out)."""
    rounds = []
    for scenario in load_library([SCENARIOS_DIR], analyse=False).scenarios:
        for key, outcome in analyse(scenario).endings.items():
            if scenario.endings[key].stays or outcome.witness is None:
                continue
            state = start_state(scenario)
            points = [state.trust]
            for number in outcome.witness:
                state, _ = choose(scenario, state, number)
                points.append(state.trust)
            rounds.append((f"{scenario.id}:{key}", tuple(points), scenario.leave_at))
    return rounds


ROUNDS = leave_rounds()


def chart_at(size, theme, points, leave_at):
    """Draw the chart as the debrief lays it out at window `size`: the label, plot and metrics."""
    pygame.display.init()
    pygame.font.init()
    m = Metrics(*size)
    rect = pygame.Rect(m.px(50), m.px(14), size[0] - m.px(136), m.px(280) - m.px(28))
    painter = Painter(pygame.Surface(size), FontBook())
    label = draw_chart(painter, rect, theme, m, points, leave_at)
    return label, plot_area(painter, rect, m), m


def y_of(plot, trust):
    return round(plot.bottom - plot.h * trust / 100)


def trust_line(plot, points):
    """The (x, y) of each answer on the plot, as draw_chart places them."""
    span = max(1, len(points) - 1)
    return [(round(plot.x + plot.w * i / span), y_of(plot, t)) for i, t in enumerate(points)]


def test_there_are_leave_endings_to_check():
    assert len(ROUNDS) >= 20


@pytest.mark.parametrize("theme", [WARM, HIGH_CONTRAST], ids=lambda t: t.name)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_trust_line_never_runs_through_the_walk_out_label(size, theme):
    crossed = []
    for name, points, leave_at in ROUNDS:
        label, plot, m = chart_at(size, theme, points, leave_at)
        line = trust_line(plot, points)
        near = label.inflate(m.px(4), m.px(4))
        if any(near.clipline(a, b) for a, b in zip(line, line[1:], strict=False)):
            crossed.append(name)
    assert not crossed, f"the trust line crosses 'walks out at N' in {crossed}"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_gridline_strikes_through_the_walk_out_label(size):
    struck = []
    for name, points, leave_at in ROUNDS:
        label, plot, _ = chart_at(size, HIGH_CONTRAST, points, leave_at)
        if any(label.top <= y_of(plot, level) <= label.bottom for level in LEVELS):
            struck.append(name)
        if label.top <= y_of(plot, leave_at) <= label.bottom:
            struck.append(f"{name} (its own dashed line)")
    assert not struck, f"a line strikes through 'walks out at N' in {struck}"
