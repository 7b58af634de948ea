"""Shared steps for the staging tests: a one-customer scenario in any channel, opened in play."""

from __future__ import annotations

import pygame

from tests.conftest import FIXTURES
from tests.ui.helpers import open_scenario_by_keys
from tests.ui.pilot import Pilot

MOODS = FIXTURES / "ui" / "moods.yaml"  # a chat with Dana at the copy shop, two lines long
LONG = FIXTURES / "ui" / "long-lines.yaml"  # lines far longer than any real scenario's
FIRST_LINE = "Oh, great. Only the third time you've lost my print job this month. Thanks so much."
CHROME = {  # words only each channel's frame shows
    "phone": "On the phone with Dana",
    "chat": "Live chat · Dana",
    "email": "From: Dana",
    "review": "Posted publicly by Dana",
    "video": "Video call with Dana",
}


def in_channel(tmp_path, channel: str, setting: str | None = None):
    """The moods fixture, copied with another channel (and setting)."""
    text = MOODS.read_text(encoding="utf-8").replace("channel: chat", f"channel: {channel}")
    if setting:
        text = text.replace(f"channel: {channel}", f"channel: {channel}\nsetting: {setting}")
    path = tmp_path / "moods.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def play(make_pilot, path, mode_key: int = pygame.K_RETURN, **options) -> Pilot:
    """Open the scenario at `path` and start a round (Practice unless told)."""
    size = options.pop("size", (1280, 720))
    settings = options.pop("settings", {})
    scenario_id = options.pop("scenario_id", "moods")
    pilot = make_pilot(size=size, scenarios=[path], reveal=options.pop("reveal", False))
    for key, value in settings.items():
        setattr(pilot.app.ctx.settings, key, value)
    open_scenario_by_keys(pilot, scenario_id)
    pilot.press(mode_key)
    assert pilot.name == "play"
    return pilot


def drawn_line(pilot: Pilot) -> str:
    """The part of the customer's first line drawn on screen now ('' if none)."""
    pilot.app.draw()
    texts = [b.text for b in pilot.scene.boxes]
    return next((t for t in texts if t and FIRST_LINE.startswith(t)), "")
