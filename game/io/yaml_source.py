"""YAML read into a small tree that keeps every key's and value's position.

We compose (never construct) with PyYAML's C parser when present, so no tag
can run code, then copy the node graph into YMap / YSeq / YScalar with a
budget: an alias bomb or a runaway nesting becomes a diagnostic, not a hang.
Duplicate keys, which PyYAML accepts silently, are reported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from game.io.diagnostics import Diagnostic, error
from game.model.span import Span

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 200_000
MAX_DEPTH = 64

_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_SCALAR_VALUE_TAGS = {_TAG + t for t in ("int", "float", "bool", "null")}


@dataclass
class YScalar:
    """A scalar with its constructed value and the text as written."""

    value: object
    text: str
    span: Span
    style: str | None = None

    def content_span(self) -> Span:
        """Where the characters of the value begin (after an opening quote)."""
        return self.span.shifted(1) if self.style in ("'", '"') else self.span


@dataclass
class YSeq:
    items: list[YNode]
    span: Span


@dataclass
class YMap:
    """A mapping whose keys are scalars; later duplicates are already reported."""

    entries: list[tuple[YScalar, YNode]]
    span: Span
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def keys(self) -> list[str]:
        return [k.text for k, _ in self.entries]

    def get(self, key: str) -> YNode | None:
        pair = self.entry(key)
        return pair[1] if pair else None

    def entry(self, key: str) -> tuple[YScalar, YNode] | None:
        for k, v in self.entries:
            if k.text == key:
                return k, v
        return None


YNode = YScalar | YSeq | YMap


@dataclass
class Document:
    root: YNode | None
    text: str
    diagnostics: list[Diagnostic]


def read_document(path: Path, display: str | None = None) -> Document:
    """Read and compose one YAML file; every problem becomes a diagnostic."""
    name = display or str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Document(None, "", [error(Span(name), "E150", f"cannot read file: {reason}")])
    if len(data) > MAX_FILE_BYTES:
        message = f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB"
        hint = "a scenario is text; split it or remove pasted data"
        return Document(None, "", [error(Span(name), "E103", message, hint)])
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> Document:
    """Decode (UTF-8, optional BOM) and compose bytes already in memory."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        message = "file is not UTF-8 text"
        hint = "save it as UTF-8 in your editor"
        return Document(None, "", [error(Span(name, line, column), "E104", message, hint)])
    return parse_text(text, name)


def parse_text(text: str, name: str) -> Document:
    """Compose YAML text into a positioned tree plus any diagnostics."""
    diagnostics: list[Diagnostic] = []
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        return Document(None, text, [_syntax_error(exc, text, name)])
    except (ValueError, RecursionError) as exc:  # defensive: parser internals
        return Document(None, text, [error(Span(name), "E100", f"cannot parse YAML: {exc}")])
    if node is None:
        diagnostics.append(error(Span(name), "E111", "file is empty", "start with 'format: 1'"))
        return Document(None, text, diagnostics)
    try:
        root = _Converter(name, diagnostics).convert(node, 0)
    except _TooLarge as stop:
        return Document(None, text, [stop.diagnostic])
    return Document(root, text, diagnostics)


def _span(name: str, mark: yaml.Mark | None) -> Span:
    if mark is None:
        return Span(name)
    return Span(name, mark.line + 1, mark.column + 1)


def _syntax_error(exc: yaml.YAMLError, text: str, name: str) -> Diagnostic:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None and getattr(exc, "position", None) is not None:
        span = _span_at_offset(text, exc.position, name)
    else:
        span = _span(name, mark)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"YAML syntax: {problem}" + (f" ({context})" if context else "")
    if _char_at(text, span) == "\t":
        message = "YAML syntax: a tab character is used for indentation"
    return error(span, "E100", message, _syntax_hint(problem, text, span))


def _char_at(text: str, span: Span) -> str:
    lines = text.splitlines()
    if not 0 < span.line <= len(lines):
        return ""
    line = lines[span.line - 1]
    return line[span.column - 1] if 0 < span.column <= len(line) else ""


def _span_at_offset(text: str, offset: int, name: str) -> Span:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Span(name, line, column)


def _syntax_hint(problem: str, text: str, span: Span) -> str:
    lines = text.splitlines()
    line = lines[span.line - 1] if 0 < span.line <= len(lines) else ""
    if "\t" in line or "'\\t'" in problem:
        return "YAML indentation must use spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "a value containing ': ' must be put in quotes"
    if "expected a single document" in problem:
        return "a scenario file holds one document; remove the extra '---'"
    if "could not find expected ':'" in problem:
        return "each line in a mapping needs 'key: value'"
    return ""


class _TooLarge(Exception):
    """Stops conversion at once: one clear error beats a cascade of half-read keys."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


class _Converter:
    """Copies a composed node graph into Y* values, with budgets and checks."""

    def __init__(self, name: str, diagnostics: list[Diagnostic]) -> None:
        self.name = name
        self.diagnostics = diagnostics
        self.budget = MAX_NODES
        self.constructor = SafeConstructor()

    def convert(self, node: yaml.Node, depth: int) -> YNode:
        span = _span(self.name, node.start_mark)
        self.budget -= 1
        if self.budget < 0 or depth > MAX_DEPTH:
            return self._too_large(span)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, span, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _TAG + "seq":
                self._bad_tag(node.tag, span)
            return YSeq([self.convert(item, depth + 1) for item in node.value], span)
        return self._scalar(node, span)

    def _too_large(self, span: Span) -> YScalar:
        message = "document is too large or too deeply nested (aliases expand too far)"
        hint = "remove '&' anchors and '*' aliases; a scenario never needs them"
        raise _TooLarge(error(span, "E103", message, hint))

    def _mapping(self, node: yaml.MappingNode, span: Span, depth: int) -> YMap:
        if node.tag != _TAG + "map":
            self._bad_tag(node.tag, span)
        seen: dict[str, Span] = {}
        entries: list[tuple[YScalar, YNode]] = []
        for key_node, value_node in node.value:
            key = self.convert(key_node, depth + 1)
            if not isinstance(key, YScalar):
                message = "a key must be a plain word, not a list or mapping"
                self.diagnostics.append(error(key.span, "E112", message))
                continue
            if key.text in seen:
                first = seen[key.text]
                message = f"duplicate key '{key.text}' (first defined at line {first.line})"
                hint = "YAML keeps only one of them; merge or rename"
                self.diagnostics.append(error(key.span, "E101", message, hint))
                continue
            seen[key.text] = key.span
            entries.append((key, self.convert(value_node, depth + 1)))
        return YMap(entries, span)

    def _scalar(self, node: yaml.ScalarNode, span: Span) -> YScalar:
        if node.tag not in _PLAIN_TAGS:
            self._bad_tag(node.tag, span)
            return YScalar(node.value, node.value, span, node.style)
        value: object = node.value
        if node.tag in _SCALAR_VALUE_TAGS:
            try:
                value = self.constructor.construct_object(node, deep=True)
            except (ConstructorError, ValueError):
                value = node.value
        return YScalar(value, node.value, span, node.style)

    def _bad_tag(self, tag: str, span: Span) -> None:
        shown = tag.replace(_TAG, "!!")
        message = f"the tag '{shown}' is not allowed in a scenario"
        hint = "scenarios hold plain text, numbers, lists and mappings; remove the tag"
        self.diagnostics.append(error(span, "E102", message, hint))
