"""What the History screen and the scenario cards say, worded from the records (no pygame)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from game.words import plural  # noqa: F401 - screens import it from here

if TYPE_CHECKING:
    from game.model.scenario import Principle, Scenario
    from game.records import History, RoundRecord, ScenarioResult

TOP = 6  # principles listed in each column
ASSESSMENTS_SHOWN = 8  # most recent Assessment rounds listed
GOOD, BAD, NEUTRAL = "good", "bad", "muted"


@dataclass(frozen=True)
class ScenarioLine:
    """One scenario the player has played: its title, best result and how often."""

    title: str
    best: str
    tone: str
    detail: str


@dataclass(frozen=True)
class PrincipleLine:
    """A principle by name, with a count written out and a tone for its mark."""

    name: str
    summary: str
    count: int
    note: str
    tone: str


@dataclass(frozen=True)
class HistoryView:
    """Everything the History screen writes, ready to lay out."""

    player: str
    empty: bool
    tiles: tuple[tuple[str, str], ...]
    scenarios: tuple[ScenarioLine, ...]
    used: tuple[PrincipleLine, ...]
    missed: tuple[PrincipleLine, ...]
    assessments: tuple[ScenarioLine, ...] = ()  # most recent first, at most ASSESSMENTS_SHOWN
    assessed: int = 0  # every Assessment round with a score, shown or not


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def best_text(result: ScenarioResult) -> tuple[str, str]:
    """'✓ Stayed · trust 92' or '✗ Left · best trust 40', and its tone."""
    if result.best_outcome == "stay":
        return f"✓ Stayed · trust {result.best_trust}", GOOD
    return f"✗ Left · best trust {result.best_trust}", BAD


def card_line(result: ScenarioResult | None) -> tuple[str, str]:
    """The line on a scenario card: the player's best result, or 'Not played yet'."""
    if result is None:
        return "Not played yet", NEUTRAL
    if result.best_outcome == "stay":
        return f"Best: ✓ stayed · trust {result.best_trust}", GOOD
    return f"Best: ✗ left · trust {result.best_trust}", BAD


def played_on(moment: datetime, now: datetime | None = None) -> str:
    """'today', 'yesterday' or '23 Nov 2026', in local time."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    days = (today - local.date()).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{local.day} {local.strftime('%b %Y')}"


def principle_finder(scenarios: Iterable[Scenario]) -> Callable[[str], Principle | None]:
    """Look a principle id up in the scenarios on offer, then the built-in glossary."""
    known: dict[str, Principle] = {}
    for scenario in scenarios:
        for pid, principle in scenario.principles.items():
            known.setdefault(pid, principle)

    def find(pid: str) -> Principle | None:
        if pid in known:
            return known[pid]
        from game.io.glossary import builtin_glossary

        return builtin_glossary().get(pid)

    return find


def history_view(history: History, scenarios: Iterable[Scenario]) -> HistoryView:
    """Word a player's History for the screen; principle ids become their names."""
    find = principle_finder(scenarios)
    tiles: tuple[tuple[str, str], ...] = (
        ("Rounds played", str(history.rounds)),
        (
            "Customer stayed",
            f"{history.stays} of {history.rounds} · {percent(history.stays, history.rounds)}",
        ),
        ("Scenarios played", str(len(history.scenarios))),
    )
    assessed = len(history.assessments)
    if assessed:
        tiles += (("Assessments passed", f"{history.passed} of {assessed}"),)
    return HistoryView(
        player=history.player,
        empty=history.empty,
        tiles=tiles,
        scenarios=tuple(_scenario_line(r) for r in history.scenarios),
        used=tuple(_principle(find, pid, n, "chosen", "time") for pid, n in history.used[:TOP]),
        missed=tuple(
            _principle(find, pid, n, "missed in", "round") for pid, n in history.missed[:TOP]
        ),
        assessments=tuple(assessment_line(r) for r in history.assessments[:ASSESSMENTS_SHOWN]),
        assessed=assessed,
    )


def verdict_text(record: RoundRecord) -> tuple[str, str]:
    """'✓ Passed · score 96' or '✗ Not passed · score 69' from the stored verdict, and its tone."""
    if record.assessment is None:
        return "Not scored", NEUTRAL
    score = record.assessment.score
    if record.assessment.passed:
        return f"✓ Passed · score {score}", GOOD
    return f"✗ Not passed · score {score}", BAD


def assessment_line(record: RoundRecord) -> ScenarioLine:
    """One Assessment round: its scenario, when, the stored verdict and the reason for it."""
    pill, tone = verdict_text(record)
    reason = record.assessment.reason if record.assessment else ""
    return ScenarioLine(
        record.title, pill, tone, f"{_first_upper(played_on(record.finished))} · {reason}"
    )


def _scenario_line(result: ScenarioResult) -> ScenarioLine:
    best, tone = best_text(result)
    stays = f"stayed in {result.stays} ({percent(result.stays, result.rounds)})"
    detail = (
        f"{plural(result.rounds, 'round')} · {stays} · last played {played_on(result.last_played)}"
    )
    return ScenarioLine(result.title, best, tone, detail)


def _principle(
    find: Callable[[str], Principle | None], pid: str, count: int, verb: str, unit: str
) -> PrincipleLine:
    principle = find(pid)
    name = principle.name if principle else pid.replace("-", " ").capitalize()
    summary = principle.summary if principle else ""
    tone = NEUTRAL if principle is None else GOOD if principle.good else BAD
    return PrincipleLine(name, summary, count, f"{verb} {plural(count, unit)}", tone)


def _first_upper(text: str) -> str:
    """'today' -> 'Today'; '23 Nov 2026' stays as it is."""
    return text[:1].upper() + text[1:]
