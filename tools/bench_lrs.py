"""The LRS rows of tools/bench.py: draining the outbox into Ralph, and what queuing costs.

    drain N rounds     the outbox sender into a fresh Ralph, against posting the same
                       statements straight to another fresh Ralph with httpx, in the
                       same batches, in the same run (goal: ratio >= 0.8 of its speed)
    read N rounds      every statement read back and rebuilt, as report --from-lrs does
    record a round     RecordStore.record_round with and without the outbox (goal: < 5 ms more)

Needs Ralph in .venv-ralph (as .ci/run installs it).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import httpx

from game.play.lrs_config import LrsConfig
from game.play.lrs_http import LrsClient
from game.play.lrs_read import read_statements
from game.play.lrs_send import ROUNDS_PER_BATCH, drain
from game.records import RecordStore, rows
from game.records.outbox import Outbox
from game.records.statements import lrs_statements
from game.records.statements_read import rounds_from_statements
from tests.records.lrs_support import KEY, SECRET, Ralph, ralph_python
from tests.records.support import T0, played, scenario

PATHS = [(1, 1, 1), (1, 2), (2, 1), (2, 2)]


def fill(folder: Path, count: int) -> None:
    """`count` finished rounds in a records file (and so in its outbox)."""
    from datetime import timedelta

    rounds = [played(p) for p in PATHS]
    with RecordStore.open(folder) as store:
        for i in range(count):
            start = T0 + timedelta(seconds=i)
            store.record_round(f"P{i % 40}", scenario(), rounds[i % 4], "practice", start, start)


def drain_rows(count: int) -> list[tuple[str, str, str, float, str, bool]]:
    python = ralph_python()
    if python is None:
        return []
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        fill(base / "records", count)
        with Outbox.open(base / "records") as outbox:
            batches = [lrs_statements(r) for r in outbox.waiting(count)]
        direct = _direct(_warm(Ralph(python, base / "a").start()), batches)
        ours, report = _outbox(_warm(Ralph(python, base / "b").start()), base / "records", count)
    ratio = direct / ours
    return [(f"drain {count:,} rounds into Ralph (fs)", f"{ours:.1f} s",
             f"{direct:.1f} s (httpx posts, same batches)", ratio, ">= 0.8x speed", ratio >= 0.8),
            (f"report --from-lrs over {count:,} rounds (read back, rebuilt)", f"{report:.1f} s",
             "", 0.0, "(reported)", None)]  # fmt: skip


def _warm(server: Ralph) -> Ralph:
    """A first write and read, so neither side pays for Ralph's start-up inside its timing."""
    with httpx.Client(auth=(KEY, SECRET), timeout=60) as client:
        for _ in range(3):
            client.post(server.endpoint + "statements", json=[_probe()]).raise_for_status()
            client.get(server.endpoint + "statements", params={"limit": "1"})
    return server


def _probe() -> dict[str, object]:
    import uuid

    return {"id": str(uuid.uuid4()), "actor": {"mbox": "mailto:bench@example.com"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/initialized"},
            "object": {"id": "https://bench.example/warm-up"}}  # fmt: skip


def _direct(server: Ralph, statements: list[list[dict[str, object]]]) -> float:
    try:
        start = time.perf_counter()
        with httpx.Client(auth=(KEY, SECRET), timeout=60) as client:
            for i in range(0, len(statements), ROUNDS_PER_BATCH):
                batch = [s for r in statements[i : i + ROUNDS_PER_BATCH] for s in r]
                client.post(server.endpoint + "statements", json=batch).raise_for_status()
        return time.perf_counter() - start
    finally:
        server.stop()


def _outbox(server: Ralph, folder: Path, count: int) -> tuple[float, float]:
    """Seconds to drain the outbox, and then to read every round back as the report does."""
    config = LrsConfig(server.endpoint, KEY, SECRET)
    try:
        start = time.perf_counter()
        with Outbox.open(folder) as outbox, LrsClient(config, 60) as client:
            result = drain(outbox, client)
        assert result.problem is None, result.problem
        drained = time.perf_counter() - start
        start = time.perf_counter()
        with LrsClient(config, 120) as client:
            rounds = rounds_from_statements(read_statements(client), config.base)
        assert len(rounds) == count, len(rounds)
        return drained, time.perf_counter() - start
    finally:
        server.stop()


def record_cost(repeats: int = 200) -> tuple[float, float]:
    """Median ms to record a round with the outbox, and with queuing switched off."""
    with_queue = _record_ms(repeats)
    original = rows.queue
    rows.queue = lambda conn, record: None  # type: ignore[assignment]
    try:
        without = _record_ms(repeats)
    finally:
        rows.queue = original
    return with_queue, without


def _record_ms(repeats: int) -> float:
    round_ = played((2, 1))
    times = []
    with tempfile.TemporaryDirectory() as temp, RecordStore.open(temp) as store:
        for _ in range(repeats):
            start = time.perf_counter()
            store.record_round("Ana", scenario(), round_, "practice", T0, T0)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
