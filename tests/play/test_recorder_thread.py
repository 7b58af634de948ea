"""The records store is opened on a worker thread and then used on the frame loop's thread."""

import threading
from datetime import UTC, datetime

from game.engine.round import Round
from game.play.recorder import Recorder
from game.records import RecordStore
from tests.play.test_workshop_flow import penne


def finished_round() -> Round:
    round_ = Round(penne(), seed=3)
    while not round_.finished:
        round_.choose(1)
    return round_


def test_a_store_opened_on_a_worker_records_rounds_on_the_asking_thread(tmp_path):
    recorder = Recorder(tmp_path)
    announced = threading.Event()
    assert recorder.begin_opening(announced.set)
    assert announced.wait(20) and recorder.finish_opening()
    assert recorder._store._conn is not None  # opened by the worker, not here
    round_ = finished_round()
    assert recorder.record("Dana", round_, "practice", datetime.now(UTC))
    recorder.close()
    with RecordStore.open(tmp_path, readonly=True) as store:
        assert [r.player for r in store.rounds()] == ["Dana"]


def test_recording_before_the_worker_is_done_waits_for_the_store_and_loses_nothing(tmp_path):
    recorder = Recorder(tmp_path)
    recorder.begin_opening()
    round_ = finished_round()
    assert recorder.record("Dana", round_, "practice", datetime.now(UTC))  # waits, then saves
    assert not recorder.opening
    recorder.close()
    with RecordStore.open(tmp_path, readonly=True) as store:
        assert len(store.rounds()) == 1


def test_without_sharing_a_store_opened_on_a_worker_cannot_be_read_here(tmp_path):
    opened: list[RecordStore] = []
    worker = threading.Thread(target=lambda: opened.append(RecordStore.open(tmp_path)))
    worker.start()
    worker.join()
    store = opened[0]
    assert store.rounds() == [] and "thread" in (store.unreadable or "")  # why `shared` exists
    shared: list[RecordStore] = []
    worker = threading.Thread(target=lambda: shared.append(RecordStore.open(tmp_path, shared=True)))
    worker.start()
    worker.join()
    assert shared[0].rounds() == [] and shared[0].unreadable is None
