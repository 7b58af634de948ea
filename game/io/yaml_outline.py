"""What an editor needs to know about a scenario as typed: ids, flags and every key's table.

Read from the positioned YAML tree, not the checked Scenario, so it still
works while the file has errors (the language server asks on every keystroke).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.io.yaml_source import YMap, YNode, YScalar, YSeq, parse_text
from game.model.span import Span

_FLAG = re.compile(r"[a-z][a-z0-9-]*")
_WORDS = {"and", "or", "not", "trust"}


@dataclass(frozen=True)
class KeyPlace:
    """One key as written: its name, the table it belongs to (schema.OWNERS' names) and where."""

    key: str
    table: str
    span: Span


@dataclass
class Outline:
    """The ids, flags and keys of one scenario text, with where each is defined."""

    nodes: dict[str, Span] = field(default_factory=dict)
    endings: dict[str, Span] = field(default_factory=dict)
    principles: dict[str, Span] = field(default_factory=dict)
    flags: dict[str, Span] = field(default_factory=dict)  # where each flag is first set
    keys: list[KeyPlace] = field(default_factory=list)

    def key_at(self, line: int, column: int) -> KeyPlace | None:
        """The key whose characters cover (line, column), 1-based."""
        for place in self.keys:
            start, end = place.span, place.span.end
            if start.line == line and start.column <= column < end[1]:
                return place
        return None

    def table_of_column(self, line: int, column: int) -> str | None:
        """The table of the nearest key above `line` written at `column`: where a new key goes."""
        above = [p for p in self.keys if p.span.line < line and p.span.column == column]
        return max(above, key=lambda p: p.span.line).table if above else None


def outline(text: str, name: str) -> Outline:
    """The outline of `text`; empty parts where the YAML cannot be read."""
    found = Outline()
    root = parse_text(text, name).root
    if isinstance(root, YMap):
        _table(root, "scenario", found)
    return found


_CHILDREN = {
    ("scenario", "customer"): "customer",
    ("customer", "look"): "look",
    ("scenario", "trust"): "trust",
}
_ID_TABLES = {"nodes": "node", "endings": "ending", "principles": "principle"}


def _table(node: YMap, table: str, found: Outline) -> None:
    for key, value in node.entries:
        found.keys.append(KeyPlace(key.text, table, key.span))
        child = _CHILDREN.get((table, key.text))
        if child and isinstance(value, YMap):
            _table(value, child, found)
        elif table == "scenario" and key.text in _ID_TABLES and isinstance(value, YMap):
            _ids(value, _ID_TABLES[key.text], found)
        elif table == "node" and key.text == "choices" and isinstance(value, YSeq):
            _each(value, "choice", found)
        elif table == "choice" and key.text == "goto" and isinstance(value, YSeq):
            _each(value, "branch", found)
        elif table == "choice" and key.text == "set":
            _flags(value, found)


def _ids(node: YMap, kind: str, found: Outline) -> None:
    where = {"node": found.nodes, "ending": found.endings, "principle": found.principles}[kind]
    for key, value in node.entries:
        where.setdefault(key.text, key.span)
        if isinstance(value, YMap):
            _table(value, kind, found)


def _each(items: YSeq, table: str, found: Outline) -> None:
    for item in items.items:
        if isinstance(item, YMap):
            _table(item, table, found)


def _flags(value: YNode, found: Outline) -> None:
    items = value.items if isinstance(value, YSeq) else [value]
    for item in items:
        if isinstance(item, YScalar) and _FLAG.fullmatch(item.text) and item.text not in _WORDS:
            found.flags.setdefault(item.text, item.span)
