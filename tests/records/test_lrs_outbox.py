"""The outbox and the statements, without a network: queued with the round, built the same each time."""

import sqlite3
import stat
from random import Random

from game.play.lrs_config import LrsConfig, load_config, save_config
from game.play.lrs_sender import MAX_WAIT, backoff
from game.records import RecordStore
from game.records.files import FILE_NAME
from game.records.outbox import Outbox
from game.records.schema import migrate
from game.records.statements import lrs_statements
from game.records.statements_read import rounds_from_statements
from tests.records.support import record


def test_a_recorded_round_is_waiting_in_the_outbox(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (1, 1, 1))
        uid = store.rounds()[0].uid
    with Outbox.open(tmp_path) as outbox:
        assert [r.uid for r in outbox.waiting(10)] == [uid]
        assert outbox.status().waiting == 1


def test_the_round_and_its_place_in_the_outbox_are_one_transaction(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (1, 2))
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    conn.execute("DROP TABLE outbox")  # queuing now fails...
    conn.commit()
    conn.close()
    with RecordStore.open(tmp_path) as store:
        record(store, "Ben", (2, 1))  # ...so the round is not written either
        on_disk = [r for r in store.rounds() if r.saved and r.player == "Ben"]
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    names = [
        row[0]
        for row in conn.execute("SELECT p.name FROM rounds r JOIN players p ON p.id = r.player_id")
    ]
    conn.close()
    assert names == ["Ana"] and not on_disk


def test_rounds_recorded_before_the_outbox_existed_are_queued_by_the_migration(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (1, 2))
    conn = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    conn.execute("DROP TABLE outbox")
    conn.execute("DROP TABLE outbox_rejected")
    conn.execute("DROP TABLE lrs_state")
    conn.execute("PRAGMA user_version = 4")
    assert migrate(conn) == 5
    assert conn.execute("SELECT COUNT(*) FROM outbox WHERE sent IS NULL").fetchone() == (1,)
    conn.close()


def test_a_sent_round_no_longer_waits(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (1, 2))
        record(store, "Ben", (2, 1), minute=5)
    with Outbox.open(tmp_path) as outbox:
        first = outbox.waiting(1)
        outbox.mark_sent([first[0].uid], [])
        assert [r.player for r in outbox.waiting(10)] == ["Ben"]
        assert (outbox.status().waiting, outbox.status().sent) == (1, 1)


def test_statements_are_the_same_each_time_and_one_per_decision_besides_the_export(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (1, 1, 1), mode="assessment")
        (round_,) = store.rounds()
    first, again = lrs_statements(round_), lrs_statements(round_)
    verbs = [s["verb"]["id"].rsplit("/", 1)[-1] for s in first]
    assert first == again
    assert verbs == ["answered", "answered", "answered", "completed", "failed"]
    assert len({s["id"] for s in first}) == 5
    assert len({s["context"]["registration"] for s in first}) == 1


def test_an_answered_statement_carries_the_answer_trust_and_principles(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (2, 1))
        (round_,) = store.rounds()
    statement = lrs_statements(round_, "https://acme.example")[0]
    extensions = statement["result"]["extensions"]
    step = round_.steps[0]
    assert statement["result"]["response"] == step.say
    assert extensions["https://acme.example/xapi/choice"] == step.choice
    assert extensions["https://acme.example/xapi/trust-before"] == step.trust_before
    assert extensions["https://acme.example/xapi/trust-after"] == step.trust_after
    assert extensions["https://acme.example/xapi/principles"] == list(step.principles)


def test_a_workshop_round_is_reported_as_the_room_a_group(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Room 4", (2, 1), mode="workshop")
        (round_,) = store.rounds()
    actors = {s["actor"]["objectType"] for s in lrs_statements(round_)}
    assert actors == {"Group"}


def test_rounds_read_back_from_statements_match_the_recorded_ones(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (1, 1, 1), mode="assessment", seconds=125)
        record(store, "Ben", (2, 1), minute=3, seconds=3661)
        recorded = store.rounds()
    statements = [s for r in recorded for s in lrs_statements(r)]
    back = rounds_from_statements(statements)
    keep = (
        "uid",
        "player",
        "scenario_id",
        "started",
        "finished",
        "outcome",
        "ending",
        "trust",
        "steps",
        "score",
        "passed",
    )
    assert [[getattr(r, k) for k in keep] for r in back] == [
        [getattr(r, k) for k in keep] for r in recorded
    ]


def test_credentials_are_stored_readable_by_their_owner_only(tmp_path):
    path = save_config(LrsConfig("https://lrs.example/xAPI/", "key", "hush"), tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_config(tmp_path).secret == "hush"


def test_the_secret_never_shows_in_a_repr_or_the_shown_text():
    config = LrsConfig("https://lrs.example/xAPI/", "key", "hush")
    assert "hush" not in repr(config) and "hush" not in config.shown


def test_the_environment_wins_over_the_file(tmp_path, monkeypatch):
    save_config(LrsConfig("https://file.example/xAPI/", "k", "s"), tmp_path)
    monkeypatch.setenv("MAKE_IT_RIGHT_LRS_ENDPOINT", "https://env.example/xAPI/")
    assert load_config(tmp_path).endpoint == "https://env.example/xAPI/"


def test_backoff_grows_with_failures_and_stays_under_its_ceiling():
    rng = Random(1)
    waits = [backoff(n, rng) for n in range(1, 20)]
    assert waits[0] <= 2.0 and waits[5] > waits[0]
    assert max(waits) <= MAX_WAIT
