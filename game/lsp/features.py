"""What the editor asks, answered from the text and a position: no protocol, no state.

Lines and columns here are 1-based, as in our Spans; server.py converts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from game import api
from game.io.loader import load_bytes
from game.io.spelling import spelling_diagnostics

_VALUE = re.compile(r"^\s*(?:-\s+)*(?P<key>[\w-]+):\s*(?P<rest>.*)$")
_WORD = re.compile(r"[\w-]+")
_TARGET_KEYS = {"goto", "to"}
_FLAG_KEYS = {"if", "set", "unset"}
_PRINCIPLE_KEYS = {"principles", "mistimed"}


@lru_cache(maxsize=4)
def _outline(text: str) -> api.Outline:
    """The outline of the text as it is now: completion, hover and definition ask in a row."""
    return api.outline(text, "<editor>")


def warm(text: str) -> None:
    """Read the outline now (after an edit), so the completion that follows answers at once."""
    _outline(text)


def diagnose(text: str, name: str) -> list[api.Diagnostic]:
    """What `validate` reports while the trainer types: every problem, and the spelling.

    The balance lint is left to `validate`: it plays every path, too slow per keystroke.
    """
    result = load_bytes(text.encode("utf-8"), name)
    if not result.ok or result.scenario is None:
        return result.diagnostics
    return [*result.diagnostics, *spelling_diagnostics(result.scenario, lambda: text)]


@dataclass(frozen=True)
class Item:
    """One completion: the text to insert and what it is."""

    label: str
    detail: str


def completions(text: str, line: int, column: int) -> list[Item]:
    """What may be typed at (line, column): ids, flags, principles, a key's fixed words, or keys."""
    source = _line(text, line)[: column - 1]
    found = _outline(text)
    value = _VALUE.match(source)
    if value is None:
        return _keys(found, source, line)
    key = value.group("key")
    if key in _TARGET_KEYS | {"start", "walkout"}:
        nodes = [] if key == "walkout" else [Item(n, "node") for n in found.nodes]
        endings = [] if key == "start" else [Item(e, "ending") for e in found.endings]
        return nodes + endings
    if key in _FLAG_KEYS:
        return [Item(f, "flag") for f in found.flags]
    if key in _PRINCIPLE_KEYS:
        own = [Item(p, "principle defined in this file") for p in found.principles]
        return own + [Item(p.id, p.name) for p in api.glossary().values()]
    return [Item(word, about or key) for word, about in api.values_of(key)]


def _keys(found: api.Outline, source: str, line: int) -> list[Item]:
    if source.strip(" -") and not _WORD.fullmatch(source.strip(" -")):
        return []
    column = len(source) - len(source.lstrip(" -")) + 1
    table = found.table_of_column(line, column) or ("scenario" if column == 1 else None)
    if table is None:
        return []
    return [Item(k, table) for k in api.keys_of(table)]


def hover(text: str, line: int, column: int) -> str:
    """Markdown about the key, principle or id under the cursor, or ''."""
    found = _outline(text)
    key = found.key_at(line, column)
    if key is not None:
        return api.key_help(key.table, key.key)
    word = word_at(text, line, column)
    principle = api.glossary().get(word)
    if principle is not None:
        kind = "good habit" if principle.good else "bad habit"
        return f"**{principle.name}** ({kind})\n\n{principle.summary}"
    for kind, table in (("node", found.nodes), ("ending", found.endings)):
        if word in table:
            return f"{kind} '{word}', line {table[word].line}"
    if word in found.flags:
        return f"flag '{word}', first set on line {found.flags[word].line}"
    return ""


def definition(text: str, line: int, column: int) -> api.Span | None:
    """Where the node or ending named under the cursor is defined, or None."""
    found = _outline(text)
    word = word_at(text, line, column)
    return found.nodes.get(word) or found.endings.get(word) or found.principles.get(word)


def word_at(text: str, line: int, column: int) -> str:
    """The id-like word covering (line, column), or ''."""
    for match in _WORD.finditer(_line(text, line)):
        if match.start() < column <= match.end() + 1:
            return match.group()
    return ""


def _line(text: str, line: int) -> str:
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""
