"""SIGTERM mid-round ends the game at once, with no "Leave this round?" question."""

import os
import signal
import threading

import pygame
import pytest

from tests.ui.test_modes import start

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM here")


def test_sigterm_mid_round_stops_the_game_without_asking(pilot):
    start(pilot, pygame.K_1)
    assert pilot.name == "play"
    sender = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM))
    sender.start()
    try:
        code = pilot.app.run()  # returns only once the loop has stopped
    finally:
        sender.cancel()
    assert code == 0 and not pilot.app.running
    assert pilot.scene.confirm is None


def test_sigterm_is_ours_only_while_the_game_runs(pilot):
    before = signal.getsignal(signal.SIGTERM)
    pilot.app.terminate()
    pilot.app.run()
    assert signal.getsignal(signal.SIGTERM) is before
