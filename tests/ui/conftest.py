"""Headless set-up for the window tests: dummy SDL drivers, a temp settings folder, a pilot."""

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

import pytest  # noqa: E402

from tests.ui.pilot import Pilot  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Settings go to a fresh temporary folder, never the tester's own."""
    folder = tmp_path / "settings"
    monkeypatch.setenv("MAKE_IT_RIGHT_DATA", str(folder))
    return folder


@pytest.fixture
def pilot(data_dir):
    """The game at 1280×720 over the shipped scenarios, stepped frame by frame."""
    driver = Pilot.open(size=(1280, 720))
    yield driver
    driver.close()


@pytest.fixture
def make_pilot(data_dir):
    """Open the game with custom arguments; every pilot opened is closed afterwards."""
    opened = []

    def make(**kwargs):
        if opened:
            opened.pop().close()
        driver = Pilot.open(**kwargs)
        opened.append(driver)
        return driver

    yield make
    for driver in opened:
        driver.close()
