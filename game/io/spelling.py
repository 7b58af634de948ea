"""Spelling: every word a player reads, checked against a US English dictionary.

The dictionary is pyspellchecker's English word list (US spellings: `colour`
and `apologise` are unknown to it), loaded once per process and kept
(`checker()`), plus the project's own list of names and brands in
game/data/words.txt, plus the words of the customer's and speakers' names.
Most files have no misspelling, so the source text is only searched (for the
exact line and column of each unknown word) when one is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from game import DATA_DIR
from game.io import codes
from game.io.diagnostics import Diagnostic
from game.model.scenario import Scenario
from game.model.span import Span

WORDS_PATH = DATA_DIR / "words.txt"
# a word: letters, with inner apostrophes (don't, Maria's); hyphens split words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


@dataclass(frozen=True)
class Text:
    """One piece of text a player reads, and the line its element starts on."""

    what: str  # "what Maria says", "answer", "feedback", ...
    text: str
    line: int


@dataclass(frozen=True)
class Misspelling:
    """An unknown word, where it is in the file, and the dictionary's best guess."""

    word: str
    span: Span
    suggestion: str | None


class Speller:
    """The dictionary and the project's word list; asks whether a word is known."""

    def __init__(self, extra: frozenset[str]) -> None:
        from spellchecker import SpellChecker  # loaded only where spelling is checked

        self._checker = SpellChecker(language="en")
        self._extra = extra

    def unknown(self, words: set[str], allowed: frozenset[str] = frozenset()) -> set[str]:
        """The words neither the dictionary, the word list nor `allowed` (lower case) knows."""
        candidates = {w for w in words if _folded(w) not in self._extra | allowed}
        if not candidates:
            return set()
        missing = self._checker.unknown(_folded(w) for w in candidates)
        return {w for w in candidates if _folded(w) in missing}

    def suggestion(self, word: str) -> str | None:
        """The dictionary's most likely correction, or None when it has none."""
        best = self._checker.correction(_folded(word))
        return best if best and best != _folded(word) else None


@cache
def checker(path: Path = WORDS_PATH) -> Speller:
    """One Speller per process: loading the dictionary takes about 0.2 s."""
    return Speller(read_word_list(path))


def read_word_list(path: Path) -> frozenset[str]:
    """The word list: one word a line, `#` starts a comment; kept in lower case."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(_folded(word))
    return frozenset(words)


def texts(scenario: Scenario) -> Iterator[Text]:
    """Every text a player reads, with the line its node, choice or ending starts on."""
    yield Text("title", scenario.title, 1)
    yield Text("summary", scenario.summary, 1)
    yield Text("customer's role", scenario.customer.role, 1)
    for node in scenario.nodes.values():
        yield Text("line", node.say, node.span.line)
        for choice in node.choices:
            yield Text("answer", choice.say, choice.span.line)
            yield Text("feedback", choice.feedback, choice.span.line)
    for ending in scenario.endings.values():
        yield Text("ending", ending.say, ending.span.line)
        yield Text("lesson", ending.lesson, ending.span.line)


def misspellings(scenario: Scenario, source: Callable[[], str]) -> list[Misspelling]:
    """Each unknown word of the scenario where it stands; `source()` is read only if needed."""
    speller = checker()
    pieces = list(texts(scenario))
    found = {word for piece in pieces for word in words_of(piece.text)}
    unknown = speller.unknown(found, _names(scenario))
    if not unknown:
        return []
    lines = source().splitlines()
    taken: set[tuple[int, int]] = set()
    result = []
    for piece in pieces:
        for word in words_of(piece.text):
            if word in unknown:
                span = _locate(lines, piece.line, word, taken, scenario.span.file)
                result.append(Misspelling(word, span, speller.suggestion(word)))
    return result


def spelling_diagnostics(scenario: Scenario, source: Callable[[], str]) -> list[Diagnostic]:
    """The unknown words as warnings, each with the dictionary's suggestion when it has one."""
    found = []
    for miss in misspellings(scenario, source):
        hint = f"did you mean '{miss.suggestion}'? " if miss.suggestion else ""
        hint += (
            f"if '{miss.word}' is right (a name or a brand), add it to game/data/{WORDS_PATH.name}"
        )
        found.append(codes.MISSPELLED.at(miss.span, hint, word=miss.word))
    return found


def words_of(text: str) -> list[str]:
    """The words of `text`, possessive 's removed, in order."""
    return [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]


def _names(scenario: Scenario) -> frozenset[str]:
    names = [scenario.customer.name, *(n.speaker or "" for n in scenario.nodes.values())]
    return frozenset(_folded(w) for name in names for w in words_of(name))


def _folded(word: str) -> str:
    return word.replace("’", "'").lower()


def _locate(
    lines: list[str], start: int, word: str, taken: set[tuple[int, int]], file: str
) -> Span:
    """The first place at or after line `start` where `word` stands alone and is not yet taken."""
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
    for number in range(max(start, 1), len(lines) + 1):
        for match in pattern.finditer(lines[number - 1]):
            where = (number, match.start() + 1)
            if where not in taken:
                taken.add(where)
                return Span(file, number, where[1], number, where[1] + len(word))
    return Span(file, max(start, 1), 1)
