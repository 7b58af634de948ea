"""Play a round, save it as JSON, resume it, finish it and record it: the public API alone.

    python docs/examples/play_save_resume.py [SCENARIO.yaml]

Everything goes to a temporary folder, which is removed at the end. The
player always takes the answer that adds the most trust, so the run is the
same every time; tests/core/test_api_example.py runs it and reads its output.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from game import api

SEED = 2026  # a fixed seed: the answers are shuffled the same way on every run


def best_position(round_: api.Round, path: list[int]) -> int:
    """The screen position (1-based) of the next answer on `path` (file-order numbers,
    as the analysis gives them), in this round's shuffled order."""
    number = path[len(round_.steps)]
    return [offered.number for offered in round_.shown()].index(number) + 1


def play(round_: api.Round, decisions: int, path: list[int]) -> None:
    """Take up to `decisions` answers along `path`, printing each line and the answer taken."""
    for _ in range(decisions):
        node = round_.node
        if node is None:
            return
        position = best_position(round_, path)
        speaker = "" if node.is_narration else round_.scenario.speaker_of(node) + ": "
        print(f"  {speaker}{node.say}")
        print(f"  > {round_.shown()[position - 1].choice.say}")
        round_.choose_shown(position)


def main(path: Path) -> int:
    loaded = api.load(path)
    if loaded.scenario is None:
        print("\n".join(api.format_diagnostic(d, loaded.text) for d in loaded.diagnostics))
        return 1
    scenario = loaded.scenario
    print(f"Playing {scenario.title} with seed {SEED}")
    best = api.analyse(scenario).best  # the path to the highest final trust
    path = list(best.witness) if best is not None else []
    round_ = api.start(scenario, seed=SEED)
    play(round_, decisions=1, path=path)

    with tempfile.TemporaryDirectory() as folder:
        saved = Path(folder) / "round.json"
        saved.write_text(api.save(round_), encoding="utf-8")
        print(f"Saved after {len(round_.steps)} decision at trust {round_.trust}")

        resumed = api.resume(saved.read_text(encoding="utf-8"), scenario)
        if isinstance(resumed, api.SaveError):
            print(f"Could not resume: {resumed.message}")
            return 1
        print(f"Resumed at '{resumed.state.node}' with trust {resumed.trust}")
        play(resumed, decisions=100, path=path)

        ending = resumed.ending
        if ending is None:  # not in a validated scenario: every path ends
            print("The round did not end")
            return 1
        print(f"Ending '{ending.id}' ({ending.outcome}) at trust {resumed.trust}")
        debrief = api.summarise(resumed)
        print("Good moves used: " + ", ".join(p.name for p in debrief.good_used))

        store = api.open_records(Path(folder) / "records")
        on_disk = api.record(store, resumed, player="Sam", mode=api.PRACTICE)
        print(f"Recorded: {'on disk' if on_disk else 'in memory only'}")
        played = api.history(store, "Sam")
        print(f"Sam has played {played.rounds} round(s); the customer stayed in {played.stays}")
        store.close()
    return 0


if __name__ == "__main__":
    default = api.SCENARIOS_DIR / "missing-penne.yaml"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
