"""A live chat shows the thread: the player's last answer as their own bubble on the right,
above the customer's reply; it gives way before the reply or the answers lose any room."""

import pygame
import pytest
import yaml

from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.scenes.play_layout import arrange_sides, arrange_turn
from game.ui.scenes.play_stage import feedback_step
from game.ui.widgets.button import Button
from game.ui.widgets.channels import Line
from game.ui.widgets.chat import MINE_LABEL
from tests.conftest import FIXTURES
from tests.ui.helpers import assert_answers_legible, assert_layout
from tests.ui.staging import MOODS, in_channel, play

OWNED = "You're right to be annoyed. I'll print it now, first in line."
REPLY = "Fine. Is it ready?"
LATER = FIXTURES / "ui" / "seven-answers-later.yaml"  # one answer, then seven long ones


def answered(make_pilot, path=MOODS, **options):
    pilot = play(make_pilot, path, **options)
    pilot.answer(1)
    pilot.settle()
    return pilot


def test_the_players_last_answer_is_their_own_bubble_above_the_reply(make_pilot):
    pilot = answered(make_pilot)
    you, mine, reply = pilot.box(MINE_LABEL), pilot.box(OWNED), pilot.box(REPLY)
    assert mine.rect.bottom <= reply.rect.top
    assert you.rect.bottom <= mine.rect.top


def test_the_players_bubble_sits_on_the_right_and_the_customers_on_the_left(make_pilot):
    pilot = answered(make_pilot)
    you, mine, reply = pilot.box(MINE_LABEL), pilot.box(OWNED), pilot.box(REPLY)
    frame = pilot.scene.at.frame
    assert mine.rect.x > reply.rect.x
    assert frame.right - you.rect.right < frame.right - reply.rect.right + pilot.scene.m.px(24)
    assert you.rect.centerx > frame.centerx


def test_before_the_first_answer_the_chat_has_no_bubble_of_the_players(make_pilot):
    pilot = play(make_pilot, MOODS)
    assert MINE_LABEL not in pilot.texts()


def test_the_players_bubble_stays_while_the_customer_types(make_pilot):
    pilot = play(make_pilot, MOODS, reveal=True)
    pilot.answer(1)
    pilot.step(2)
    assert pilot.scene.reveal.typing
    assert "Dana is typing…" in pilot.texts()
    assert OWNED in pilot.texts()


@pytest.mark.parametrize("channel", ["counter", "phone", "review", "video"])
def test_other_channels_show_no_bubble_of_the_players(make_pilot, tmp_path, channel):
    pilot = answered(make_pilot, in_channel(tmp_path, channel))
    assert MINE_LABEL not in pilot.texts()


@pytest.mark.parametrize("text_size", ["normal", "largest"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_seven_answers_after_an_answer_fit_in_a_chat(make_pilot, size, text_size):
    """In Assessment, so that only the line and the answers share the column."""
    pilot = play(make_pilot, LATER, pygame.K_2, scenario_id="seven-answers-later", size=size,
                 settings={"text_size": text_size})  # fmt: skip
    pilot.app.resized()
    pilot.answer(1)
    pilot.settle()
    assert_layout(pilot)
    labels = [b.label for b in pilot.scene.choices.buttons]
    assert len(labels) == 7 and all(label in pilot.texts() for label in labels)  # none cut short
    assert_answers_legible(pilot)


@pytest.mark.parametrize("text_size", ["normal", "largest"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_seven_answers_under_practice_feedback_fit_uncut(make_pilot, size, text_size):
    """Practice adds the feedback strip: the line, the feedback and seven answers all fit."""
    pilot = play(make_pilot, LATER, pygame.K_1, scenario_id="seven-answers-later", size=size,
                 settings={"text_size": text_size})  # fmt: skip
    pilot.app.resized()
    pilot.answer(1)
    pilot.settle()
    assert pilot.scene.at.feedback is not None
    assert_layout(pilot)
    labels = [b.label for b in pilot.scene.choices.buttons]
    assert len(labels) == 7 and all(label in pilot.texts() for label in labels)  # none cut short
    feedback = feedback_step(pilot.scene.session, None).feedback
    assert [box.text for box in pilot.scene.boxes if box.cut and box.text == feedback] == []


def turn(size: tuple[int, int], text_scale: float, earlier: str, labels: list[str]):
    """The play layout of one chat turn with `earlier` as the player's last answer."""
    m, book = Metrics(*size, text_scale=text_scale), FontBook()
    line = Line("chat", "Priya", "All right. So when will I see the money?", "", earlier=earlier)
    out = arrange_sides(m, book, practice=True)
    arrange_turn(
        out, m, book, line, None, [Button(label, str(i)) for i, label in enumerate(labels)]
    )
    return out


@pytest.mark.parametrize("count", [3, 7])
@pytest.mark.parametrize("text_scale", [1.0, 1.2, 1.4])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1920, 1080)])
def test_the_players_bubble_never_shrinks_the_answers(size, text_scale, count):
    pygame.font.init()
    choices = yaml.safe_load(LATER.read_text(encoding="utf-8"))["nodes"]["charged"]["choices"]
    labels = [choice["say"] for choice in choices][:count]
    without = turn(size, text_scale, "", labels)
    with_it = turn(size, text_scale, OWNED * 2, labels)
    assert with_it.choice_size == without.choice_size
    assert with_it.frame.h >= without.frame.h
