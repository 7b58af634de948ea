"""Records: every finished round kept in SQLite, the player's history, the trainer's report, xAPI.

The game calls:

    store = RecordStore.open(data_dir)          # never raises; show store.take_warning()
    store.record_round(player, scenario, round_, mode, started, finished)  # -> bool
    store.scorer.assess(round_)                 # -> the Assessment record_round stores
    player_history(store, player)               # -> History, for the History screen
    best_results(store, player)                 # -> {scenario_id: ScenarioResult}, for cards

Only the standard library, platformdirs and the core (model, engine) are used:
nothing here imports pygame or the ui.
"""

from game.records.files import records_dir
from game.records.history import History, ScenarioResult, best_results, player_history
from game.records.model import (
    ASSESSMENT,
    MODES,
    PRACTICE,
    WORKSHOP,
    RoundRecord,
    StepRecord,
    record_from_round,
)
from game.records.store import RecordStore

__all__ = [
    "ASSESSMENT",
    "MODES",
    "PRACTICE",
    "WORKSHOP",
    "History",
    "RecordStore",
    "RoundRecord",
    "ScenarioResult",
    "StepRecord",
    "best_results",
    "player_history",
    "record_from_round",
    "records_dir",
]
