"""Indentation mistakes in plain words: which line is out of line, by how many spaces, and tabs.

YAML reads structure from indentation, so one space too many or too few
makes the parser fail on a neighboring line. These rules name the line that
is out of line with its siblings and repair the text so reading can go on.
"""

from __future__ import annotations

import yaml

from game.io import codes
from game.io.diagnostics import Diagnostic
from game.io.yaml_lines import (
    KEY,
    ErrorAt,
    Explained,
    content_above,
    content_below,
    lead,
    plain,
    spaces,
)
from game.words import plural

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def tab_indent(e: ErrorAt) -> Explained | None:
    """A tab in the indentation of the line the parser names (or of its context line)."""
    for index, column in (e.at, e.ctx):
        line = e.line(index)
        if "\t" in line[: column + 1] and not line[:column].strip(" \t"):
            return _tab(e, index, line.index("\t"))
    return None


def _tab(e: ErrorAt, index: int, column: int) -> Explained:
    line = e.line(index)
    body = line.lstrip(" \t")
    found = plain(codes.TAB_INDENT, e.span(index, column))
    return Explained(found, "\n".join(_likely_lines(e, index, body)))


def _likely_lines(e: ErrorAt, index: int, body: str) -> list[str]:
    """The text with the tabbed line indented where it most likely belongs."""
    moved = list(e.lines)
    moved[index] = " " * _likely_indent(e.lines, index, body) + body
    return moved


def _likely_indent(lines: list[str], index: int, body: str) -> int:
    """Above its children, beside the list's other items, or under or beside the line above."""
    below = content_below(lines, index)
    if body.rstrip().endswith(":") and below is not None and "\t" not in lines[below]:
        return max(0, spaces(lines[below]) - 2)
    above = content_above(lines, index)
    above_line = lines[above] if above is not None else ""
    if body.startswith("- ") and above is not None:
        items = (n for n in range(above, -1, -1) if lines[n].lstrip(" ").startswith("- "))
        item = next((n for n in items if spaces(lines[n]) <= spaces(above_line)), None)
        if item is not None:
            return spaces(lines[item])
    if above_line.rstrip().endswith(":"):
        return spaces(above_line) + 2
    return lead(above_line)


def misaligned(e: ErrorAt) -> Explained | None:
    """A line out of line with its siblings: found by trying small shifts of the lines nearby.

    Each candidate moves one line (alone, or with the lines under it) one or
    two spaces; the winner reads furthest past the error, then fits the
    file's indentation step, then moves one line rather than a block, then
    lines up with the line above, then moves least. It is reported where it moves.
    """
    if not _about_indentation(e):
        return None
    index = e.at[0]
    above = content_above(e.lines, index)
    parent = _parent(e.lines, index)
    first = content_below(e.lines, parent) if parent is not None else None
    lines = dict.fromkeys(n for n in (above, first, index) if n is not None and n <= index)
    step, baseline = _step(e.lines), _first_error(e.lines)
    best: tuple[tuple[int, bool, bool, bool, int], int, int, list[str]] | None = None
    for number in lines:
        for shift in (-1, 1, -2, 2):
            for whole in (False, True):
                moved = _shifted(e.lines, number, shift, whole)
                if moved is None:
                    continue
                reach = _first_error(moved)
                if reach <= baseline:
                    continue
                beside = _aligned(moved, number)
                score = (reach, _fits(moved, number, step), not whole, beside, -abs(shift))
                if best is None or score > best[0]:
                    best = (score, number, shift, moved)
    if best is None:
        return None
    _, number, shift, moved = best
    return Explained(_report(e, number, shift), "\n".join(moved))


def _about_indentation(e: ErrorAt) -> bool:
    if "while parsing a block" in e.context and "did not find expected" in e.problem:
        return True
    if "mapping values are not allowed" not in e.problem:
        return False
    index, column = e.at
    line = e.line(index)
    key = KEY.match(line, lead(line))
    return key is not None and key.end(1) == column  # the line's own key colon, not its text


def _shifted(lines: list[str], number: int, shift: int, whole: bool) -> list[str] | None:
    """`lines` with line `number` (and, if `whole`, the lines under it) moved `shift` spaces."""
    indent = spaces(lines[number])
    if indent + shift < 0:
        return None
    moved = list(lines)
    end = number + 1
    while whole and end < len(lines) and (not lines[end].strip() or spaces(lines[end]) > indent):
        end += 1
    for row in range(number, end):
        if shift < 0 and lines[row].strip():
            moved[row] = lines[row][-shift:] if spaces(lines[row]) >= -shift else lines[row]
        elif lines[row].strip():
            moved[row] = " " * shift + lines[row]
    return moved


def _fits(lines: list[str], number: int, step: int) -> bool:
    """The moved line sits one step under its parent, or beside the key after a parent's dash."""
    parent, column = _parent(lines, number), spaces(lines[number])
    below = content_below(lines, number)
    if (
        lines[number].rstrip().endswith(":")
        and below is not None
        and spaces(lines[below]) <= column
    ):
        return False  # a key that opens a block must stay above its children
    if parent is None:
        return column == 0
    return column in (spaces(lines[parent]) + step, lead(lines[parent]))


def _aligned(lines: list[str], number: int) -> bool:
    """The moved line starts where the line above starts its key (a sibling, lined up)."""
    above = content_above(lines, number)
    return above is not None and spaces(lines[number]) in (spaces(lines[above]), lead(lines[above]))


def _parent(lines: list[str], index: int) -> int | None:
    """The nearest line above `index` indented less than it: the mapping or item it belongs to."""
    indent = spaces(lines[index]) if index < len(lines) else 0
    for above in range(index - 1, -1, -1):
        stripped = lines[above].strip()
        if stripped and not stripped.startswith("#") and spaces(lines[above]) < indent:
            return above
    return None


def _first_error(lines: list[str]) -> int:
    """The 0-based line of the first syntax error in `lines`, or len(lines) when they parse."""
    try:
        for _ in yaml.parse("\n".join(lines), Loader=_LOADER):
            pass
    except yaml.MarkedYAMLError as exc:
        return exc.problem_mark.line if exc.problem_mark is not None else 0
    except yaml.YAMLError:
        return 0
    return len(lines)


def _report(e: ErrorAt, number: int, shift: int) -> Diagnostic:
    line = e.line(number)
    indent, extra = spaces(line), plural(abs(shift), "space")
    target = indent + shift
    other = _beside(e.lines, number, target)
    values = {
        "extra": extra,
        "key": _key_of(line),
        "other": _key_of(e.line(other)),
        "line": other + 1,
    }
    side = "above" if other < number else "below"
    if shift < 0:
        span = e.span(number, target, -shift)
        return plain(codes.INDENTED_TOO_FAR, span, side=side, **values)
    return plain(codes.INDENTED_TOO_LITTLE, e.span(number, indent), side=side, **values)


def _beside(lines: list[str], number: int, column: int) -> int:
    """A line near `number` whose key starts at `column` (above first), else the line above."""
    rows: list[int] = [*range(number - 1, -1, -1), *range(number + 1, len(lines))]
    for row in rows:
        text = lines[row].strip()
        if text and not text.startswith("#") and column in (spaces(lines[row]), lead(lines[row])):
            return row
    above = content_above(lines, number)
    return above if above is not None else number


def _step(lines: list[str]) -> int:
    """The file's indentation step: the indentation of its first indented line (usually 2)."""
    return next((spaces(line) for line in lines if spaces(line) and line.strip()), 2)


def _key_of(line: str) -> str:
    key = KEY.match(line, lead(line))
    return key.group(1) if key else line.strip()
