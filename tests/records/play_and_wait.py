"""Helper for test_kill: record finished rounds, then sit in the middle of one until killed.

    python tests/records/play_and_wait.py DATA_DIR finished N   # N rounds, then a half round
    python tests/records/play_and_wait.py DATA_DIR loop         # record rounds until killed

Prints "ready" (after the N rounds and one choice of the next) or one line per
round written, so the test knows when to send SIGKILL.
"""

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from game.engine.round import Round  # noqa: E402
from game.io.loader import load_scenario  # noqa: E402
from game.records.store import RecordStore  # noqa: E402

PATHS = [[1, 1, 1], [2, 2]]  # stays-wary at 45 (three steps), stays-wary at 90 (two steps)
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "design-example.yaml"


def play(scenario, numbers):
    round_ = Round(scenario)
    for number in numbers:
        round_.choose(number)
    return round_


def main(data_dir: str, how: str, count: str = "2") -> None:
    scenario = load_scenario(FIXTURE).scenario
    store = RecordStore.open(data_dir)
    if how == "loop":
        n = 0
        while True:
            store.record_round(
                f"p{n}", scenario, play(scenario, PATHS[n % 2]), "practice", datetime.now(UTC)
            )
            n += 1
            print(n, flush=True)
    for n in range(int(count)):
        started = datetime.now(UTC)
        assert store.record_round(
            "Kim", scenario, play(scenario, PATHS[n % 2]), "assessment", started
        )
    half = Round(scenario)
    half.choose(2)  # the third round has begun and will never finish
    print("ready", flush=True)
    time.sleep(60)


if __name__ == "__main__":
    main(*sys.argv[1:])
