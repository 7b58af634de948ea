"""The JSON Schema (draft 2020-12) of the scenario format, generated from game.model.format.

Editors with the YAML language server (VS Code's YAML extension by Red Hat)
read it to complete keys, show each key's description on hover and underline
mistakes as the trainer types. Nothing here restates the format: every key,
type, range and default comes from the tables in game.model.format, and the
built-in principle ids from game/data/principles.yaml.

The schema is deliberately never stricter than the loader: a file the game
accepts must pass. So text keys take any scalar (the loader reads a scalar by
its text, so `say: 42` is fine), a single word counts as a list of one, and
`good` also takes YAML 1.1's yes/no. Rules JSON Schema cannot state (targets
that must exist, leave_at below start, the last goto branch without `if`,
flags that must be set somewhere) are left to `make-it-right validate`.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from game import DATA_DIR
from game.io.glossary import builtin_glossary
from game.model import format as fmt
from game.model.format import Field

DRAFT = "https://json-schema.org/draft/2020-12/schema"
FILE_NAME = "scenario.schema.json"
PACKAGE_SCHEMA = DATA_DIR / FILE_NAME

# Text and ids are any scalar except null: a bare number or true/false is read by its text
# (`say: 42`, `goto: 2`). They say so with `not`, never with "type": [..., "boolean"]:
# editors offer `true` and `false` for any schema whose type lists boolean, and an id
# or a line of text is never meant to be a boolean.
NOT_SCALAR = ["object", "array", "null"]
# YAML 1.1 booleans: the loader reads `good: yes` as true; YAML 1.2 editors see text.
YAML11_BOOLS = [
    w for b in ("yes", "no", "on", "off", "true", "false") for w in (b, b.title(), b.upper())
]

# What each nested mapping is, shown on hover over the key that holds it.
TABLE_TEXT = {
    "customer": "Who the player is talking to: name (required), role and look.",
    "look": 'How the customer looks: colours in quotes like "#3a6ea5", age, build, hair, '
    "clothes and glasses (all optional).",
    "trust": "The trust meter: where it starts and where the customer walks out.",
    "principle": "A principle defined in this file: name, summary, good, explanation.",
    "node": "A moment in the conversation: someone speaks (say) and the player answers (choices).",
    "choice": "Something the player can say or do, and what it does to trust, flags and the story.",
    "branch": "One arm of a goto list: go to `to` if `if` holds. The last arm has no `if`.",
    "ending": "How a round closes: the customer stays or leaves, and tells people about it.",
}
# Who owns a key, for the hover heading: "trust (choice)" is not "trust (top level)".
OWNERS = {
    "scenario": "top level",
    "customer": "customer",
    "look": "customer look",
    "trust": "trust meter",
    "principle": "principle",
    "node": "node",
    "choice": "choice",
    "branch": "goto branch",
    "ending": "ending",
}

# How to write a value of each kind, added to the hover text of every key of that kind.
KIND_TEXT = {
    "cond": "A condition such as `trust >= 50 and apologized`: flag names, trust < <= > >= == != a "
    "number, joined with and, or, not and parentheses.",
    "goto": "Either one id (`goto: remedy`) or a list of branches `- if: trust >= 80` / "
    "`to: loyal`, the last one without `if`.",
    "flags": "Lowercase words and dashes, such as [apologized, offered-refund].",
    "ref": "Ids are letters, digits, '-' and '_'.",
}
COLLECTION_TEXT = {
    "nodes": "The conversation: node id -> node. Node and ending ids share one namespace.",
    "endings": "How rounds end: ending id -> ending. At least one stay and one leave.",
    "principles": "Extra principles for this file: id -> {name, summary, good, explanation}.",
    "choices": f"What the player can answer here: 1 to {fmt.MAX_CHOICES} choices, in the order shown.",
}


def build_schema() -> dict[str, object]:
    """The whole schema as a JSON-ready dict."""
    top = _table(fmt.TOP, "A Make It Right scenario file (format 1).", "scenario")
    defs = {
        name: _table(table, TABLE_TEXT[name], name)
        for name, table in fmt.TABLES.items()
        if table is not fmt.TOP
    }
    return {
        "$schema": DRAFT,
        "title": "Make It Right scenario",
        **top,
        "$defs": defs,
    }


def schema_text() -> str:
    """The schema exactly as `make-it-right schema` prints it and the repo stores it."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=True) + "\n"


def _table(table: tuple[Field, ...], description: str, name: str) -> dict[str, object]:
    return {
        "type": "object",
        "description": description,
        "properties": {f.key: _property(f, OWNERS[name]) for f in table},
        "required": [f.key for f in table if f.required],
        "additionalProperties": False,
    }


def _property(item: Field, owner: str) -> dict[str, object]:
    schema = {"title": f"{item.key} ({owner})", **_kind(item)}
    schema["description"] = _describe(item)
    if item.default not in (None, "", ()):
        schema["default"] = item.default
    return schema


def meaning(item: Field) -> str:
    """What a key is for, from its field's description or, for mappings, from what they hold."""
    return item.description or TABLE_TEXT.get(item.kind) or COLLECTION_TEXT.get(item.kind, "")


def _describe(item: Field) -> str:
    """The hover text: what the key means, then its range, default, or that it is required."""
    text = meaning(item)
    sentences = [text[:1].upper() + text[1:].rstrip(".") + "."]
    if item.kind in KIND_TEXT:
        sentences.append(KIND_TEXT[item.kind])
    low, high = item.minimum, item.maximum
    if item.kind == "int" and low is not None and high is not None and low != high:
        sentences.append(f"A whole number from {low} to {high}.")
    elif item.kind == "int" and low is not None and high is None:
        sentences.append(f"A whole number, at least {low}.")
    if item.required:
        sentences.append("Required.")
    elif item.default not in (None, "", ()):
        sentences.append(f"Default {json.dumps(item.default)}.")
    elif item.key == "tells":
        told = ", ".join(f"{n} for {outcome}" for outcome, n in fmt.DEFAULT_TELLS.items())
        sentences.append(f"If left out: {told}.")
    return " ".join(sentences)


def _kind(item: Field) -> dict[str, object]:
    kind = item.kind
    if kind == "int":
        bounds = {"minimum": item.minimum, "maximum": item.maximum}
        if item.minimum is not None and item.minimum == item.maximum:
            return {"const": item.minimum}
        return {"type": "integer", **{k: v for k, v in bounds.items() if v is not None}}
    if kind == "strings" and item.key in ("principles", "mistimed"):
        return _one_or_list(_principle_id())
    if kind in _SIMPLE:
        return _SIMPLE[kind]()
    if kind in fmt.TABLES:
        return {"$ref": f"#/$defs/{kind}"}
    return _COLLECTIONS[kind](item)


def _scalar(*also_not: str) -> dict[str, object]:
    """Any scalar but null (and but `also_not`), without listing boolean as a type."""
    return {"not": {"type": [*NOT_SCALAR, *also_not]}}


def _text() -> dict[str, object]:
    return _scalar()


def _id(pattern: str) -> dict[str, object]:
    """An id: text matching `pattern`, or a whole number at least 0 (read as its text)."""
    return {**_scalar(), "pattern": pattern, "minimum": 0, "multipleOf": 1}


# Alternatives are written as one schema with several types, not as anyOf: JSON Schema
# applies `pattern` only to text, `minimum` only to numbers and `items` only to lists,
# and editors then head their hover with the key's own title instead of "a || b".


def _one_or_list(
    entry: dict[str, object], rules: dict[str, object] | None = None, *also_not: str
) -> dict[str, object]:
    """The loader takes a single word as a list of one: `set: angry` == `set: [angry]`."""
    return {"not": {"type": ["object", "null", *also_not]}, **(rules or {}), "items": entry}


def _principle_id() -> dict[str, object]:
    glossary = builtin_glossary()
    described = [f"{'good' if p.good else 'bad'}: {p.summary}" for p in glossary.values()]
    builtin = {"enum": list(glossary), "enumDescriptions": described}
    return {"anyOf": [builtin, _text()]}


def _goto() -> dict[str, object]:
    return {
        **_id(fmt.anchored(fmt.ID)),
        "not": {"type": ["object", "null"]},
        "minItems": 1,
        "items": {"$ref": "#/$defs/branch"},
    }


def _flags() -> dict[str, object]:
    pattern: dict[str, object] = {"pattern": fmt.anchored(fmt.FLAG)}
    return _one_or_list({**_scalar("number"), **pattern}, pattern, "number")


Schema = dict[str, object]


def _enum_of(words: tuple[str, ...]) -> Callable[[], Schema]:
    """A value that must be one of `words` (the look's age, build, clothing...)."""
    return lambda: {"enum": list(words)}


_SIMPLE: dict[str, Callable[[], Schema]] = {
    "str": _text,
    "bool": lambda: {"type": ["boolean", "string"], "pattern": f"^(?:{'|'.join(YAML11_BOOLS)})$"},
    "colour": lambda: {"type": "string", "pattern": fmt.anchored(fmt.COLOUR)},
    "slug": lambda: _id(fmt.anchored(fmt.SLUG)),
    "id": lambda: _id(fmt.anchored(fmt.ID)),
    "ref": lambda: _id(fmt.anchored(fmt.ID)),
    "cond": lambda: {"type": "string"},
    "outcome": lambda: {
        "enum": list(fmt.OUTCOMES),
        "enumDescriptions": ["the customer stays", "the customer leaves"],
    },
    "flags": _flags,
    "strings": lambda: _one_or_list(_text()),
    "goto": _goto,
    "pin": lambda: {
        "enum": list(fmt.PINS),
        "enumDescriptions": ["always shown first", "always shown last"],
    },
    "mood": lambda: {"enum": list(fmt.MOODS)},
    "channel": lambda: {"enum": list(fmt.CHANNELS)},
    "setting": lambda: {"enum": list(fmt.SETTINGS)},
    **{kind: _enum_of(words) for kind, words in fmt.LOOK_WORDS.items()},
}


def _mapping_of(table: str) -> Callable[[Field], Schema]:
    def build(item: Field) -> dict[str, object]:
        schema: dict[str, object] = {
            "type": "object",
            "propertyNames": {"pattern": fmt.anchored(fmt.ID)},
            "additionalProperties": {"$ref": f"#/$defs/{table}"},
        }
        if item.minimum:
            schema["minProperties"] = item.minimum
        return schema

    return build


def _choices(item: Field) -> dict[str, object]:
    schema: dict[str, object] = {"type": "array", "items": {"$ref": "#/$defs/choice"}}
    schema.update({"minItems": item.minimum, "maxItems": item.maximum})
    return schema


_COLLECTIONS: dict[str, Callable[[Field], Schema]] = {
    "nodes": _mapping_of("node"),
    "endings": _mapping_of("ending"),
    "principles": lambda item: {
        "type": "object",
        "additionalProperties": {"$ref": "#/$defs/principle"},
    },
    "choices": _choices,
}
