"""The portrait in motion and in its frame: cross-fades, scheduled blinks, none with motion off."""

import pygame

from game.model.scenario import Look
from game.ui.widgets.portrait import BLINK_GAP, FADE, Portrait
from game.ui.widgets.portrait_art import PortraitArt

FRAME = 1 / 60
RECT = pygame.Rect(0, 0, 282, 344)


def shipped_look() -> Look:
    from game import SCENARIOS_DIR
    from game.io.loader import load_scenario

    return load_scenario(SCENARIOS_DIR / "missing-penne.yaml").scenario.customer.look


def change_mood(portrait: Portrait) -> None:
    canvas = pygame.Surface(RECT.size, pygame.SRCALPHA)
    portrait.draw(canvas, RECT, shipped_look(), "neutral")
    portrait.draw(canvas, RECT, shipped_look(), "furious")


def test_a_mood_change_cross_fades_for_150_to_250_ms():
    portrait = Portrait(art=PortraitArt())
    change_mood(portrait)
    frames = 0
    while portrait.animating:
        portrait.update(FRAME)
        frames += 1
    assert 0.15 <= FADE <= 0.25
    assert round(0.15 / FRAME) <= frames <= round(0.25 / FRAME) + 1


def test_a_cross_fade_shows_both_moods_halfway():
    portrait = Portrait(art=PortraitArt())
    change_mood(portrait)
    portrait.update(FADE / 2)
    canvas = pygame.Surface(RECT.size, pygame.SRCALPHA)
    portrait.draw(canvas, RECT, shipped_look(), "furious")
    art = PortraitArt()
    calm = art.picture(shipped_look(), "neutral", RECT.size)
    angry = art.picture(shipped_look(), "furious", RECT.size)
    at = _differing_pixel(calm, angry)
    shown, a, b = (s.get_at(at) for s in (canvas, _placed(calm), _placed(angry)))
    assert shown != a and shown != b


def _placed(picture: pygame.Surface) -> pygame.Surface:
    canvas = pygame.Surface(RECT.size, pygame.SRCALPHA)
    canvas.blit(picture, picture.get_rect(midbottom=RECT.midbottom))
    return canvas


def _differing_pixel(a: pygame.Surface, b: pygame.Surface) -> tuple[int, int]:
    pa, pb = _placed(a), _placed(b)
    for y in range(0, RECT.h, 2):
        for x in range(0, RECT.w, 2):
            ca, cb = pa.get_at((x, y)), pb.get_at((x, y))
            if ca.a == cb.a == 255 and sum(abs(p - q) for p, q in zip(ca, cb, strict=True)) > 150:
                return (x, y)
    raise AssertionError("the two moods look the same")


def test_with_motion_off_there_is_no_tween_blink_or_breath():
    portrait = Portrait(art=PortraitArt(), motion=False)
    change_mood(portrait)
    assert not portrait.animating
    changes = [portrait.update(FRAME) for _ in range(60 * 20)]
    assert not any(changes) and not portrait.blinking and portrait.sink(1000) == 0


def test_blinks_come_every_few_seconds_and_redraw_only_a_few_frames():
    portrait = Portrait(art=PortraitArt(), seed=3)
    change_mood(portrait)
    canvas = pygame.Surface(RECT.size, pygame.SRCALPHA)
    blinks, redraws = 0, 0
    for _ in range(60 * 30):  # as the game loop does: draw only when update says so
        was = portrait.blinking
        if portrait.update(FRAME) or portrait.animating:
            redraws += 1
            portrait.draw(canvas, RECT, shipped_look(), "furious")
        blinks += portrait.blinking and not was
    assert 30 / BLINK_GAP[1] <= blinks <= 30 / BLINK_GAP[0] + 1
    assert redraws < 0.1 * 60 * 30  # an idle portrait leaves the loop idle nine frames in ten


def test_a_new_customer_appears_without_a_cross_fade():
    portrait = Portrait(art=PortraitArt())
    canvas = pygame.Surface(RECT.size, pygame.SRCALPHA)
    portrait.draw(canvas, RECT, shipped_look(), "neutral")
    portrait.draw(canvas, RECT, Look(), "furious")
    assert not portrait.animating


def test_an_idle_portrait_says_when_it_next_needs_a_frame():
    portrait = Portrait(art=PortraitArt(), seed=5)
    wait = portrait.next_change_in()
    assert wait is not None and wait >= BLINK_GAP[0] - 1e-9
    portrait.update(wait)
    assert portrait.next_change_in() == 0.0  # a blink or a breath is under way
    assert Portrait(art=PortraitArt(), motion=False).next_change_in() is None


def test_a_narrow_frame_shows_a_closer_crop_not_empty_space_over_the_head():
    from game.ui.widgets.portrait import fitted

    whole_bust = round(244 * 480 / 400)  # the height that shows both shoulders: 293
    assert fitted(pygame.Rect(0, 0, 244, 486))[1] >= 1.4 * whole_bust  # the clip trims the sides
    assert fitted(pygame.Rect(0, 0, 400, 300)) == (400, 300)  # a wide frame keeps the whole bust


def test_the_shut_eyed_picture_is_rendered_on_a_quiet_frame_before_the_first_blink():
    art = PortraitArt()
    portrait = Portrait(art=art)
    portrait.draw(pygame.Surface(RECT.size, pygame.SRCALPHA), RECT, shipped_look(), "wary")
    before = art.cached_bytes
    portrait.update(FRAME)
    assert not portrait.blinking and art.cached_bytes > before
