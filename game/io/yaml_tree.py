"""Build the positioned YAML tree straight from the C parser's events.

Skipping PyYAML's Python composer and resolver makes reading about three
times faster (docs/performance.md). Aliases reuse the anchored subtree and
are charged its full size against a budget, so an alias bomb is refused
before anything is expanded. Only plain scalars that look like numbers,
booleans or null are resolved; everything else is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from game.io import codes
from game.io.diagnostics import Diagnostic
from game.model.span import Span

_TAG = "tag:yaml.org,2002:"
STR, MAP, SEQ = _TAG + "str", _TAG + "map", _TAG + "seq"
_TEXT_TAGS = {STR, _TAG + "timestamp"}
_VALUE_TAGS = {_TAG + t for t in ("int", "float", "bool", "null")}
_NULLS = {"", "~", "null", "Null", "NULL"}
_MAYBE_VALUE = re.compile(
    r"[-+.0-9]|(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\Z"
)


class _Positioned:
    """Keeps the parser's mark and makes a Span only when someone asks (most never do)."""

    __slots__ = ()

    @property
    def span(self) -> Span:
        mark = self.mark
        return Span(self.file, mark.line + 1, mark.column + 1)


@dataclass(slots=True)
class YScalar(_Positioned):
    """A scalar with its constructed value and the text as written."""

    value: object
    text: str
    file: str
    mark: yaml.Mark
    style: str | None = None

    def content_span(self) -> Span:
        """Where the characters of the value begin (after an opening quote)."""
        return self.span.shifted(1) if self.style in ("'", '"') else self.span


@dataclass(slots=True)
class YSeq(_Positioned):
    items: list[YNode]
    file: str
    mark: yaml.Mark


@dataclass(slots=True)
class YMap(_Positioned):
    """A mapping whose keys are scalars; later duplicates are already reported."""

    entries: list[tuple[YScalar, YNode]]
    file: str
    mark: yaml.Mark
    lookup: dict[str, tuple[YScalar, YNode]] = field(default_factory=dict, repr=False)

    def keys(self) -> list[str]:
        return [k.text for k, _ in self.entries]

    def get(self, key: str) -> YNode | None:
        pair = self.lookup.get(key)
        return pair[1] if pair else None

    def entry(self, key: str) -> tuple[YScalar, YNode] | None:
        return self.lookup.get(key)


YNode = YScalar | YSeq | YMap


class TooLarge(Exception):
    """Stops building at once: one clear error beats a cascade of half-read keys."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


class TreeBuilder:
    """Consumes parser events and returns (root, size) with Y* nodes."""

    def __init__(self, name: str, diagnostics: list[Diagnostic], max_nodes: int, max_depth: int):
        self.name = name
        self.diagnostics = diagnostics
        self.budget = self.max_nodes = max_nodes
        self.max_depth = max_depth
        self.anchors: dict[str, tuple[object, int]] = {}
        self.resolver = Resolver()
        self.constructor = SafeConstructor()

    def span(self, event: yaml.Event) -> Span:
        mark = event.start_mark
        return Span(self.name, mark.line + 1, mark.column + 1)

    def charge(self, size: int, event: yaml.Event, depth: int) -> None:
        self.budget -= size
        if depth > self.max_depth:
            raise TooLarge(too_deep(self.span(event), self.max_depth))
        if self.budget < 0:
            raise TooLarge(codes.TOO_MANY_VALUES.at(self.span(event), limit=self.max_nodes))

    def build(self, events) -> YNode | None:
        """The single document's root, or None for an empty stream."""
        root = None
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise yaml.MarkedYAMLError(
                        problem="expected a single document in the stream",
                        problem_mark=event.start_mark,
                    )
                root = self.node(events, next(events), 0)[0]
        return root

    def node(self, events, event: yaml.Event, depth: int) -> tuple[object, int]:
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise yaml.MarkedYAMLError(
                    problem=f"found undefined alias '{event.anchor}'", problem_mark=event.start_mark
                )
            found, size = self.anchors[event.anchor]
            self.charge(size, event, depth)
            return found, size
        self.charge(1, event, depth)
        if isinstance(event, yaml.ScalarEvent):
            built = (self.scalar(event), 1)
        elif isinstance(event, yaml.SequenceStartEvent):
            built = self.sequence(events, event, depth)
        elif isinstance(event, yaml.MappingStartEvent):
            built = self.mapping(events, event, depth)
        else:  # pragma: no cover - the parser guarantees a node event here
            raise yaml.MarkedYAMLError(
                problem="unexpected YAML event", problem_mark=event.start_mark
            )
        if event.anchor:
            self.anchors[event.anchor] = built
        return built

    def sequence(self, events, start: yaml.SequenceStartEvent, depth: int) -> tuple[object, int]:
        self.check_tag(start, SEQ)
        items, size = [], 1
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                break
            item, item_size = self.node(events, event, depth + 1)
            items.append(item)
            size += item_size
        return YSeq(items, self.name, start.start_mark), size

    def mapping(self, events, start: yaml.MappingStartEvent, depth: int) -> tuple[object, int]:
        self.check_tag(start, MAP)
        entries, seen, size = [], {}, 1
        for event in events:
            if isinstance(event, yaml.MappingEndEvent):
                break
            key, key_size = self.node(events, event, depth + 1)
            value, value_size = self.node(events, next(events), depth + 1)
            size += key_size + value_size
            if not isinstance(key, YScalar):
                expected = "a plain word, not a list or mapping"
                self.diagnostics.append(
                    codes.WRONG_TYPE.at(key.span, what="a key", expected=expected)
                )
            elif key.text in seen:
                first = seen[key.text][0].span.line
                duplicate = codes.DUPLICATE_KEY.at(key.span, key=key.text, first=first)
                self.diagnostics.append(duplicate)
            else:
                seen[key.text] = (key, value)
                entries.append((key, value))
        return YMap(entries, self.name, start.start_mark, seen), size

    def scalar(self, event: yaml.ScalarEvent):
        mark = event.start_mark
        value = event.value
        tag = event.tag if event.tag not in (None, "!") else None
        if tag is None:
            plain = event.implicit[0]
            if not plain or not (value in _NULLS or _MAYBE_VALUE.match(value)):
                return YScalar(value, value, self.name, mark, event.style)
            tag = self.resolver.resolve(yaml.ScalarNode, value, (True, False))
        elif tag not in _TEXT_TAGS and tag not in _VALUE_TAGS:
            self.bad_tag(tag, self.span(event))
            return YScalar(value, value, self.name, mark, event.style)
        return YScalar(self.construct(tag, value), value, self.name, mark, event.style)

    def construct(self, tag: str, value: str) -> object:
        if tag not in _VALUE_TAGS:
            return value
        node = yaml.ScalarNode(tag, value)
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ConstructorError, ValueError):
            return value

    def check_tag(self, event, default: str) -> None:
        if event.tag not in (None, "!", default):
            self.bad_tag(event.tag, self.span(event))

    def bad_tag(self, tag: str, span: Span) -> None:
        shown = tag.replace(_TAG, "!!")
        self.diagnostics.append(codes.UNSUPPORTED_TAG.at(span, tag=shown))


def too_deep(span: Span, limit: int) -> Diagnostic:
    """The one message for runaway nesting, whether our builder or libyaml notices it."""
    return codes.TOO_DEEP.at(span, limit=limit)
