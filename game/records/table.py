"""One CSV row per round, for a trainer's spreadsheet.

The score and verdict are the ones stored with the round (Assessment rounds
only; other rounds leave those cells empty). Answers taken back are written
`node:choice(trust change)`, in the order they were undone.
"""

from __future__ import annotations

import csv
from typing import TextIO

from game.records.model import RoundRecord, StepRecord, iso
from game.records.room_out import ROOM_CSV_COLUMNS, csv_cells

CSV_COLUMNS = (
    "round", "player", "scenario", "title", "file_hash", "mode", "started", "finished",
    "seconds", "outcome", "ending", "final_trust", "tells", "rewinds", "steps", "choices",
    "principles", "missed", "seed", "score", "passed", "verdict", "taken_back",
    *ROOM_CSV_COLUMNS,
)  # fmt: skip


def csv_row(record: RoundRecord) -> dict[str, object]:
    """The CSV cells of one round, by column name."""
    verdict = record.assessment
    return {
        "round": record.uid,
        "player": record.player,
        "scenario": record.scenario_id,
        "title": record.title,
        "file_hash": record.scenario_hash,
        "mode": record.mode,
        "started": iso(record.started),
        "finished": iso(record.finished),
        "seconds": record.seconds,
        "outcome": record.outcome,
        "ending": record.ending,
        "final_trust": record.trust,
        "tells": record.tells,
        "rewinds": record.rewinds,
        "steps": len(record.steps),
        "choices": " ".join(f"{step.node}:{step.choice}" for step in record.steps),
        "principles": " ".join(p for step in record.steps for p in step.principles),
        "missed": " ".join(sorted(record.principles_missed())),
        "seed": "" if record.seed is None else record.seed,
        "score": "" if verdict is None else verdict.score,
        "passed": "" if verdict is None else "yes" if verdict.passed else "no",
        "verdict": "" if verdict is None else verdict.reason,
        "taken_back": " ".join(_taken_back(step) for step in record.taken_back),
        **csv_cells(record),
    }


def _taken_back(step: StepRecord) -> str:
    return f"{step.node}:{step.choice}({step.trust_after - step.trust_before:+d})"


def write_csv(rounds: list[RoundRecord], handle: TextIO) -> None:
    """One row per round, oldest first, with a header row."""
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in rounds:
        writer.writerow({k: _cell(v) for k, v in csv_row(record).items()})


def _cell(value: object) -> object:
    """Text a spreadsheet would run as a formula (a typed name like =HYPERLINK(...)) gets a '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
