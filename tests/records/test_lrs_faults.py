"""When the LRS fails in every way it can, every finished round still arrives exactly once.

A proxy the tests control sits between the sender and a real LRS (Ralph).
After each fault the faults stop, the sender tries again, and then every
statement of every round is in Ralph's file once; nothing waits for ever.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from game.records import RecordStore
from game.records.outbox import Outbox
from tests.conftest import REPO
from tests.records.lrs_support import KEY, SECRET
from tests.records.support import record
from tests.records.test_lrs_ralph import expected_ids, record_class, send

HELPER = Path(__file__).with_name("send_and_wait.py")
SIX = [(p, n, m, 40, "practice", False) for p, n, m in (
    ("Ana", (1, 1, 1), 0), ("Ben", (2, 1), 1), ("Cy", (1, 2), 2),
    ("Di", (2, 2), 3), ("Ed", (2, 1), 4), ("Flo", (1, 2), 5),
)]  # fmt: skip


def all_there_once(ralph, rounds):
    stored = ralph.stored_ids()
    return all(stored[i] == 1 for i in expected_ids(rounds))


def waiting(folder):
    with Outbox.open(folder) as outbox:
        return outbox.status()


def test_an_lrs_down_when_the_round_ends_gets_it_once_it_is_back(tmp_path, ralph, proxy):
    proxy.mode = "down"
    rounds = record_class(tmp_path, SIX)
    first = send(tmp_path, proxy.endpoint)
    assert first.stopped and not first.permanent and waiting(tmp_path).waiting == 6
    proxy.mode = "pass"
    assert send(tmp_path, proxy.endpoint).rounds == 6
    assert all_there_once(ralph, rounds)


def test_an_lrs_that_goes_down_mid_batch_gets_the_rest_later(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX)
    proxy.after(2, "down")
    first = send(tmp_path, proxy.endpoint, rounds_per_batch=2)
    assert first.rounds == 4 and first.stopped
    proxy.mode = "pass"
    send(tmp_path, proxy.endpoint, rounds_per_batch=2)
    assert waiting(tmp_path).waiting == 0 and all_there_once(ralph, rounds)


def test_a_slow_lrs_that_stored_it_anyway_keeps_one_copy(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX[:2])
    proxy.delay = 1.5
    first = send(tmp_path, proxy.endpoint, timeout=0.5)
    assert first.stopped and "did not answer" in first.problem
    proxy.delay = 0
    send(tmp_path, proxy.endpoint)
    assert all_there_once(ralph, rounds)


def test_one_refused_statement_is_set_aside_and_the_rest_of_the_batch_arrives(
    tmp_path, ralph, proxy
):
    rounds = record_class(tmp_path, SIX)
    bad = sorted(expected_ids(rounds))[3]
    proxy.poison = {bad}
    result = send(tmp_path, proxy.endpoint, rounds_per_batch=6)
    assert [r.statement_id for r in result.rejected] == [bad]
    assert "proxy says 400" in result.rejected[0].message
    stored = ralph.stored_ids()
    assert all(stored[i] == 1 for i in expected_ids(rounds) - {bad}) and stored[bad] == 0
    status = waiting(tmp_path)
    assert (status.waiting, status.rejected) == (0, 1)


def test_a_refused_statement_is_never_sent_again(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX[:1])
    proxy.poison = set(sorted(expected_ids(rounds))[:1])
    send(tmp_path, proxy.endpoint)
    with Outbox.open(tmp_path) as outbox:
        outbox._conn.execute("UPDATE outbox SET sent = NULL")
    before = len(proxy.posts())
    send(tmp_path, proxy.endpoint)
    assert len(proxy.posts()) == before + 1  # one post, without the refused one: no retry loop
    assert proxy.posts()[-1] == len(expected_ids(rounds)) - 1


def test_a_refused_key_stops_sending_and_says_so(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX[:2])
    proxy.mode = 401
    result = send(tmp_path, proxy.endpoint)
    status = waiting(tmp_path)
    assert result.permanent and "key and secret" in status.problem and status.waiting == 2
    assert len(proxy.posts()) == 1
    proxy.mode = "pass"
    send(tmp_path, proxy.endpoint)
    assert all_there_once(ralph, rounds)


def test_a_statement_already_stored_differently_counts_as_there(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX[:3])
    (clash,) = sorted(expected_ids(rounds[:1]))[:1]
    other = {"id": clash, "actor": {"mbox": "mailto:x@example.com"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
             "object": {"id": "https://elsewhere.example/a"}}  # fmt: skip
    assert httpx.post(ralph.endpoint + "statements", json=[other], auth=(KEY, SECRET)).is_success
    result = send(tmp_path, proxy.endpoint, rounds_per_batch=3)
    assert result.rounds == 3 and not result.rejected and 409 in proxy.answered
    stored = ralph.stored_ids()
    assert all(stored[i] == 1 for i in expected_ids(rounds))


def test_a_batch_too_large_is_split_until_it_fits(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX)
    proxy.max_batch = 4
    result = send(tmp_path, proxy.endpoint, rounds_per_batch=6)
    assert result.rounds == 6 and not result.rejected
    assert all_there_once(ralph, rounds)


def test_an_lrs_that_is_busy_is_tried_again_later(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX[:2])
    proxy.mode = 503
    first = send(tmp_path, proxy.endpoint)
    assert first.stopped and not first.permanent and waiting(tmp_path).failures == 1
    proxy.mode = "pass"
    send(tmp_path, proxy.endpoint)
    assert waiting(tmp_path).failures == 0 and all_there_once(ralph, rounds)


def test_a_sender_killed_mid_send_leaves_nothing_lost_or_doubled(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX[:3])
    proxy.delay = 3.0  # the first post is held at the proxy while the sender is killed
    process = subprocess.Popen(
        [sys.executable, str(HELPER), str(tmp_path), proxy.endpoint],
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proxy.arrived.wait(60)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    proxy.delay = 0
    assert waiting(tmp_path).waiting == 3
    send(tmp_path, proxy.endpoint)
    assert waiting(tmp_path).waiting == 0 and all_there_once(ralph, rounds)


def test_a_round_recorded_while_sending_waits_for_the_next_try(tmp_path, ralph, proxy):
    rounds = record_class(tmp_path, SIX[:1])
    send(tmp_path, proxy.endpoint)
    with RecordStore.open(tmp_path) as store:
        record(store, "Gus", (2, 1), minute=9)
        rounds = store.rounds()
    assert send(tmp_path, proxy.endpoint).rounds == 1 and all_there_once(ralph, rounds)
