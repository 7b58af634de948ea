"""Simple ways to play without reading for meaning, as weights over the offered choices.

Each strategy looks only at the choices offered at a moment (in file order)
and returns how likely it is to take each one; choices it cannot tell apart
share its probability evenly. What a strategy can see is what a new hire
could exploit: length, apology words, the trust change (Practice shows it,
and Backspace lets a player try every answer), or the position on screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from game.model.scenario import Choice

Strategy = Callable[[Sequence[Choice]], list[float]]

# What "apologetic-sounding" means: each match in an answer's `say` counts once.
APOLOGY_PHRASES: tuple[str, ...] = (
    r"sorry",
    r"apolog\w*",  # apologize, apologise, apology, apologies, apologizing
    r"(?:my|our) (?:fault|mistake|error|bad)",
    r"(?:i|we) got (?:it|that|this) wrong",
    r"(?:that's|that is|it's|it is) on me",
    r"forgive",
    r"regret\w*",
)
_APOLOGY = re.compile(r"\b(?:" + "|".join(APOLOGY_PHRASES) + r")\b", re.IGNORECASE)


def apology_words(say: str) -> int:
    """How many apology words and phrases `say` contains."""
    return len(_APOLOGY.findall(say.replace("\u2019", "'")))


def _best(choices: Sequence[Choice], score: Callable[[Choice], float]) -> list[float]:
    """All probability on the highest-scoring choices, split evenly among ties."""
    scores = [score(c) for c in choices]
    top = max(scores, default=0)
    winners = sum(s == top for s in scores)
    return [1 / winners if s == top else 0.0 for s in scores]


def longest(choices: Sequence[Choice]) -> list[float]:
    """Always the answer with the most characters."""
    return _best(choices, lambda c: len(c.say.strip()))


def apologetic(choices: Sequence[Choice]) -> list[float]:
    """Always the answer with the most apology words (all tie when none has any)."""
    return _best(choices, lambda c: apology_words(c.say))


def greedy(choices: Sequence[Choice]) -> list[float]:
    """Always the answer with the biggest immediate trust change."""
    return _best(choices, lambda c: c.trust)


def uniform(choices: Sequence[Choice]) -> list[float]:
    """Any offered answer, equally likely."""
    return [1 / len(choices)] * len(choices)


def first(choices: Sequence[Choice]) -> list[float]:
    """Always screen position 1 under the shuffle (game.engine.order.screen_order).

    A choice pinned first is always there (the first of them in file order);
    otherwise the shuffle puts each unpinned answer there equally often; with
    only pinned-last answers, the first of those.
    """
    pins = [c.pin for c in choices]
    if "first" in pins:
        return [1.0 if i == pins.index("first") else 0.0 for i in range(len(pins))]
    middle = [p not in ("first", "last") for p in pins]
    if any(middle):
        return [1 / sum(middle) if m else 0.0 for m in middle]
    return [1.0 if i == 0 else 0.0 for i in range(len(pins))]


# name -> strategy, in the order reports list them; "random" is the yardstick.
STRATEGIES: dict[str, Strategy] = {
    "random": uniform,
    "first": first,
    "longest": longest,
    "apologetic": apologetic,
    "greedy": greedy,
}
