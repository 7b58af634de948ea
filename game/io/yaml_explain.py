"""A YAML syntax error explained in plain words, on the line where the fix goes.

The parser often notices a mistake a line late (a missing colon is found on
the next line) and words it for programmers. `explain` looks at the lines the
parser names, says what is wrong the way a trainer would fix it, and returns
a repaired copy of the text (or None) so the rest of the file can still be read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

from game.io import codes
from game.io.diagnostics import Code, Diagnostic
from game.model.span import Span
from game.words import plural

CURLY = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
INDICATORS = {
    "*": "an alias (a reference to an '&' anchor)",
    "&": "an anchor (a name for reuse)",
    "[": "a list",
    "{": "a mapping",
    "!": "a tag",
    "%": "a directive",
    "|": "a block of text that starts on the next line",
    ">": "a block of text that starts on the next line",
}
RESERVED = "@`"

_LEAD = re.compile(r" *(?:- +)*")
_KEY = re.compile(r"([^\s:#][^:#]*?):( +|$)")


def plain(code: Code, span: Span, **values: object) -> Diagnostic:
    """`code` at `span` with its message and its hint both filled from `values`."""
    return code.at(span, code.hint.format(**values), **values)


@dataclass(frozen=True)
class Explained:
    """One syntax error for people, and the text repaired so reading can go on (None: stop)."""

    diagnostic: Diagnostic
    repaired: str | None


def explain(exc: yaml.YAMLError, text: str, name: str) -> Explained:
    """The plain-words diagnostic for `exc`, with a repaired text when the fix is clear."""
    lines = text.split("\n")
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None) or ""
    mark = getattr(exc, "problem_mark", None)
    at = (mark.line, mark.column) if mark is not None else (0, 0)
    before = getattr(exc, "context_mark", None)
    ctx = (before.line, before.column) if before is not None else at
    for rule in _RULES:
        found = rule(_Error(lines, name, problem, context, at, ctx))
        if found is not None:
            return found
    return _generic(_Error(lines, name, problem, context, at, ctx))


@dataclass(frozen=True)
class _Error:
    lines: list[str]
    name: str
    problem: str
    context: str
    at: tuple[int, int]  # 0-based line, column of the problem
    ctx: tuple[int, int]  # 0-based line, column of the context (where the parser started)

    def line(self, index: int) -> str:
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def span(self, index: int, column: int, width: int = 0) -> Span:
        return Span(self.name, index + 1, 1).shifted(column, width)

    def replaced(self, index: int, line: str) -> str:
        lines = list(self.lines)
        lines[index] = line
        return "\n".join(lines)


def _missing_colon(e: _Error) -> Explained | None:
    if "could not find expected ':'" not in e.problem or "simple key" not in e.context:
        return None
    index, column = e.ctx
    line = e.line(index)
    rest = line[column:]
    glued = re.match(r"([\w-]+):(\S.*)", rest)
    if glued:
        key, value = glued.groups()
        where = column + len(key) + 1
        found = plain(codes.NO_SPACE_AFTER_COLON, e.span(index, where), key=key, value=value)
        return Explained(found, e.replaced(index, line[:where] + " " + line[where:]))
    bare = re.match(r"([\w-]+)(?=\s|$)", rest)
    if not bare:
        return None
    key = bare.group(1)
    where = column + len(key)
    found = plain(codes.MISSING_COLON, e.span(index, where), key=key)
    return Explained(found, e.replaced(index, line[:where] + ":" + line[where:]))


def _mapping_value(e: _Error) -> Explained | None:
    if "mapping values are not allowed" not in e.problem:
        return None
    index, column = e.at
    line = e.line(index)
    indent = len(_LEAD.match(line).group())  # type: ignore[union-attr]
    key = _KEY.match(line, indent)
    if key and key.end(1) == column:
        return _indented(e, index, indent, key.group(1))
    start = key.end() if key else indent
    fixed = _quoted(line, start)
    if start < len(line) and line[start] in CURLY:
        found = plain(codes.CURLY_QUOTES, e.span(index, start, 1))
        return Explained(found, e.replaced(index, fixed))
    found = plain(
        codes.COLON_IN_TEXT, e.span(index, column, 1), quoted=fixed.strip().removeprefix("- ")
    )
    return Explained(found, e.replaced(index, fixed))


def _indented(e: _Error, index: int, indent: int, key: str) -> Explained | None:
    above = _content_above(e.lines, index)
    if above is None:
        return None
    above_line = e.line(above)
    above_indent = len(_LEAD.match(above_line).group())  # type: ignore[union-attr]
    extra = indent - above_indent
    if extra <= 0:
        return None
    above_key = _KEY.match(above_line, above_indent)
    found = plain(
        codes.INDENTED_TOO_FAR,
        e.span(index, above_indent, extra),
        extra=plural(extra, "space"),
        key=key,
        above=above_key.group(1) if above_key else above_line.strip(),
        line=above + 1,
    )
    line = e.line(index)
    return Explained(found, e.replaced(index, line[:above_indent] + line[indent:]))


def _unclosed(e: _Error) -> Explained | None:
    if "while parsing a flow" not in e.context or "expected ',' or" not in e.problem:
        return None
    index, column = e.ctx
    line = e.line(index)
    opening = line[column] if column < len(line) else ""
    if opening not in "[{" or not opening:
        return None
    closing, what = ("]", "list") if opening == "[" else ("}", "mapping")
    span = e.span(index, column, 1)
    found = plain(codes.UNCLOSED_FLOW, span, what=what, opening=opening, closing=closing)
    return Explained(found, e.replaced(index, line.rstrip() + closing))


def _tab_indent(e: _Error) -> Explained | None:
    for index, column in (e.at, e.ctx):
        line = e.line(index)
        if "\t" in line[: column + 1] and not line[:column].strip(" \t"):
            return _tab(e, index, line.index("\t"))
    return None


def _bad_start(e: _Error) -> Explained | None:
    for index, _ in (e.at, e.ctx):
        line = e.line(index)
        start = _value_start(line)
        if start is None or start >= len(line):
            continue
        first, fixed = line[start], _quoted(line, start)
        span = e.span(index, start, 1)
        if first in RESERVED:
            found = plain(
                codes.RESERVED_START, span, char=first, quoted=fixed.strip().removeprefix("- ")
            )
        elif first in INDICATORS and first not in "|>" and _text_after_flow(line, start):
            meaning = INDICATORS[first]
            found = plain(
                codes.INDICATOR_START,
                span,
                char=first,
                meaning=meaning,
                quoted=fixed.strip().removeprefix("- "),
            )
        else:
            continue
        return Explained(found, e.replaced(index, fixed))
    return None


def _tab(e: _Error, index: int, column: int) -> Explained:
    line = e.line(index)
    above = _content_above(e.lines, index)
    above_line = e.line(above) if above is not None else ""
    width = len(_LEAD.match(above_line).group())  # type: ignore[union-attr]
    if above_line.rstrip().endswith(":"):
        width = len(above_line) - len(above_line.lstrip()) + 2
    found = plain(codes.TAB_INDENT, e.span(index, column))
    return Explained(found, e.replaced(index, " " * width + line.lstrip(" \t")))


def _generic(e: _Error) -> Explained:
    index, column = e.at
    shown = e.problem + (f" ({e.context})" if e.context else "")
    hint = ""
    if "expected a single document" in e.problem:
        hint = "a scenario file holds one document; remove the extra '---'"
    found = codes.YAML_SYNTAX.at(e.span(index, column), hint, problem=shown)
    return Explained(found, None)


def _value_start(line: str) -> int | None:
    """Where the value of a `key: value` or `- value` line starts, or None."""
    lead = len(_LEAD.match(line).group())  # type: ignore[union-attr]
    key = _KEY.match(line, lead)
    if key:
        return key.end()
    return lead if line[:lead].strip() == "-" or "- " in line[:lead] else None


def _text_after_flow(line: str, start: int) -> bool:
    """False for a list or mapping merely left open; True for '[sighs] ok' and other indicators."""
    closing = {"[": "]", "{": "}"}.get(line[start])
    if closing is None:
        return True
    end = line.find(closing, start)
    rest = line[end + 1 :].strip() if end >= 0 else ""
    return bool(rest) and not rest.startswith("#")


def _content_above(lines: list[str], index: int) -> int | None:
    for above in range(index - 1, -1, -1):
        stripped = lines[above].strip()
        if stripped and not stripped.startswith("#"):
            return above
    return None


def _quoted(line: str, start: int) -> str:
    """`line` with its value from `start` in double quotes (curly quotes taken off)."""
    value = line[start:].rstrip()
    if len(value) > 1 and value[0] in CURLY and value[-1] in CURLY:
        value = value[1:-1]
    return line[:start] + json.dumps(value, ensure_ascii=False)


_RULES = (_tab_indent, _unclosed, _missing_colon, _mapping_value, _bad_start)
