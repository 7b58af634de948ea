"""The scenario file format, version 1, as data: every key, its type and its range.

One source of truth: the loader checks files against these tables, the JSON
Schema is generated from them, and the docs describe them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT_VERSION = 1
# Patterns a whole value must match: test with `matches` (re.fullmatch), never
# re.match with '$', which lets a trailing newline through ("missing-penne\n").
SLUG = r"[a-z0-9][a-z0-9-]*"
ID = r"[A-Za-z0-9][A-Za-z0-9_-]*"
FLAG = r"[a-z][a-z0-9-]*"
COLOUR = r"#[0-9a-fA-F]{6}"
OUTCOMES = ("stay", "leave")
PINS = ("first", "last")
# How the customer feels as they say a node's line: the face shows it, whatever trust says.
MOODS = ("furious", "upset", "sarcastic", "wary", "neutral", "relieved", "delighted")
# Where the conversation happens: the play screen says so ("Phone call", "Live chat").
CHANNELS = ("counter", "phone", "chat", "email", "review", "video")
# The place the player works in, drawn behind the customer: a cafe counter, a hotel desk.
SETTINGS = ("cafe", "restaurant", "shop", "front-desk", "office", "call-center", "outdoors")
# A scenario that names no setting is placed by its channel.
SETTING_FOR_CHANNEL = {
    "counter": "front-desk",
    "phone": "call-center",
    "chat": "office",
    "email": "office",
    "review": "office",
    "video": "office",
}
MAX_CHOICES = 7
# Who the customer is, for the illustrated portrait (docs/art.md): each optional `look` word
# key and the words it takes; the first word is the default for files written before them.
AGES = ("adult", "young", "middle-aged", "senior")
BUILDS = ("average", "slim", "broad", "heavy")
HAIR_STYLES = (
    "short", "bald", "balding", "buzz", "curly", "afro", "bob", "long", "bun", "ponytail", "braids",
)  # fmt: skip
FACIAL_HAIR = ("none", "stubble", "mustache", "beard", "goatee")
GLASSES = ("none", "round", "square")
CLOTHING = (
    "tee", "shirt", "polo", "sweater", "cardigan", "hoodie", "blazer", "raincoat", "scrubs",
    "uniform", "jacket", "flannel", "apron",
)  # fmt: skip
ACCESSORIES = ("none", "earrings", "necklace", "headset", "lanyard", "cap")
LOOK_WORDS = {
    "age": AGES,
    "build": BUILDS,
    "hair_style": HAIR_STYLES,
    "facial_hair": FACIAL_HAIR,
    "glasses": GLASSES,
    "clothing": CLOTHING,
    "accessory": ACCESSORIES,
}


@dataclass(frozen=True)
class Field:
    """One key of a mapping in a scenario file.

    kind is one of: str, int, bool, colour, slug, id, flags, strings, cond,
    goto, ref (a node or ending id), outcome, pin, mood, channel, setting, a LOOK_WORDS key
    (age, build, hair_style, ...), or the name of a nested table.
    """

    key: str
    kind: str
    required: bool = False
    default: object = None
    minimum: int | None = None
    maximum: int | None = None
    description: str = ""


LOOK = (
    Field("skin", "colour", default="#c68642", description="skin colour, #rrggbb"),
    Field("hair", "colour", default="#2b1b0e", description="hair colour, #rrggbb"),
    Field("shirt", "colour", default="#3a6ea5", description="clothing colour, #rrggbb"),
    Field("age", "age", default=AGES[0], description="age band of the person"),
    Field("build", "build", default=BUILDS[0], description="body build: shoulders and face"),
    Field("hair_style", "hair_style", default=HAIR_STYLES[0], description="how the hair is worn"),
    Field("facial_hair", "facial_hair", default="none", description="beard, mustache or none"),
    Field("glasses", "glasses", default="none", description="round or square frames, or none"),
    Field("clothing", "clothing", default=CLOTHING[0], description="what they wear"),
    Field("accessory", "accessory", default="none", description="one thing worn besides"),
)

CUSTOMER = (
    Field("name", "str", required=True, description="the customer's name"),
    Field("role", "str", default="", description="who they are, in a few words"),
    Field("look", "look", description="how the customer looks: colours, age, build, hair, clothes"),
)

TRUST = (
    Field("start", "int", default=50, minimum=0, maximum=100, description="trust at the start"),
    Field(
        "leave_at",
        "int",
        default=15,
        minimum=0,
        maximum=100,
        description="at or below this the customer walks out",
    ),
)

PRINCIPLE = (
    Field("name", "str", required=True, description="short name shown in the debrief"),
    Field("summary", "str", required=True, description="one line: what it means"),
    Field("good", "bool", required=True, description="true for a recovery move"),
    Field("explanation", "str", default="", description="a few sentences for the debrief"),
)

BRANCH = (
    Field("if", "cond", description="take this branch while the condition holds"),
    Field("to", "ref", required=True, description="a node or ending id"),
)

CHOICE = (
    Field("say", "str", required=True, description="what the player says or does"),
    Field("goto", "goto", required=True, description="a node or ending id, or branches"),
    Field("trust", "int", default=0, minimum=-100, maximum=100, description="added to trust"),
    Field("if", "cond", description="the choice is offered only while this holds"),
    Field("set", "flags", default=(), description="flags to raise"),
    Field("unset", "flags", default=(), description="flags to clear"),
    Field("principles", "strings", default=(), description="principle ids this choice shows"),
    Field("feedback", "str", default="", description="why this helped or hurt"),
    Field(
        "pin",
        "pin",
        description="keep this answer first or last when answers are shuffled",
    ),
    Field(
        "mistimed",
        "strings",
        default=(),
        description="good principles used at the wrong moment here (counted against the player)",
    ),
)

NODE = (
    Field("say", "str", required=True, description="what the speaker says"),
    Field("speaker", "str", description="who speaks; 'narrator' for stage directions"),
    Field(
        "mood",
        "mood",
        description="how the customer feels saying this; the face shows it instead of trust's",
    ),
    Field(
        "prompt",
        "str",
        default="",
        description="a question for the room in workshop mode, asked after it answers here",
    ),
    Field("choices", "choices", required=True, minimum=1, maximum=MAX_CHOICES),
)

ENDING = (
    Field("outcome", "outcome", required=True, description="stay or leave"),
    Field("say", "str", required=True, description="the closing line"),
    Field("tells", "int", minimum=0, maximum=1000, description="people told (word of mouth)"),
    Field("lesson", "str", default="", description="a lesson shown with this ending"),
)

TOP = (
    Field("format", "int", required=True, minimum=1, maximum=1, description="always 1"),
    Field("id", "slug", required=True, description="unique id, lowercase words and dashes"),
    Field("title", "str", required=True, description="menu title"),
    Field("summary", "str", required=True, description="one-line menu summary"),
    Field("difficulty", "int", default=1, minimum=1, maximum=3, description="1, 2 or 3"),
    Field("tags", "strings", default=(), description="words for filtering the menu"),
    Field(
        "channel",
        "channel",
        default="counter",
        description="where the conversation happens, shown on the play screen",
    ),
    Field(
        "setting",
        "setting",
        description="the place drawn behind the customer; default: from the channel",
    ),
    Field("customer", "customer", required=True),
    Field("trust", "trust"),
    Field("walkout", "ref", required=True, description="ending played when trust runs out"),
    Field("start", "ref", required=True, description="id of the first node"),
    Field("nodes", "nodes", required=True, minimum=1),
    Field("endings", "endings", required=True, minimum=1),
    Field("principles", "principles", description="extra principles for this file"),
    Field("debrief", "str", default="", description="the lesson shown after every round"),
)

TABLES: dict[str, tuple[Field, ...]] = {
    "scenario": TOP,
    "customer": CUSTOMER,
    "look": LOOK,
    "trust": TRUST,
    "principle": PRINCIPLE,
    "node": NODE,
    "choice": CHOICE,
    "branch": BRANCH,
    "ending": ENDING,
}

# Word of mouth when an ending gives no `tells` (the seeds' figures).
DEFAULT_TELLS = {"stay": 3, "leave": 10}


def keys(table: tuple[Field, ...]) -> list[str]:
    """The keys of a table, in the order the docs list them."""
    return [f.key for f in table]


def field(table: tuple[Field, ...], key: str) -> Field:
    """The field named `key`: tables are read by name, so their order is only for the docs."""
    for item in table:
        if item.key == key:
            return item
    raise KeyError(f"no key '{key}' in this table: {', '.join(keys(table))}")


def matches(pattern: str, text: str) -> bool:
    """True when the whole of `text` matches `pattern` (no trailing newline slips through)."""
    return re.fullmatch(pattern, text) is not None


def anchored(pattern: str) -> str:
    """`pattern` for a JSON Schema, whose ECMA '$' matches only at the very end."""
    return f"^{pattern}$"
