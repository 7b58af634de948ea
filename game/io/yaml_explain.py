"""A YAML syntax error explained in plain words, on the line where the fix goes.

The parser often notices a mistake a line late (a missing colon is found on
the next line) and words it for programmers. `explain` looks at the lines the
parser names, says what is wrong the way a trainer would fix it, and returns
a repaired copy of the text (or None) so the rest of the file can still be read.
"""

from __future__ import annotations

import json
import re

import yaml

from game.io import codes
from game.io.yaml_indent import misaligned, tab_indent
from game.io.yaml_lines import KEY, LEAD, ErrorAt, Explained, content_above, lead, plain

__all__ = ["Explained", "explain", "plain"]

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
# a '#' word right after ': ', ', ' or a bracket, which YAML reads as the start of a comment
_HASHED = re.compile(r"(?:(?<=: )|(?<=, )|(?<=[\[{]))(#[^\s,\]}]*)")


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
        found = rule(ErrorAt(lines, name, problem, context, at, ctx))
        if found is not None:
            return found
    return _generic(ErrorAt(lines, name, problem, context, at, ctx))


def _missing_colon(e: ErrorAt) -> Explained | None:
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


def _bare_above(e: ErrorAt) -> Explained | None:
    """The parser trips on a line because the line above has no colon: 'name Maria', 'format:1'."""
    above = content_above(e.lines, e.at[0])
    if above is None:
        return None
    line = e.line(above)
    start = lead(line)
    rest = re.sub(r"\s+#.*$", "", line[start:])
    if KEY.match(line, start) or rest.endswith(":"):
        return None
    glued = re.fullmatch(r"([\w-]+):(\S.*)", rest)
    if glued:
        key, value = glued.groups()
        where = start + len(key) + 1
        found = plain(codes.NO_SPACE_AFTER_COLON, e.span(above, where), key=key, value=value)
        return Explained(found, e.replaced(above, line[:where] + " " + line[where:]))
    bare = re.fullmatch(r"([\w-]+)(\s+\S.*)?", rest)
    if bare is None or (bare.group(2) is None and "-" in line[:start]):
        return None  # '- apologized' is a list item, not a key
    where = start + len(bare.group(1))
    found = plain(codes.MISSING_COLON, e.span(above, where), key=bare.group(1))
    return Explained(found, e.replaced(above, line[:where] + ":" + line[where:]))


def _mapping_value(e: ErrorAt) -> Explained | None:
    if "mapping values are not allowed" not in e.problem:
        return None
    index, column = e.at
    line = e.line(index)
    indent = len(LEAD.match(line).group())  # type: ignore[union-attr]
    key = KEY.match(line, indent)
    start = key.end() if key else indent
    fixed = _quoted(line, start)
    if start < len(line) and line[start] in CURLY:
        found = plain(codes.CURLY_QUOTES, e.span(index, start, 1))
        return Explained(found, e.replaced(index, fixed))
    found = plain(
        codes.COLON_IN_TEXT, e.span(index, column, 1), quoted=fixed.strip().removeprefix("- ")
    )
    return Explained(found, e.replaced(index, fixed))


def _unclosed(e: ErrorAt) -> Explained | None:
    if "while parsing a flow" not in e.context or "expected ',' or" not in e.problem:
        return None
    index, column = e.ctx
    line = e.line(index)
    opening = line[column] if column < len(line) else ""
    if opening not in "[{" or not opening:
        return None
    closing, what = ("]", "list") if opening == "[" else ("}", "mapping")
    comment = line.find(" #", column)
    if comment >= 0:
        quoted = _HASHED.sub(r'"\1"', line[column:])
        first = re.search(r'"#[^"]*"', quoted)
        shown = first.group() if first else quoted
        span = e.span(index, comment + 1, 1)
        found = plain(codes.COMMENT_CUTS_FLOW, span, what=what, opening=opening, quoted=shown)
        return Explained(found, e.replaced(index, line[:column] + quoted))
    span = e.span(index, column, 1)
    found = plain(codes.UNCLOSED_FLOW, span, what=what, opening=opening, closing=closing)
    return Explained(found, e.replaced(index, line.rstrip() + closing))


def _bad_start(e: ErrorAt) -> Explained | None:
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


def _generic(e: ErrorAt) -> Explained:
    index, column = e.at
    shown = e.problem + (f" ({e.context})" if e.context else "")
    hint = ""
    if "expected a single document" in e.problem:
        hint = "a scenario file holds one document; remove the extra '---'"
    found = codes.YAML_SYNTAX.at(e.span(index, column), hint, problem=shown)
    return Explained(found, None)


def _value_start(line: str) -> int | None:
    """Where the value of a `key: value` or `- value` line starts, or None."""
    lead = len(LEAD.match(line).group())  # type: ignore[union-attr]
    key = KEY.match(line, lead)
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


def _quoted(line: str, start: int) -> str:
    """`line` with its value from `start` in double quotes (curly quotes taken off)."""
    value = line[start:].rstrip()
    if len(value) > 1 and value[0] in CURLY and value[-1] in CURLY:
        value = value[1:-1]
    return line[:start] + json.dumps(value, ensure_ascii=False)


_RULES = (
    tab_indent,
    _unclosed,
    _missing_colon,
    _bare_above,
    misaligned,
    _mapping_value,
    _bad_start,
)
