"""The shipped scenarios under the balance report: pressing 1 no longer beats random play."""

import importlib.util

import pytest

from game.engine.balance import balance
from game.engine.round import Round
from game.io.loader import load_scenario
from tests.conftest import REPO

SHIPPED = sorted((REPO / "scenarios").glob("*.yaml"))


def report(path):
    result = load_scenario(path)
    assert result.ok, [str(d) for d in result.diagnostics]
    return balance(result.scenario)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_pressing_1_every_time_keeps_the_customer_no_more_often_than_random_play(path):
    found = report(path)
    assert found.strategies["first"].stay == pytest.approx(found.random.stay, abs=1e-9)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_is_computed_exactly(path):
    found = report(path)
    assert found.complete and all(r.odds.exact for r in found.strategies.values())


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "balance_table", REPO / "tools" / "balance_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_balance_table_in_the_docs_matches_the_scenarios():
    tool = load_tool()
    page = tool.DOC.read_text(encoding="utf-8")
    assert tool.replace_table(page) == page, "run: python tools/balance_table.py --write"


def test_pressing_1_in_real_shuffled_rounds_matches_the_exact_figure():
    path = REPO / "scenarios" / "missing-penne.yaml"
    scenario = load_scenario(path).scenario
    kept = 0
    rounds = 3000
    for seed in range(1, rounds + 1):
        round_ = Round(scenario, seed=seed)
        while not round_.finished:
            round_.choose_shown(1)
        kept += round_.ending.stays
    assert kept / rounds == pytest.approx(report(path).strategies["first"].stay, abs=0.03)
