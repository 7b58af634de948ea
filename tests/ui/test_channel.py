"""The play screen says where the conversation happens: a chip in the top bar, and a frame
for each channel around the customer's line, above the feedback and the answers."""

import pygame
import pytest

from game.model import format as fmt
from game.ui.scenes.play_parts import CHANNEL_LABELS
from tests.conftest import FIXTURES
from tests.ui.helpers import assert_answers_legible, assert_layout, open_scenario_by_keys
from tests.ui.staging import CHROME, FIRST_LINE, in_channel, play

SIZES = [(1280, 720), (1920, 1080), (1024, 768)]


def open_play(make_pilot, size, path, scenario_id):
    pilot = make_pilot(size=size, scenarios=[path])
    open_scenario_by_keys(pilot, scenario_id)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "play"
    return pilot


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_channel_chip_shows_where_the_player_is(make_pilot, size):
    pilot = open_play(make_pilot, size, FIXTURES / "ui" / "moods.yaml", "moods")
    assert "Live chat" in pilot.texts()
    box = pilot.box("Live chat")
    assert pilot.scene.at.bar.contains(box.rect)
    assert_layout(pilot)


def test_a_long_title_leaves_room_for_the_channel_chip(make_pilot):
    pilot = open_play(make_pilot, (1280, 720), FIXTURES / "ui" / "long-lines.yaml", "long-lines")
    assert "At the counter" in pilot.texts()  # no channel: the default
    assert_layout(pilot)


def test_every_channel_has_a_label():
    assert set(CHANNEL_LABELS) == set(fmt.CHANNELS)


@pytest.mark.parametrize("channel", sorted(CHROME))
def test_each_channel_draws_its_own_frame(make_pilot, tmp_path, channel):
    pilot = play(make_pilot, in_channel(tmp_path, channel))
    texts = pilot.texts()
    assert CHROME[channel] in texts
    others = [words for other, words in CHROME.items() if other != channel]
    assert not any(words in texts for words in others)


def test_the_counter_has_a_speech_bubble_and_no_window(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"))
    assert not any(words in pilot.texts() for words in CHROME.values())
    assert FIRST_LINE in pilot.texts()


def test_an_email_quotes_the_players_last_reply(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "email"))
    pilot.answer(1)
    said = pilot.session.round.steps[-1].say
    assert any(
        t.startswith("You wrote: ") and said.startswith(t[11:].rstrip("…")) for t in pilot.texts()
    )


def test_a_turn_reads_reaction_then_feedback_then_answers(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"))
    pilot.answer(2)  # "It happens.": Dana reacts, the feedback explains, the next answer waits
    pilot.settle()
    reaction = pilot.box("Fine. Is it ready?").rect
    feedback = pilot.box("Your last answer hurt").rect
    answer = pilot.box(pilot.session.round.shown()[0].choice.say).rect
    assert reaction.bottom <= feedback.top
    assert feedback.bottom <= answer.top


LOOKS = [  # every window size at every text size; the middle size in high contrast
    ((w, h), text, "contrast" if text == "large" else "warm")
    for (w, h) in SIZES
    for text in ("normal", "large", "largest")
]


@pytest.mark.parametrize("channel", fmt.CHANNELS)
@pytest.mark.parametrize(
    "size, text_size, theme", LOOKS, ids=[f"{s[0]}x{s[1]}-{t}-{c}" for s, t, c in LOOKS]
)
def test_every_channel_fits_after_an_answer(make_pilot, tmp_path, channel, size, text_size, theme):
    pilot = play(make_pilot, in_channel(tmp_path, channel), size=size,
                 settings={"text_size": text_size, "theme": theme})  # fmt: skip
    pilot.app.resized()
    pilot.answer(2)
    pilot.settle()
    assert_layout(pilot)


SEVEN = FIXTURES / "ui" / "seven-answers.yaml"


@pytest.mark.parametrize("channel", fmt.CHANNELS)
@pytest.mark.parametrize("text_size", ["normal", "largest"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_seven_answers_stay_legible_in_every_channel(
    make_pilot, tmp_path, channel, text_size, size
):
    text = SEVEN.read_text(encoding="utf-8").replace("channel: phone", f"channel: {channel}")
    path = tmp_path / "seven.yaml"
    path.write_text(text, encoding="utf-8")
    pilot = play(make_pilot, path, scenario_id="seven-answers-layout", size=size,
                 settings={"text_size": text_size})  # fmt: skip
    pilot.app.resized()
    assert_layout(pilot)
    labels = [b.label for b in pilot.scene.choices.buttons]
    assert len(labels) == 7 and all(label in pilot.texts() for label in labels)  # none cut short
    assert_answers_legible(pilot)
