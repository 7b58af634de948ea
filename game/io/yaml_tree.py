"""Build the positioned YAML tree straight from the C parser's events.

Skipping PyYAML's Python composer and resolver makes reading about three
times faster (docs/performance.md). Aliases reuse the anchored subtree and
are charged its full size against a budget, so an alias bomb is refused
before anything is expanded. Only plain scalars that look like numbers,
booleans or null are resolved; everything else is text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from game.io import codes
from game.io.budgets import Budgets
from game.io.diagnostics import Diagnostic
from game.model.span import Span

_TAG = "tag:yaml.org,2002:"
STR, MAP, SEQ = _TAG + "str", _TAG + "map", _TAG + "seq"
_TEXT_TAGS = {STR, _TAG + "timestamp"}
_VALUE_TAGS = {_TAG + t for t in ("int", "float", "bool", "null")}
_NULLS = {"", "~", "null", "Null", "NULL"}
_NUMBER_TAGS = {_TAG + "int", _TAG + "float"}
_MAYBE_VALUE = re.compile(
    r"[-+.0-9]|(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\Z"
)


class Mark(Protocol):
    """Where the parser was: 0-based line and column (PyYAML's Mark, C or Python)."""

    line: int
    column: int


Place = tuple[int, int, int, int]  # 1-based line and column, then just past the last character


def _place(start: Mark | None, end: Mark | None) -> Place:
    """Where an event's characters are; the parser always gives both marks."""
    first = (start.line + 1, start.column + 1) if start is not None else (1, 1)
    last = (end.line + 1, end.column + 1) if end is not None else first
    return (*first, *last)


def _error_mark(mark: Mark | None) -> yaml.Mark:
    """`mark` as PyYAML's own Mark, for a syntax error raised as the parser would."""
    line, column = (mark.line, mark.column) if mark is not None else (0, 0)
    return yaml.Mark("", 0, line, column, None, 0)


_UNREADABLE = object()  # a tagged scalar whose text the tag cannot read


class _Positioned:
    """Keeps where a node is as plain numbers and makes a Span only when someone asks.

    The numbers are the parser's own (0-based; the end just past the last
    character), copied without arithmetic since most nodes are never asked.
    Unlike the parser's Mark objects, they give the garbage collector nothing
    to scan.
    """

    __slots__ = ()
    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    @property
    def span(self) -> Span:
        """From the first character of the node to just past its last."""
        line, column, end_line, end_column = self.line, self.column, self.end_line, self.end_column
        return Span(self.file, line + 1, column + 1, end_line + 1, end_column + 1)


@dataclass(slots=True)
class YScalar(_Positioned):
    """A scalar with its constructed value and the text as written."""

    value: object
    text: str
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    style: str | None = None

    def content_span(self) -> Span:
        """The characters of the value, inside its quotes if it has them."""
        span = self.span
        if self.style not in ("'", '"'):
            return span
        return span._replace(column=span.column + 1, end_column=span.end_column - 1)


@dataclass(slots=True)
class YSeq(_Positioned):
    """A list, with the position of its first and just past its last character."""

    items: list[YNode]
    file: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(slots=True)
class YMap(_Positioned):
    """A mapping whose keys are scalars; later duplicates are already reported."""

    entries: list[tuple[YScalar, YNode]]
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    lookup: dict[str, tuple[YScalar, YNode]] = field(default_factory=dict, repr=False)

    def keys(self) -> list[str]:
        """The keys in file order."""
        return [k.text for k, _ in self.entries]

    def get(self, key: str) -> YNode | None:
        """The value under `key`, or None."""
        pair = self.lookup.get(key)
        return pair[1] if pair else None

    def entry(self, key: str) -> tuple[YScalar, YNode] | None:
        """The key node and value under `key`, or None."""
        return self.lookup.get(key)


YNode = YScalar | YSeq | YMap


class TooLarge(Exception):
    """Stops building at once: one clear error beats a cascade of half-read keys."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


class TreeBuilder:
    """Consumes parser events and returns (root, size) with Y* nodes."""

    def __init__(
        self, name: str, diagnostics: list[Diagnostic], budgets: Budgets | None = None
    ) -> None:
        self.name = name
        self.diagnostics = diagnostics
        self.limits = budgets or Budgets()
        self.budget = self.max_nodes = self.limits.nodes
        self.max_depth = self.limits.depth
        self.anchors: dict[str, tuple[YNode, int]] = {}
        self.resolver = Resolver()
        self.constructor = SafeConstructor()

    def span(self, event: yaml.Event) -> Span:
        """The characters of one event (a scalar, an alias, a list's or mapping's opening)."""
        return Span(self.name, *_place(event.start_mark, event.end_mark))

    def charge(self, size: int, event: yaml.Event, depth: int) -> None:
        self.budget -= size
        if depth > self.max_depth:
            raise TooLarge(too_deep(self.span(event), self.max_depth))
        if self.budget < 0:
            raise TooLarge(codes.TOO_MANY_VALUES.at(self.span(event), limit=self.max_nodes))

    def build(self, events: Iterator[yaml.Event]) -> YNode | None:
        """The single document's root, or None for an empty stream."""
        root: YNode | None = None
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise yaml.MarkedYAMLError(
                        problem="expected a single document in the stream",
                        problem_mark=_error_mark(event.start_mark),
                    )
                root = self.node(events, next(events), 0)[0]
        return root

    def node(
        self, events: Iterator[yaml.Event], event: yaml.Event, depth: int
    ) -> tuple[YNode, int]:
        """One node from its first event, with its size (aliases count their whole target)."""
        if isinstance(event, yaml.AliasEvent):
            if event.anchor is None or event.anchor not in self.anchors:
                raise yaml.MarkedYAMLError(
                    problem=f"found undefined alias '{event.anchor}'",
                    problem_mark=_error_mark(event.start_mark),
                )
            found, size = self.anchors[event.anchor]
            self.charge(size, event, depth)
            return found, size
        self.charge(1, event, depth)
        built: tuple[YNode, int]
        if isinstance(event, yaml.ScalarEvent):
            built = (self.scalar(event), 1)
        elif isinstance(event, yaml.SequenceStartEvent):
            built = self.sequence(events, event, depth)
        elif isinstance(event, yaml.MappingStartEvent):
            built = self.mapping(events, event, depth)
        else:  # pragma: no cover - the parser guarantees a node event here
            raise yaml.MarkedYAMLError(
                problem="unexpected YAML event", problem_mark=_error_mark(event.start_mark)
            )
        if event.anchor:
            self.anchors[event.anchor] = built
        return built

    def sequence(
        self, events: Iterator[yaml.Event], start: yaml.SequenceStartEvent, depth: int
    ) -> tuple[YSeq, int]:
        """A list up to its end event."""
        self.check_tag(start, SEQ)
        items: list[YNode] = []
        size, end = 1, start.end_mark
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                end = event.end_mark
                break
            if len(items) >= self.limits.items:
                raise TooLarge(codes.TOO_MANY_ITEMS.at(self.span(event), limit=self.limits.items))
            item, item_size = self.node(events, event, depth + 1)
            items.append(item)
            size += item_size
        first = start.start_mark
        assert first is not None and end is not None  # the parser marks every event
        return YSeq(items, self.name, first.line, first.column, end.line, end.column), size

    def mapping(
        self, events: Iterator[yaml.Event], start: yaml.MappingStartEvent, depth: int
    ) -> tuple[YMap, int]:
        """A mapping up to its end event; keys that are not scalars or repeat are reported."""
        self.check_tag(start, MAP)
        entries: list[tuple[YScalar, YNode]] = []
        seen: dict[str, tuple[YScalar, YNode]] = {}
        size, end = 1, start.end_mark
        for event in events:
            if isinstance(event, yaml.MappingEndEvent):
                end = event.end_mark
                break
            if len(entries) >= self.limits.keys:
                raise TooLarge(codes.TOO_MANY_KEYS.at(self.span(event), limit=self.limits.keys))
            key, key_size = self.node(events, event, depth + 1)
            value, value_size = self.node(events, next(events), depth + 1)
            size += key_size + value_size
            if not isinstance(key, YScalar):
                expected = "a plain word, not a list or mapping"
                self.diagnostics.append(
                    codes.WRONG_TYPE.at(key.span, what="a key", expected=expected)
                )
            elif key.text in seen:
                earlier = seen[key.text][0].line + 1
                duplicate = codes.DUPLICATE_KEY.at(key.span, key=key.text, first=earlier)
                self.diagnostics.append(duplicate)
            else:
                seen[key.text] = (key, value)
                entries.append((key, value))
        first = start.start_mark
        assert first is not None and end is not None  # the parser marks every event
        line, column = first.line, first.column
        return YMap(entries, self.name, line, column, end.line, end.column, seen), size

    def scalar(self, event: yaml.ScalarEvent) -> YScalar:
        """A scalar as text, unless it is a plain word YAML reads as a number, boolean or null."""
        first, end = event.start_mark, event.end_mark
        assert first is not None and end is not None  # the parser marks every event
        text = event.value
        if len(text) > self.limits.scalar_chars:
            limit = self.limits.scalar_chars
            raise TooLarge(codes.SCALAR_TOO_LONG.at(self.span(event), limit=limit))
        value: object = text
        tag = event.tag if event.tag not in (None, "!") else None
        if tag is None:
            if event.implicit[0] and (text in _NULLS or _MAYBE_VALUE.match(text)):
                tag = self.resolver.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
                value = self.construct(tag, text, event)
        elif tag in _TEXT_TAGS or tag in _VALUE_TAGS:
            value = self.construct(tag, text, event)
            if value is _UNREADABLE:
                shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
                wanted = tag.replace(_TAG, "!!")
                self.diagnostics.append(
                    codes.TAGGED_NOT_VALUE.at(self.span(event), text=shown, tag=wanted)
                )
        else:
            self.bad_tag(tag, self.span(event))
        if value is _UNREADABLE:
            value = text
        return YScalar(
            value, text, self.name, first.line, first.column, end.line, end.column, event.style
        )

    def construct(self, tag: str, value: str, event: yaml.ScalarEvent) -> object:
        """The value YAML gives `value` under `tag`, or _UNREADABLE if it gives none."""
        if tag not in _VALUE_TAGS:
            return value
        if tag in _NUMBER_TAGS and sum(ch.isdigit() for ch in value) > self.limits.digits:
            raise TooLarge(codes.TOO_MANY_DIGITS.at(self.span(event), limit=self.limits.digits))
        node = yaml.ScalarNode(tag, value)
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ConstructorError, ValueError, KeyError, IndexError, TypeError, OverflowError):
            return _UNREADABLE

    def check_tag(self, event: yaml.CollectionStartEvent, default: str) -> None:
        """Report a tag on a list or mapping other than its own."""
        if event.tag is not None and event.tag not in ("!", default):
            self.bad_tag(event.tag, self.span(event))

    def bad_tag(self, tag: str, span: Span) -> None:
        """Report a tag: a scenario holds no Python objects."""
        shown = tag.replace(_TAG, "!!")
        self.diagnostics.append(codes.UNSUPPORTED_TAG.at(span, tag=shown))


def too_deep(span: Span, limit: int) -> Diagnostic:
    """The one message for runaway nesting, whether our builder or libyaml notices it."""
    return codes.TOO_DEEP.at(span, limit=limit)
