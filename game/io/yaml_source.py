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
from game.io.yaml_comments import comment_warnings
from game.io.yaml_explain import Explained, explain
from game.io.yaml_scan import scan
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

MAX_SYNTAX_ERRORS = 20  # syntax errors explained (and repaired to read on) per file


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
    """Parse YAML text into a positioned tree plus any diagnostics, all of them in one run.

    Pasted look-alike characters are named first; after a syntax error the
    explained line is repaired and the text read again, so the problems
    further on are reported too.
    """
    scanned = scan(text, name)
    diagnostics = list(scanned.diagnostics)
    readable: str | None = scanned.text
    for _ in range(MAX_SYNTAX_ERRORS):
        if readable is None:
            return Document(None, text, diagnostics)
        read = _read(readable, name, diagnostics)
        if not isinstance(read, Explained):
            return _finish(read, text, readable, name, diagnostics)
        if read.diagnostic in diagnostics:  # the repair did not help: say it once and stop
            break
        diagnostics.append(read.diagnostic)
        readable = read.repaired
    return Document(None, text, diagnostics)


def _read(text: str, name: str, diagnostics: list[Diagnostic]) -> YNode | None | Explained:
    """The tree of `text`, or its first syntax error explained (a Document-stopping one too)."""
    found: list[Diagnostic] = []
    builder = TreeBuilder(name, found, Budgets())
    try:
        root = builder.build(yaml.parse(text, Loader=_Loader))
    except TooLarge as stop:
        return Explained(stop.diagnostic, None)
    except yaml.YAMLError as exc:
        return _explained(exc, text, name)
    except (ValueError, RecursionError, StopIteration) as exc:  # defensive: parser internals
        return Explained(codes.YAML_UNPARSED.at(Span(name), reason=exc), None)
    diagnostics.extend(found)
    return root


def _finish(
    root: YNode | None, text: str, readable: str, name: str, diagnostics: list[Diagnostic]
) -> Document:
    if root is None and not diagnostics:
        diagnostics.append(codes.EMPTY_FILE.at(Span(name)))
    diagnostics.extend(comment_warnings(root, readable, name))
    return Document(root, text, diagnostics)


def _explained(exc: yaml.YAMLError, text: str, name: str) -> Explained:
    problem = getattr(exc, "problem", None) or str(exc)
    if "maximum nesting depth" in problem:  # libyaml's own limit (PyYAML >= 6.0.3)
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        span = Span(name, mark.line + 1, mark.column + 1) if mark else Span(name)
        return Explained(too_deep(span, MAX_DEPTH), None)
    position = getattr(exc, "position", None)  # a ReaderError's offset of the bad character
    if getattr(exc, "problem_mark", None) is None and isinstance(position, int):
        line = text.count("\n", 0, position)
        column = position - (text.rfind("\n", 0, position) + 1)
        exc.problem_mark = yaml.Mark(name, position, line, column, None, 0)  # type: ignore[attr-defined]
    return explain(exc, text, name)
