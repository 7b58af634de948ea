"""game.api is the whole public surface: every name documented, nothing below the ui needed."""

import inspect
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from game import api
from tests.conftest import FIXTURES, REPO

CONSTANTS = {"SCENARIOS_DIR", "CODES", "PRACTICE", "ASSESSMENT", "WORKSHOP", "Event"}


@pytest.mark.parametrize("name", sorted(set(api.__all__) - CONSTANTS))
def test_every_public_name_says_what_it_is_in_its_own_words(name):
    doc = inspect.getdoc(getattr(api, name)) or ""
    assert doc and not doc.startswith(f"{name}("), "a docstring, not a dataclass signature"


def test_every_public_name_is_in_the_api_page():
    page = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    assert [name for name in api.__all__ if f"`{name}`" not in page] == []


def test_the_api_module_draws_the_layers_and_the_error_hierarchy():
    doc = api.__doc__ or ""
    assert all(
        word in doc for word in ("records", "io", "engine", "model", "SaveError", "NotOffered")
    )


def test_importing_the_api_loads_no_pygame_and_no_front_end():
    code = "import sys, game.api; print(sorted(m for m in sys.modules if m.startswith(('pygame', 'game.ui', 'game.cli'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_validate_finds_nothing_wrong_with_the_shipped_scenarios():
    assert api.validate(api.SCENARIOS_DIR) == []


def test_validate_reports_a_broken_file_with_its_code():
    found = api.validate(FIXTURES / "bad" / "E120-dangling-target.yaml")
    assert [d.code for d in found] == ["E120"]


def test_a_round_started_with_a_seed_shows_the_same_order_as_one_resumed_from_its_save():
    scenario = api.load(api.SCENARIOS_DIR / "first-shift.yaml").scenario
    round_ = api.start(scenario, seed=99)
    round_.choose_shown(2)
    resumed = api.resume(api.save(round_), scenario)
    assert [o.index for o in resumed.shown()] == [o.index for o in round_.shown()]


def test_recording_an_unfinished_round_is_a_programming_error(tmp_path):
    scenario = api.load(api.SCENARIOS_DIR / "first-shift.yaml").scenario
    store = api.open_records(tmp_path)
    with pytest.raises(ValueError, match="only finished rounds"):
        api.record(store, api.start(scenario), player="Sam")
    store.close()


def test_a_recorded_round_shows_in_the_players_history_with_its_start(tmp_path):
    scenario = api.load(api.SCENARIOS_DIR / "first-shift.yaml").scenario
    round_ = api.start(scenario)
    while not round_.finished:
        round_.choose_shown(1)
    store = api.open_records(tmp_path)
    started = datetime(2026, 12, 1, 9, 0, 0).astimezone()
    assert api.record(store, round_, player="Sam", started=started)
    assert api.history(store, "sam").rounds == 1
    assert store.rounds()[0].started == started.astimezone(UTC)
    store.close()


def test_nothing_below_the_front_ends_imports_the_api():
    layers = [REPO / "game" / name for name in ("model", "engine", "io", "records")]
    importers = [
        str(path.relative_to(REPO))
        for layer in layers
        for path in layer.rglob("*.py")
        if "game.api" in path.read_text(encoding="utf-8")
        or "from game import api" in path.read_text(encoding="utf-8")
    ]
    assert importers == []
