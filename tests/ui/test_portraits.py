"""The illustrated customers: every shipped person in every mood, at the smallest and largest sizes."""

from pathlib import Path

import pygame
import pytest

from game import SCENARIOS_DIR
from game.io.loader import load_scenario
from game.model.format import MOODS
from game.model.scenario import Look
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.portrait_art import PortraitArt

SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
LOOKS = {path.stem: load_scenario(path).scenario.customer.look for path in SHIPPED}
# The play screen's portrait rect at 1280x720, and at 3840x2160 (three times the pixels across).
RECTS = {"1280x720": pygame.Rect(64, 112, 282, 344), "3840x2160": pygame.Rect(192, 336, 846, 1032)}


@pytest.fixture(scope="module")
def art():
    return PortraitArt()


def test_the_library_has_at_least_twelve_distinct_people():
    assert len(set(LOOKS.values())) >= 12


@pytest.mark.parametrize("stem", sorted(LOOKS))
def test_every_shipped_customer_has_a_drawn_person(art, stem):
    assert art.person(LOOKS[stem]) is not None


@pytest.mark.parametrize("size", sorted(RECTS))
@pytest.mark.parametrize("stem", sorted(LOOKS))
def test_every_mood_renders_whole_inside_the_portrait(art, stem, size):
    rect = RECTS[size]
    for mood in MOODS:
        for blink in (False, True):
            picture = art.picture(LOOKS[stem], mood, rect.size, blink=blink)
            assert picture is not None, (mood, blink)
            assert _whole(picture), (mood, blink)
        assert _pixels_outside(Portrait(art=art), LOOKS[stem], mood, rect) == 0, mood


def _whole(picture: pygame.Surface) -> bool:
    """Shoulders to the bottom edge, a head near the top, and a face in the middle."""
    w, h = picture.get_size()
    drawn = picture.get_bounding_rect()
    return (
        drawn.bottom == h and drawn.top < 0.2 * h and picture.get_at((w // 2, h * 2 // 5)).a == 255
    )


def _pixels_outside(portrait: Portrait, look: Look, mood: str, rect: pygame.Rect) -> int:
    """Draw into `rect` on a clear canvas, wipe `rect`, and measure what is left."""
    canvas = pygame.Surface((rect.right + 40, rect.bottom + 40), pygame.SRCALPHA)
    portrait.draw(canvas, rect, look, mood)
    canvas.fill((0, 0, 0, 0), rect)
    found = canvas.get_bounding_rect()
    return found.w * found.h


def test_the_committed_art_matches_the_scenarios_looks():
    from tools.make_portraits import OUT, files_for, stale

    assert stale(files_for(SCENARIOS_DIR), OUT) == []


def test_a_broken_art_file_falls_back_to_the_drawn_bust(tmp_path: Path):
    look = LOOKS["missing-penne"]
    real = PortraitArt()
    person = real.person(look)
    (tmp_path / "index.json").write_bytes((real.folder / "index.json").read_bytes())
    (tmp_path / f"{person}-upset.svg").write_text("<svg this is not", encoding="utf-8")
    broken = PortraitArt(tmp_path)
    assert broken.picture(look, "upset", (282, 344)) is None
    bust = _drawn(Portrait(art=PortraitArt(tmp_path / "none")), look)
    assert _pixels(_drawn(Portrait(art=broken), look)) == _pixels(bust)


def _pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")


def test_a_look_without_art_draws_the_bust_not_nothing():
    surface = _drawn(Portrait(art=PortraitArt(Path("/nonexistent/art"))), Look(clothing="raincoat"))
    assert surface.get_bounding_rect().w > 100


def _drawn(portrait: Portrait, look: Look) -> pygame.Surface:
    canvas = pygame.Surface((300, 360), pygame.SRCALPHA)
    portrait.draw(canvas, pygame.Rect(10, 10, 282, 344), look, "upset")
    return canvas


def test_a_broken_index_gives_no_people_and_no_error(tmp_path: Path):
    (tmp_path / "index.json").write_text("{not json", encoding="utf-8")
    assert PortraitArt(tmp_path).person(LOOKS["missing-penne"]) is None
