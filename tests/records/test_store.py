"""Rounds go into the store and come back exactly; one transaction per round."""

import sqlite3
from datetime import timedelta

import pytest

from game.engine.round import Round
from game.records import RecordStore, record_from_round
from game.records.files import ENV_VAR, FILE_NAME
from game.records.schema import VERSION
from tests.records.support import OUTCOMES, T0, played, record, scenario


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path, timeout=0.1) as opened:
        yield opened


def test_a_round_comes_back_with_every_field_and_step(tmp_path, store):
    assert record(store, "Ana", (1, 1, 1), seconds=125, mode="assessment", rewind_first=True)
    store.close()
    (back,) = RecordStore.open(tmp_path).rounds()
    assert (back.player, back.scenario_id, back.scenario_title, back.mode) == (
        "Ana", "missing-penne", "The Missing Penne", "assessment",
    )  # fmt: skip
    assert back.scenario_hash == scenario().source_hash != ""
    assert (back.started, back.seconds) == (T0, 125)
    assert (back.outcome, back.ending, back.trust, back.tells) == OUTCOMES[(1, 1, 1)]
    assert back.rewinds == 1 and back.saved
    assert [(s.number, s.node, s.choice, s.trust_before, s.trust_after) for s in back.steps] == [
        (1, "call", 1, 60, 30), (2, "bristles", 1, 30, 40), (3, "remedy", 1, 40, 45),
    ]  # fmt: skip
    assert back.steps[0].say == "Next time, please say clearly that you want the pasta on it."
    assert back.steps[0].principles == ("blame-customer",)
    assert back.steps[0].missed == ("own-it", "apologize", "make-whole")
    assert back.steps[2].missed == ()  # at trust 40 the restitution choice was not offered


def test_the_stored_record_equals_the_one_built_from_the_round(store):
    built = record_from_round("Ben", scenario(), played((2, 1)), "workshop", T0, T0)
    assert store.add(built)
    (back,) = store.rounds()
    assert back == built.__class__(**{**built.__dict__, "saved": True})


def test_the_file_is_in_wal_mode_at_the_current_schema(tmp_path, store):
    record(store, "Ana", (2, 2))
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA user_version").fetchone() == (VERSION,)
    assert VERSION == 2


def test_players_are_one_whatever_the_case_and_filters_select(store):
    record(store, "Ana", (2, 1), minute=0)
    record(store, "  ana ", (1, 2), minute=10)
    record(store, "Ben", (2, 2), minute=20)
    assert store.players() == ["Ana", "Ben"]
    assert [r.trust for r in store.rounds(player="ANA")] == [100, 10]
    assert [r.player for r in store.rounds(player="ana")] == ["Ana", "Ana"]
    assert [r.trust for r in store.rounds(since=T0 + timedelta(minutes=10))] == [10, 90]
    assert store.rounds(player="nobody") == []


def test_an_empty_name_is_recorded_as_guest(store):
    record(store, "   ", (2, 1))
    assert store.players() == ["Guest"]


def test_unfinished_rounds_and_unknown_modes_are_programming_errors(store):
    with pytest.raises(ValueError, match="finished"):
        store.record_round("Ana", scenario(), Round(scenario()), "practice", T0)
    with pytest.raises(ValueError, match="mode"):
        store.record_round("Ana", scenario(), played((2, 1)), "exam", T0)


def test_a_round_that_fails_halfway_leaves_nothing_behind(tmp_path, store):
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    conn.execute(
        "CREATE TRIGGER no_remedy BEFORE INSERT ON steps WHEN NEW.node = 'remedy'"
        " BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    conn.commit()
    assert not record(store, "Ana", (2, 1))  # call is inserted, remedy refused
    assert conn.execute("SELECT count(*) FROM rounds").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM steps").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM players").fetchone() == (0,)
    assert [r.saved for r in store.rounds()] == [False]  # still shown this session
    assert "could not be saved" in store.warning


def test_the_folder_comes_from_the_argument_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert RecordStore.open().path == tmp_path / "from-env" / FILE_NAME
    assert RecordStore.open(tmp_path / "arg").path == tmp_path / "arg" / FILE_NAME
