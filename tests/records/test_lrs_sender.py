"""The game's background sender, and what `lrs test` and `lrs status` tell people."""

import time
from datetime import UTC, datetime, timedelta

import pytest

from game.play.lrs_check import check_connection
from game.play.lrs_config import LrsConfig
from game.play.lrs_http import LrsClient
from game.play.lrs_sender import LrsSender
from game.play.lrs_status import describe, one_line
from game.records.outbox import OutboxStatus
from tests.records.lrs_support import KEY, SECRET
from tests.records.test_lrs_faults import SIX, all_there_once
from tests.records.test_lrs_ralph import record_class

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
CONFIG = LrsConfig("https://lrs.example/xAPI/", "trainer", "hush")


def wait_for(condition, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def sender(tmp_path, proxy):
    found = LrsSender(
        tmp_path, config=lambda: LrsConfig(proxy.endpoint, KEY, SECRET), poll=0.1, seed=1
    )
    yield found
    found.stop()


def test_the_sender_thread_sends_rounds_recorded_while_it_runs(tmp_path, ralph, sender):
    sender.start()
    rounds = record_class(tmp_path, SIX[:3])
    assert wait_for(lambda: (s := sender.status()) is not None and s.sent == 3)
    assert all_there_once(ralph, rounds)


def test_the_sender_thread_waits_out_an_lrs_that_is_down_and_then_sends(
    tmp_path, ralph, proxy, sender
):
    proxy.mode = "down"
    rounds = record_class(tmp_path, SIX[:2])
    sender.start()
    assert wait_for(lambda: (s := sender.status()) is not None and s.problem is not None)
    assert sender.status().waiting == 2
    proxy.mode = "pass"
    assert wait_for(lambda: sender.status().sent == 2)
    assert all_there_once(ralph, rounds)


def test_the_sender_stops_when_asked(tmp_path, sender):
    sender.start()
    sender.stop()
    assert sender._thread is None


def test_lrs_test_names_a_version_we_do_not_speak(proxy):
    proxy.about = {"version": ["0.95"]}
    checks = check_connection(LrsConfig(proxy.endpoint, KEY, SECRET))
    assert checks[-1].text.startswith("Wrong version") and "0.95" in checks[-1].text


def test_the_sender_speaks_xapi_2_when_the_lrs_announces_it(proxy):
    proxy.about = {"version": ["1.0.3", "2.0.0"]}
    with LrsClient(LrsConfig(proxy.endpoint, KEY, SECRET)) as client:
        client.negotiate()
        assert client.version == "2.0.0"


def test_lrs_test_says_when_tls_fails(proxy):
    https = proxy.endpoint.replace("http://", "https://")  # the proxy speaks plain HTTP
    checks = check_connection(LrsConfig(https, KEY, SECRET))
    assert "secure (TLS) connection" in checks[-1].text


def test_status_says_how_many_wait_and_why_the_last_try_failed():
    status = OutboxStatus(
        3, 10, 0, NOW - timedelta(minutes=2), None, "the LRS did not answer", False, 2
    )
    assert describe(status, CONFIG, NOW)[1] == (
        "3 rounds waiting to send (10 rounds sent) — last try 2 min ago: the LRS did not answer."
    )


def test_status_says_sending_stops_when_the_key_is_refused():
    status = OutboxStatus(1, 0, 0, NOW, None, "the LRS refused the key and secret", True, 1)
    assert describe(status, CONFIG, NOW)[1].endswith("Sending stops until this is fixed.")


def test_status_without_an_lrs_says_rounds_stay_here():
    assert describe(None, None, NOW) == ["No LRS is set: rounds are kept on this computer only."]
    assert "make-it-right lrs set" in one_line(None, None, NOW)


def test_status_never_shows_the_secret():
    status = OutboxStatus(0, 4, 0, NOW, NOW)
    assert not any("hush" in line for line in describe(status, CONFIG, NOW))
