"""The trainer's report: per scenario and per player, as text for a terminal and CSV per round.

Assessment scores and verdicts are read as stored (docs/assessment.md says how
they are computed); only rounds played in Assessment have one. "Pass rate" is
the share of those that passed.

"Choices that lose the customer": the answers (node and wording) that cost
trust when taken, ranked by the number of rounds they were taken in that
ended with the customer leaving, then by the share of their rounds that were
lost, then by the trust they cost. A choice counts once per round however
often it was taken. Answers that kept or raised trust are left out even on
lost paths: a forced "Continue" or a good apology is not what lost the customer.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from dataclasses import dataclass

from game.engine.score import MAX_SCORE, PASS_MARK
from game.records.model import RoundRecord, iso, player_key
from game.records.table import CSV_COLUMNS, csv_row, write_csv
from game.words import plural

__all__ = ["CSV_COLUMNS", "build_report", "csv_row", "render_text", "write_csv"]

TOP_CHOICES = 3


@dataclass(frozen=True)
class Assessed:
    """The Assessment rounds of a scenario or a player: how many, how many passed, the scores."""

    rounds: int
    passed: int
    average_score: float
    best_score: int

    @property
    def pass_rate(self) -> float:
        return self.passed / self.rounds if self.rounds else 0.0


def assessed(rounds: list[RoundRecord]) -> Assessed | None:
    """The stored scores of the rounds that have one; None if none does."""
    scored = [r for r in rounds if r.assessment is not None]
    if not scored:
        return None
    scores = [r.assessment.score for r in scored if r.assessment]
    passed = sum(bool(r.passed) for r in scored)
    return Assessed(len(scored), passed, sum(scores) / len(scores), max(scores))


@dataclass(frozen=True)
class LosingChoice:
    node: str
    say: str
    taken: int  # rounds it was taken in
    lost: int  # of those, rounds that ended with the customer leaving
    trust_change: float  # average trust change each time it was taken

    @property
    def rate(self) -> float:
        return self.lost / self.taken if self.taken else 0.0


@dataclass(frozen=True)
class ScenarioSummary:
    scenario_id: str
    title: str
    rounds: int
    stays: int
    average_trust: float
    versions: int  # distinct file hashes among its rounds
    losing: tuple[LosingChoice, ...]
    assessed: Assessed | None = None

    @property
    def stay_rate(self) -> float:
        return self.stays / self.rounds if self.rounds else 0.0


@dataclass(frozen=True)
class PlayerSummary:
    player: str
    rounds: int
    stays: int
    average_trust: float
    scenarios: int
    last_played: str
    assessed: Assessed | None = None

    @property
    def stay_rate(self) -> float:
        return self.stays / self.rounds if self.rounds else 0.0


@dataclass(frozen=True)
class Report:
    rounds: tuple[RoundRecord, ...]
    scenarios: tuple[ScenarioSummary, ...]
    players: tuple[PlayerSummary, ...]


def build_report(rounds: list[RoundRecord], top: int = TOP_CHOICES) -> Report:
    by_scenario: dict[str, list[RoundRecord]] = {}
    by_player: dict[str, list[RoundRecord]] = {}
    for record in rounds:
        by_scenario.setdefault(record.scenario_id, []).append(record)
        by_player.setdefault(player_key(record.player), []).append(record)
    scenarios = [_scenario(sid, played, top) for sid, played in sorted(by_scenario.items())]
    players = [_player(played) for _, played in sorted(by_player.items())]
    return Report(tuple(rounds), tuple(scenarios), tuple(players))


def _average(rounds: list[RoundRecord]) -> float:
    return sum(r.trust for r in rounds) / len(rounds)


def _scenario(scenario_id: str, played: list[RoundRecord], top: int) -> ScenarioSummary:
    return ScenarioSummary(
        scenario_id=scenario_id,
        title=played[-1].title,
        rounds=len(played),
        stays=sum(r.stays for r in played),
        average_trust=_average(played),
        versions=len({r.scenario_hash for r in played}),
        losing=losing_choices(played)[:top],
        assessed=assessed(played),
    )


def losing_choices(played: list[RoundRecord]) -> tuple[LosingChoice, ...]:
    """Every trust-costing choice taken in a round that was lost, most-losing first."""
    taken: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    deltas: dict[tuple[str, str], list[int]] = {}
    for record in played:
        for step in record.steps:
            deltas.setdefault((step.node, step.say), []).append(
                step.trust_after - step.trust_before
            )
        keys = {(step.node, step.say) for step in record.steps}
        taken.update(keys)
        if not record.stays:
            lost.update(keys)
    ranked = [
        LosingChoice(*key, taken[key], n, sum(deltas[key]) / len(deltas[key]))
        for key, n in lost.items()
        if sum(deltas[key]) < 0
    ]
    ranked.sort(key=lambda c: (-c.lost, -c.rate, c.trust_change, c.node, c.say))
    return tuple(ranked)


def _player(played: list[RoundRecord]) -> PlayerSummary:
    return PlayerSummary(
        player=played[-1].player,
        rounds=len(played),
        stays=sum(r.stays for r in played),
        average_trust=_average(played),
        scenarios=len({r.scenario_id for r in played}),
        last_played=iso(max(r.finished for r in played)),
        assessed=assessed(played),
    )


# --- text --------------------------------------------------------------------
def render_text(report: Report, width: int = 78) -> str:
    """The report as plain text that reads well in an 80-column terminal."""
    if not report.rounds:
        return "No rounds recorded.\n"
    first = min(r.started for r in report.rounds)
    last = max(r.finished for r in report.rounds)
    lines = [
        "Make It Right: records report",
        f"{plural(len(report.rounds), 'round')} by {plural(len(report.players), 'player')},"
        f" {iso(first)[:10]} to {iso(last)[:10]} (UTC)",
        "",
        "SCENARIOS",
    ]
    for summary in report.scenarios:
        lines += ["", *_scenario_lines(summary, width)]
    lines += ["", "PLAYERS", "", *_player_table(report.players)]
    lines += ["", f"ASSESSMENTS (pass line {PASS_MARK} of {MAX_SCORE})", ""]
    lines += _assessment_table(report.players)
    return "\n".join(lines) + "\n"


def _scenario_lines(s: ScenarioSummary, width: int) -> list[str]:
    versions = f"   ({s.versions} versions of the file)" if s.versions > 1 else ""
    lines = [
        f"{s.title} [{s.scenario_id}]",
        f"  rounds {s.rounds}   stay rate {_percent(s.stay_rate)} ({s.stays} of {s.rounds})"
        f"   average final trust {s.average_trust:.1f}{versions}",
    ]
    if s.assessed:
        a = s.assessed
        lines.append(
            f"  assessments {a.rounds}   pass rate {_percent(a.pass_rate)} ({a.passed} of"
            f" {a.rounds})   average score {a.average_score:.1f}"
        )
    if not s.losing:
        lines.append("  No answer that cost trust was in a round that lost the customer.")
        return lines
    lines.append("  Choices that most often lose the customer:")
    for n, choice in enumerate(s.losing, start=1):
        said = textwrap.shorten(choice.say, width - 12, placeholder="...")
        lines.append(f"    {n}. {_quoted(said)}")
        lines.append(
            f"       at {choice.node}, trust {choice.trust_change:+.0f}:"
            f" in {plural(choice.taken, 'round')}, {choice.lost} lost the customer"
            f" ({_percent(choice.rate)})"
        )
    return lines


def _quoted(text: str) -> str:
    """The words in double quotes, unless the author already quoted them."""
    return text if text.startswith(('"', "\u201c")) else f'"{text}"'


def _player_table(players: tuple[PlayerSummary, ...]) -> list[str]:
    name_width = max(6, *(len(p.player) for p in players))
    header = (
        f"  {'player':<{name_width}}  rounds  stay rate  avg trust  scenarios  last played (UTC)"
    )
    lines = [header]
    for p in players:
        lines.append(
            f"  {p.player:<{name_width}}  {p.rounds:>6}  {_percent(p.stay_rate):>9}"
            f"  {p.average_trust:>9.1f}  {p.scenarios:>9}  {p.last_played[:16].replace('T', ' ')}"
        )
    return lines


def _assessment_table(players: tuple[PlayerSummary, ...]) -> list[str]:
    scored = [(p.player, p.assessed) for p in players if p.assessed is not None]
    if not scored:
        return ["  No rounds were played in Assessment."]
    name_width = max(6, *(len(name) for name, _ in scored))
    lines = [f"  {'player':<{name_width}}  assessed  passed  pass rate  avg score  best score"]
    for name, a in scored:
        lines.append(
            f"  {name:<{name_width}}  {a.rounds:>8}  {a.passed:>6}  {_percent(a.pass_rate):>9}"
            f"  {a.average_score:>9.1f}  {a.best_score:>10}"
        )
    return lines


def _percent(rate: float) -> str:
    return f"{round(rate * 100)}%"
