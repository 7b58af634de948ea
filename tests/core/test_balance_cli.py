"""`make-it-right balance` and the balance lint in `validate`, through a real subprocess."""

import json

from game.io.library import load_library
from game.io.lint import balance_diagnostics
from game.io.loader import load_scenario
from tests.conftest import FIXTURES
from tests.core.test_cli import cli

BALANCE = FIXTURES / "balance"
LENGTH = FIXTURES / "bad" / "W300-gameable-by-length.yaml"


def codes(run):
    return [d["code"] for d in json.loads(run.stdout)["diagnostics"]]


def test_balance_prints_a_table_per_scenario_and_exits_0():
    run = cli("balance", BALANCE / "longer-loses.yaml")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("longer-loses")
    assert any(line.split()[:2] == ["longest", "0.0%"] for line in lines)
    assert any(line.split()[:2] == ["greedy", "100.0%"] and "GAMEABLE" in line for line in lines)


def test_balance_json_has_the_documented_shape():
    run = cli("balance", BALANCE / "ties.yaml", "--json")
    report = json.loads(run.stdout)
    assert report["margin"] == 0.1
    (ties,) = report["scenarios"]
    assert set(ties) == {
        "file",
        "scenario",
        "states",
        "complete",
        "strategies",
        "gameable",
        "margin",
        "saturation",
        "keeps_without_owning",
        "difficulty",
    }
    assert list(ties["strategies"]) == ["random", "first", "longest", "apologetic", "greedy"]
    assert ties["strategies"]["longest"] == {
        "stay": 0.5,
        "endings": {"stays": 0.5, "leaves": 0.5},
        "unfinished": 0.0,
        "most_likely": {"ending": "stays", "chance": 0.5},
        "exact": True,
        "rounds": None,
    }
    assert ties["gameable"] == ["longest", "greedy"]
    assert ties["difficulty"] == {
        "stated": 1,
        "band": [0.5, 1.0],
        "random_stay": 0.3333,
        "fits": 2,
        "agrees": False,
    }


def test_balance_of_a_folder_reports_every_scenario():
    report = json.loads(cli("balance", BALANCE, "--json").stdout)
    assert len(report["scenarios"]) == len(list(BALANCE.glob("*.yaml")))


def test_balance_of_a_broken_file_explains_and_exits_1():
    run = cli("balance", FIXTURES / "bad" / "E120-dangling-target.yaml")
    assert run.returncode == 1
    assert "cannot be used until its errors are fixed" in run.stderr
    assert "Traceback" not in run.stderr


def test_balance_of_a_folder_with_no_scenarios_exits_2(tmp_path):
    assert cli("balance", tmp_path).returncode == 2


def test_a_margin_outside_0_to_1_is_a_usage_error():
    run = cli("balance", "--margin", "5", BALANCE / "ties.yaml")
    assert run.returncode == 2
    assert "expected a number from 0 to 1" in run.stderr


def test_validate_reports_the_balance_lint_and_still_exits_0():
    run = cli("validate", "--format", "json", LENGTH)
    assert run.returncode == 0
    assert codes(run) == ["W300"]


def test_validate_balance_margin_tunes_the_lint():
    assert codes(cli("validate", "--format", "json", "--balance-margin", "0.6", LENGTH)) == []


def test_validate_no_balance_skips_the_lint():
    assert codes(cli("validate", "--format", "json", "--no-balance", LENGTH)) == []


def test_the_game_library_never_runs_the_balance_lint():
    library = load_library([LENGTH])
    assert library.scenarios and [d.code for d in library.diagnostics] == []


def test_a_balanced_scenario_has_no_balance_warnings():
    assert balance_diagnostics(load_scenario(BALANCE / "balanced.yaml").scenario) == []


def test_saturation_warnings_point_at_the_node():
    result = load_scenario(BALANCE / "saturates.yaml")
    found = [d for d in balance_diagnostics(result.scenario) if d.code == "W303"]
    assert [(d.span.line, "'arrives'" in d.message) for d in found] == [(28, True)]


def test_validate_runs_the_balance_lint_in_the_worker_pool_too():
    # 32 files: enough for validate to load them in a process pool on a multi-core machine.
    run = cli("validate", "--format", "json", FIXTURES / "bad")
    found = {d["code"] for d in json.loads(run.stdout)["diagnostics"]}
    assert {f"W30{i}" for i in range(7)} <= found
