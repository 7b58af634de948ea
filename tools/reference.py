"""The key reference of docs/writing-scenarios.md, generated from game/model/format.py.

`reference_markdown()` is the text between the GENERATED markers of the guide;
`replace_reference(guide)` swaps it in. tools/regenerate.py writes it, and a
test fails when the guide's copy is out of date.
"""

from __future__ import annotations

from game.io.glossary import builtin_glossary
from game.io.schema import meaning
from game.model import format as fmt
from game.model.format import Field

BEGIN = (
    "<!-- GENERATED: key reference from game/model/format.py; run python tools/regenerate.py -->"
)
END = "<!-- END GENERATED -->"

SECTIONS = [
    ("Top level", fmt.TOP),
    ("`customer`", fmt.CUSTOMER),
    ("`look` (inside `customer`)", fmt.LOOK),
    ("`trust`", fmt.TRUST),
    ("A node (under `nodes`)", fmt.NODE),
    ("A choice (under a node's `choices`)", fmt.CHOICE),
    ("A branch (in a `goto` list)", fmt.BRANCH),
    ("An ending (under `endings`)", fmt.ENDING),
    ("A principle of your own (under `principles`)", fmt.PRINCIPLE),
]

KINDS = {
    "str": "text",
    "bool": "`true` or `false`",
    "colour": 'colour in quotes, `"#rrggbb"`',
    "slug": "lowercase letters, digits and `-`",
    "id": "id",
    "ref": "a node or ending id",
    "flags": "list of flag names, `[a, b]`",
    "strings": "list of words, `[a, b]`",
    "cond": "condition",
    "goto": "an id, or a list of branches",
    "outcome": "`stay` or `leave`",
    "pin": "`first` or `last`",
    "mood": ", ".join(f"`{m}`" for m in fmt.MOODS),
    "channel": ", ".join(f"`{c}`" for c in fmt.CHANNELS),
    "setting": ", ".join(f"`{c}`" for c in fmt.SETTINGS),
    **{kind: ", ".join(f"`{w}`" for w in words) for kind, words in fmt.LOOK_WORDS.items()},
    "customer": "mapping (below)",
    "look": "mapping (below)",
    "trust": "mapping (below)",
    "nodes": "mapping: node id → node",
    "endings": "mapping: ending id → ending",
    "principles": "mapping: principle id → principle",
    "choices": "list of choices",
}


def reference_markdown() -> str:
    parts = []
    for title, table in SECTIONS:
        parts.append(f"#### {title}\n")
        parts.append("| key | required | value | default | meaning |")
        parts.append("| --- | --- | --- | --- | --- |")
        parts.extend(_row(item) for item in table)
        parts.append("")
    parts += _principles()
    return "\n".join(parts).rstrip() + "\n"


def _principles() -> list[str]:
    rows = ["#### Built-in principles\n", "| id | kind | what it means |", "| --- | --- | --- |"]
    for pid, principle in builtin_glossary().items():
        kind = "recovery move" if principle.good else "loses customers"
        rows.append(f"| `{pid}` | {kind} | {principle.summary} |")
    return rows


def replace_reference(guide: str) -> str:
    """The guide with its generated section brought up to date."""
    if BEGIN not in guide or END not in guide:
        raise ValueError("the guide has no GENERATED markers")
    head, rest = guide.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{reference_markdown()}\n{END}{tail}"


def _row(item: Field) -> str:
    required = "yes" if item.required else ""
    text = meaning(item).replace("|", "\\|")
    return f"| `{item.key}` | {required} | {_value(item)} | {_default(item)} | {text} |"


def _value(item: Field) -> str:
    if item in (fmt.field(fmt.TOP, "walkout"), fmt.field(fmt.TOP, "start")):
        return "an ending id (outcome `leave`)" if item.key == "walkout" else "a node id"
    if item.kind == "int":
        low, high = item.minimum, item.maximum
        if low is not None and low == high:
            return f"the number {low}"
        if low is not None and high is not None:
            return f"whole number, {low} to {high}"
        return "whole number" + (f", at least {low}" if low is not None else "")
    if item.kind == "choices":
        return f"list of {item.minimum} to {item.maximum} choices"
    return KINDS[item.kind]


def _default(item: Field) -> str:
    if item.key == "tells" and item.default is None:
        return " / ".join(f"{n} ({outcome})" for outcome, n in fmt.DEFAULT_TELLS.items())
    if item.default in (None, ""):
        return ""
    if item.default == ():
        return "none"
    return f"`{item.default}`"
