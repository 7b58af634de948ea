"""The example in docs/api.md runs: it plays, saves, resumes and records a round."""

import importlib.util
import subprocess
import sys

from game import api
from tests.conftest import REPO

EXAMPLE = REPO / "docs" / "examples" / "play_save_resume.py"


def run_example():
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout.splitlines()


def example_module():
    spec = importlib.util.spec_from_file_location("play_save_resume", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_saves_resumes_and_records_the_round():
    lines = run_example()
    assert lines[0] == "Playing The Missing Penne with seed 2026"
    assert "Saved after 1 decision at trust 75" in lines
    assert "Resumed at 'options' with trust 75" in lines
    assert "Recorded: on disk" in lines
    assert lines[-1] == "Sam has played 1 round(s); the customer stayed in 1"


def test_the_resumed_round_ends_where_one_played_straight_through_ends():
    example = example_module()
    scenario = api.load(api.SCENARIOS_DIR / "missing-penne.yaml").scenario
    straight = api.start(scenario, seed=example.SEED)
    example.play(straight, decisions=100, path=list(api.analyse(scenario).best.witness))
    ending = f"Ending '{straight.ending.id}' ({straight.ending.outcome}) at trust {straight.trust}"
    assert ending in run_example()
