"""Assessing rounds at record time: each scenario's best and worst final trust, found once.

The analysis behind the trust range is a whole state-space search, cheap for
shipped files but not something to repeat for every round. A Scorer keeps the
range per scenario file (by its `source_hash`), so a session analyses each
file once however many rounds are played on it.
"""

from __future__ import annotations

from game.engine.analysis import analyse
from game.engine.round import Round
from game.engine.rules import TRUST_MAX, TRUST_MIN
from game.engine.score import Assessment, assess
from game.model.scenario import Scenario


class Scorer:
    """Assesses finished rounds; remembers each scenario file's trust range."""

    def __init__(self) -> None:
        self._ranges: dict[str, tuple[int, int]] = {}

    def trust_range(self, scenario: Scenario) -> tuple[int, int]:
        """(best, worst) final trust the scenario allows; the meter's ends if none is found."""
        key = scenario.source_hash
        if key and key in self._ranges:
            return self._ranges[key]
        found = analyse(scenario)
        best = found.best.trust if found.best else TRUST_MAX
        worst = found.worst.trust if found.worst else TRUST_MIN
        if key:
            self._ranges[key] = (best, worst)
        return self._ranges.get(key, (best, worst))

    def assess(self, round_: Round) -> Assessment:
        """The Assessment of a finished round (ValueError if it is unfinished)."""
        best, worst = self.trust_range(round_.scenario)
        return assess(round_, best, worst)
