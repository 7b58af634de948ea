"""Text that a ' #' silently cut short: YAML reads the rest of the line as a comment.

`say: We are the #1 florist` is read as "We are the". A comment after a
one-word value (`goto: remedy # fix it`) or after two spaces (`title: Late  # note`)
is normal, so we warn only at a single space before the '#' when the value is
prose (it has a space) or the '#' is glued to what follows ('#1').
"""

from __future__ import annotations

import json
import re

from game.io import codes
from game.io.diagnostics import Diagnostic
from game.io.yaml_explain import plain
from game.io.yaml_tree import YMap, YNode, YScalar, YSeq
from game.model.span import Span

_COMMENT = re.compile(r" #(.?)")


def comment_warnings(root: YNode | None, text: str, name: str) -> list[Diagnostic]:
    """A warning at each '#' that cut a line of text short."""
    lines = text.split("\n")
    suspects = {n for n, line in enumerate(lines) if " #" in line}
    if not suspects:
        return []
    scalars = (s for s in _plain_scalars(root) if s.end_line in suspects)
    return [d for scalar in scalars if (d := _cut(scalar, lines, name))]


def _plain_scalars(node: YNode | None) -> list[YScalar]:
    found: list[YScalar] = []
    stack = [node] if node is not None else []
    while stack:
        item = stack.pop()
        if isinstance(item, YMap):
            stack.extend(value for _, value in item.entries)
        elif isinstance(item, YSeq):
            stack.extend(item.items)
        elif isinstance(item, YScalar) and not item.style and isinstance(item.value, str):
            found.append(item)
    return found


def _cut(scalar: YScalar, lines: list[str], name: str) -> Diagnostic | None:
    if scalar.end_line >= len(lines):
        return None
    comment = _COMMENT.match(lines[scalar.end_line], scalar.end_column)
    if comment is None:
        return None
    glued = comment.group(1) not in ("", " ", "#")
    if not (glued or " " in str(scalar.value).strip()):
        return None
    line = lines[scalar.end_line]
    column = comment.end() - len(comment.group(1)) - 1
    quoted = json.dumps(f"{scalar.value}{line[comment.start() :].rstrip()}", ensure_ascii=False)
    key = line[: scalar.column].strip()
    span = Span(name, scalar.end_line + 1, 1).shifted(column, 1)
    return plain(codes.COMMENT_IN_TEXT, span, quoted=f"{key} {quoted}".strip())
