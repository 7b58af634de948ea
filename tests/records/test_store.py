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


def test_an_assessment_comes_back_with_its_score_verdict_and_how_it_was_reached(tmp_path, store):
    assert record(store, "Ana", (1, 1, 1), mode="assessment")
    built = store.scorer.assess(played((1, 1, 1)))
    store.close()
    (back,) = RecordStore.open(tmp_path).rounds()
    assert (back.score, back.passed) == (69, False)  # tests/core/test_score.py works it out
    assert back.assessment == built
    assert back.assessment.reason.startswith("Not passed (score 69, 70 needed): Maria stayed")


def test_practice_and_workshop_rounds_are_not_scored(store):
    record(store, "Ana", (2, 1), mode="practice")
    record(store, "Ana", (2, 1), minute=1, mode="workshop")
    assert [(r.score, r.passed, r.assessment) for r in store.rounds()] == [(None, None, None)] * 2


def test_the_shuffle_seed_comes_back_with_the_round(tmp_path, store):
    record(store, "Ana", (2, 2), seed=424242)
    record(store, "Ana", (2, 2), minute=1)
    store.close()
    assert [r.seed for r in RecordStore.open(tmp_path).rounds()] == [424242, None]


def test_answers_taken_back_come_back_in_the_order_they_were_undone(tmp_path, store):
    round_ = Round(scenario())
    round_.choose(1)  # blame the customer: 60 -> 30
    round_.choose(2)  # hide behind policy: 30 -> 10, she hangs up
    round_.rewind(2)
    round_.choose(2)  # own it: 60 -> 85
    round_.choose(2)  # fix fast: 85 -> 90
    store.record_round("Ana", scenario(), round_, "practice", T0, T0)
    store.close()
    (back,) = RecordStore.open(tmp_path).rounds()
    assert [(t.number, t.node, t.choice, t.trust_before, t.trust_after) for t in back.taken_back] == [
        (1, "call", 1, 60, 30), (2, "bristles", 2, 30, 10),
    ]  # fmt: skip
    assert back.taken_back[1].say == "Our policy is that orders are checked at the counter."
    assert back.taken_back[1].principles == ("hide-behind-policy",)


def test_the_file_is_in_wal_mode_at_the_current_schema(tmp_path, store):
    record(store, "Ana", (2, 2))
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA user_version").fetchone() == (VERSION,)
    assert VERSION == 5


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
