"""Against a real LRS (Ralph on 127.0.0.1): connecting, sending, and reading the rounds back."""

import subprocess
import sys

import pytest

from game.play.lrs_check import check_connection
from game.play.lrs_config import LrsConfig, save_config
from game.play.lrs_http import LrsClient
from game.play.lrs_send import drain
from game.records import RecordStore
from game.records.outbox import Outbox
from game.records.statements import lrs_statements
from tests.records.lrs_support import KEY, SECRET, free_port
from tests.records.support import CLASS, record


def record_class(folder, players=CLASS):
    with RecordStore.open(folder) as store:
        for player, numbers, minute, seconds, mode, rewind in players:
            record(store, player, numbers, minute, seconds, mode, rewind_first=rewind)
        return store.rounds()


def expected_ids(rounds):
    return {s["id"] for r in rounds for s in lrs_statements(r)}


def send(folder, endpoint, **kw):
    with (
        Outbox.open(folder) as outbox,
        LrsClient(LrsConfig(endpoint, KEY, SECRET), timeout=kw.pop("timeout", 10)) as client,
    ):
        return drain(outbox, client, **kw)


def cli(folder, *args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "game", "--data-dir", str(folder), *args],
        input=stdin, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "MAKE_IT_RIGHT_DATA": str(folder)},
    )  # fmt: skip


def test_every_recorded_round_reaches_the_lrs_exactly_once(tmp_path, ralph):
    rounds = record_class(tmp_path)
    result = send(tmp_path, ralph.endpoint)
    stored = ralph.stored_ids()
    assert result.rounds == len(rounds) and not result.stopped
    assert all(stored[i] == 1 for i in expected_ids(rounds))


def test_sending_again_sends_nothing_new(tmp_path, ralph):
    rounds = record_class(tmp_path)
    send(tmp_path, ralph.endpoint)
    with Outbox.open(tmp_path) as outbox:
        outbox._conn.execute("UPDATE outbox SET sent = NULL")  # as if the marks were lost
    assert send(tmp_path, ralph.endpoint).rounds == len(rounds)
    assert all(ralph.stored_ids()[i] == 1 for i in expected_ids(rounds))


def test_lrs_test_says_the_connection_works(ralph):
    checks = check_connection(LrsConfig(ralph.endpoint, KEY, SECRET))
    assert [c.passed for c in checks] == [True, True]


def test_lrs_test_says_the_key_was_refused(ralph):
    checks = check_connection(LrsConfig(ralph.endpoint, KEY, "wrong"))
    assert not checks[-1].passed and "refused (401)" in checks[-1].text


def test_lrs_test_says_the_path_is_wrong(ralph):
    checks = check_connection(LrsConfig(ralph.endpoint.replace("/xAPI/", "/lrs/"), KEY, SECRET))
    assert not checks[-1].passed and checks[-1].text.startswith("Wrong path")


def test_lrs_test_says_nothing_is_there():
    checks = check_connection(LrsConfig(f"http://127.0.0.1:{free_port()}/xAPI/", KEY, SECRET))
    assert checks[-1].text.startswith("Unreachable") and "is the LRS running?" in checks[-1].text


def test_the_command_line_sets_tests_sends_and_reports_without_printing_the_secret(tmp_path, ralph):
    rounds = record_class(tmp_path)
    runs = [
        cli(tmp_path, "lrs", "set", ralph.endpoint, "--key", KEY, stdin=SECRET + "\n"),
        cli(tmp_path, "lrs", "test"),
        cli(tmp_path, "lrs", "send"),
        cli(tmp_path, "lrs", "status"),
    ]
    assert [r.returncode for r in runs] == [0, 0, 0, 0], [r.stderr for r in runs]
    assert f"Sent {len(rounds)} rounds" in runs[2].stdout
    assert f"All sent ({len(rounds)} rounds sent)" in runs[3].stdout
    assert not any(SECRET in r.stdout + r.stderr for r in runs)


def test_report_from_the_lrs_matches_the_local_report(tmp_path, ralph):
    rounds = record_class(tmp_path)  # an address of its own: other tests' rounds are not ours
    save_config(LrsConfig(ralph.endpoint, KEY, SECRET, "https://report-test.example"), tmp_path)
    cli(tmp_path, "lrs", "send")
    local = cli(tmp_path, "report")
    remote = cli(tmp_path, "report", "--from-lrs")
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == local.stdout
    assert len(rounds) == 5


@pytest.mark.parametrize("mode", ["workshop"])
def test_a_workshop_round_arrives_as_the_room(tmp_path, ralph, mode):
    rounds = record_class(tmp_path, [("Room 4", (2, 1), 0, 90, mode, False)])
    send(tmp_path, ralph.endpoint)
    assert all(ralph.stored_ids()[i] == 1 for i in expected_ids(rounds))


def test_two_machines_one_offline_for_a_while_report_every_round_once(tmp_path, ralph, proxy):
    config = LrsConfig(proxy.endpoint, KEY, SECRET, "https://two-machines.example")
    one, two, trainer = tmp_path / "one", tmp_path / "two", tmp_path / "trainer"
    for folder in (one, two, trainer):
        save_config(config, folder)
    first = record_class(one, CLASS[:3])
    cli(one, "lrs", "send")
    proxy.mode = "down"  # the second laptop is offline when its rounds end
    second = record_class(two, CLASS[3:])
    assert cli(two, "lrs", "send").returncode == 1
    proxy.mode = "pass"
    assert cli(two, "lrs", "send").returncode == 0
    assert cli(one, "lrs", "send").stdout.startswith("Sent 0 rounds")
    found = cli(trainer, "report", "--from-lrs", "--csv", "-")
    lines = found.stdout.strip().splitlines()[1:]
    assert sorted(line.split(",")[0] for line in lines) == sorted(r.uid for r in first + second)
