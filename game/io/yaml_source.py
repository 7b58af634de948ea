"""YAML read into a small tree that keeps every key's and value's position.

We compose (never construct) with PyYAML's C parser when present, so no tag
can run code, then copy the node graph into YMap / YSeq / YScalar with a
budget: an alias bomb or a runaway nesting becomes a diagnostic, not a hang.
Duplicate keys, which PyYAML accepts silently, are reported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from game.io import codes
from game.io.budgets import MAX_DEPTH, MAX_FILE_BYTES, Budgets
from game.io.diagnostics import Diagnostic
from game.io.regular import NotRegular, read_regular
from game.io.yaml_tree import TooLarge, TreeBuilder, YMap, YNode, YScalar, YSeq, too_deep
from game.model.span import Span

__all__ = [
    "Document",
    "YMap",
    "YNode",
    "YScalar",
    "YSeq",
    "parse_bytes",
    "parse_text",
    "read_document",
]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ += ["MAX_DEPTH", "MAX_FILE_BYTES"]


@dataclass
class Document:
    root: YNode | None
    text: str
    diagnostics: list[Diagnostic]


def read_document(path: Path, display: str | None = None) -> Document:
    """Read and compose one YAML file; every problem becomes a diagnostic."""
    name = display or str(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except NotRegular as odd:
        return Document(None, "", [codes.NOT_REGULAR_FILE.at(Span(name), kind=odd.kind)])
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Document(None, "", [codes.UNREADABLE_FILE.at(Span(name), reason=reason)])
    if len(data) > MAX_FILE_BYTES:
        too_large = codes.FILE_TOO_LARGE.at(Span(name), megabytes=MAX_FILE_BYTES // 1_000_000)
        return Document(None, "", [too_large])
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> Document:
    """Decode (UTF-8, optional BOM) and compose bytes already in memory."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return Document(None, "", [codes.NOT_TEXT.at(Span(name, line, column))])
    return parse_text(text, name)


def parse_text(text: str, name: str) -> Document:
    """Parse YAML text into a positioned tree plus any diagnostics."""
    diagnostics: list[Diagnostic] = []
    builder = TreeBuilder(name, diagnostics, Budgets())
    try:
        root = builder.build(yaml.parse(text, Loader=_Loader))
    except TooLarge as stop:
        return Document(None, text, [stop.diagnostic])
    except yaml.YAMLError as exc:
        return Document(None, text, [_syntax_error(exc, text, name)])
    except (ValueError, RecursionError, StopIteration) as exc:  # defensive: parser internals
        return Document(None, text, [codes.YAML_UNPARSED.at(Span(name), reason=exc)])
    if root is None:
        diagnostics.append(codes.EMPTY_FILE.at(Span(name)))
    return Document(root, text, diagnostics)


def _span(name: str, mark: yaml.Mark | None) -> Span:
    if mark is None:
        return Span(name)
    return Span(name, mark.line + 1, mark.column + 1)


def _syntax_error(exc: yaml.YAMLError, text: str, name: str) -> Diagnostic:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    position = getattr(exc, "position", None)  # a ReaderError's offset of the bad character
    if mark is None and isinstance(position, int):
        span = _span_at_offset(text, position, name)
    else:
        span = _span(name, mark)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "maximum nesting depth" in problem:  # libyaml's own limit (PyYAML >= 6.0.3)
        return too_deep(span, MAX_DEPTH)
    context = getattr(exc, "context", None)
    shown = problem + (f" ({context})" if context else "")
    if _char_at(text, span) == "\t":
        shown = "a tab character is used for indentation"
    return codes.YAML_SYNTAX.at(span, _syntax_hint(problem, text, span), problem=shown)


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
