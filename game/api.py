"""The public API of Make It Right: the one module a script or a new front end imports.

A trainer's script, the phone-voting server, the LRS sender and the language
server use this and nothing deeper; the modules behind it may move, these
names stay. No pygame, no window, nothing global::

    from game import api

    loaded = api.load("scenarios/missing-penne.yaml")
    round_ = api.start(loaded.scenario, seed=api.new_seed())
    round_.choose_shown(1)                     # the first answer as the player sees them
    text = api.save(round_)                    # versioned JSON: store it, send it
    again = api.resume(text, loaded.scenario)  # a Round as it was, or a SaveError

The layers behind it, each importing only from those below::

    game.api      this façade
    play          a play session (records a round once), catalog, settings, workshop flow
    records       the SQLite store of finished rounds, history, reports, xAPI
    io            YAML with positions, diagnostics, the loader, folders of files
    engine        rules over an immutable State, Round, analysis, debrief, saved rounds
    model         frozen dataclasses: Scenario, Node, Choice, Ending, Span (standard library)

Errors for people are values; only a programming error raises::

    values, never raised
    ├── Diagnostic          a problem in a scenario file: code, severity, message, span, hint
    │                       (LoadResult.ok is False when any is an error)
    ├── SaveError           a saved round that cannot go on: broken, foreign, edited file
    └── RecordStore.warning the records could not be written or read (a sentence)
    raised, for mistakes in the calling code
    └── ValueError
        └── NotOffered      a choice number that is not on offer now (carries those that are)
    ValueError also for recording an unfinished round or an unknown mode.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from game import SCENARIOS_DIR
from game.engine.analysis import Analysis, analyse
from game.engine.balance import BalanceReport, Thresholds, balance
from game.engine.debrief import Debrief, summarise
from game.engine.order import new_seed
from game.engine.round import Round
from game.engine.rules import (
    EndingReached,
    Event,
    FlagsChanged,
    Moved,
    NotOffered,
    Offered,
    State,
    Step,
    TrustChanged,
    WalkedOut,
    at_node,
)
from game.engine.saved import (
    SaveError,
    round_from_data,
    round_to_data,
    state_from_json,
    state_to_json,
)
from game.engine.saved import round_from_json as resume
from game.engine.saved import round_to_json as save
from game.engine.score import Assessment, assess
from game.engine.why import why_it_ended
from game.io.diagnostics import CODES, DOC_PAGE, Diagnostic
from game.io.glossary import builtin_glossary
from game.io.library import Library, load_library
from game.io.loader import LoadResult, load_bytes, source_hash
from game.io.loader import load_scenario as load
from game.io.render import format_diagnostic
from game.io.yaml_keys import key_help, keys_of, values_of
from game.io.yaml_outline import KeyPlace, Outline, outline
from game.model.scenario import Choice, Ending, Node, Principle, Scenario
from game.model.span import Span
from game.names import ASSESSMENT, PRACTICE, WORKSHOP
from game.play.session import PlaySession, Services
from game.play.session import begin as begin_session
from game.records.history import History, player_history
from game.records.model import RoundRecord
from game.records.store import RecordStore

__all__ = [
    # load and validate
    "SCENARIOS_DIR",
    "load",
    "load_bytes",
    "load_folder",
    "validate",
    "LoadResult",
    "Library",
    "Diagnostic",
    "Span",
    "CODES",
    "format_diagnostic",
    "source_hash",
    # for editors: the language server's view of a file as typed
    "diagnose",
    "doc_link",
    "outline",
    "Outline",
    "KeyPlace",
    "key_help",
    "keys_of",
    "values_of",
    "glossary",
    # the scenario
    "Scenario",
    "Node",
    "Choice",
    "Ending",
    "Principle",
    # a round
    "start",
    "new_seed",
    "at_node",
    "Round",
    "State",
    "Step",
    "Offered",
    "NotOffered",
    "Event",
    "TrustChanged",
    "FlagsChanged",
    "Moved",
    "WalkedOut",
    "EndingReached",
    # analyse and summarise
    "analyse",
    "Analysis",
    "summarise",
    "Debrief",
    # save and resume
    "save",
    "resume",
    "SaveError",
    "round_to_data",
    "round_from_data",
    "state_to_json",
    "state_from_json",
    # the record store
    "open_records",
    "record",
    "history",
    "RecordStore",
    "RoundRecord",
    "History",
    "PRACTICE",
    "ASSESSMENT",
    "WORKSHOP",
    # judge a round and a scenario
    "assess",
    "Assessment",
    "why_it_ended",
    "balance",
    "BalanceReport",
    "Thresholds",
    # a play session: what a front end drives (records once, marks completion)
    "begin_session",
    "PlaySession",
    "Services",
]


def load_folder(*paths: str | Path) -> Library:
    """Load every scenario in the given files and folders; ids must differ across files."""
    return load_library(paths)


def validate(*paths: str | Path) -> list[Diagnostic]:
    """Every diagnostic for the given files and folders, sorted; [] when all are sound."""
    return load_library(paths, keep=False).diagnostics


def start(scenario: Scenario, seed: int | None = None, at: State | None = None) -> Round:
    """A new round of `scenario`: answers shuffled by `seed` (None: file order), from `at`."""
    return Round(scenario, at, seed)


def open_records(data_dir: str | Path | None = None, readonly: bool = False) -> RecordStore:
    """The record store in `data_dir` (None: $MAKE_IT_RIGHT_DATA, else the user's folder)."""
    return RecordStore.open(data_dir, readonly=readonly)


def record(
    store: RecordStore,
    round_: Round,
    player: str,
    mode: str = PRACTICE,
    started: datetime | None = None,
) -> bool:
    """Keep a finished round under `player`; True once it is on disk (False: memory only)."""
    now = datetime.now(UTC)
    return store.record_round(player, round_.scenario, round_, mode, started or now, now)


def history(store: RecordStore, player: str) -> History:
    """What `player` has played: rounds, best result per scenario, principles used and missed."""
    return player_history(store, player)


def diagnose(text: str, name: str) -> list[Diagnostic]:
    """Every diagnostic of a scenario as typed (unsaved text), as `validate` reports them."""
    return load_bytes(text.encode("utf-8"), name).diagnostics


def doc_link(code: str) -> str:
    """Where a diagnostic code is explained: its section of docs/diagnostics.md."""
    return f"{DOC_PAGE}#{code.lower()}-{CODES.get(code, '')}"


def glossary() -> dict[str, Principle]:
    """The built-in principles, by id: what `principles:` may name without defining."""
    return dict(builtin_glossary())
