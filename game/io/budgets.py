"""How much of a scenario file we are willing to read: every limit in one place.

Budgets bound time as well as memory: a refusal stops reading at once with one
positioned diagnostic, so no file can keep `validate` or the game busy for long.
docs/performance.md ("Hardening limits") lists each limit and what happens at it.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_FILE_BYTES = 8_000_000
MAX_NODES = 500_000  # values in the whole document, aliases counted at full size
MAX_DEPTH = 64  # levels of lists and mappings
MAX_KEYS = 20_000  # keys in one mapping
MAX_ITEMS = 20_000  # entries in one list
MAX_SCALAR_CHARS = 20_000  # characters in any one key or value
MAX_DIGITS = 100  # digits in a number (Python refuses ints over 4,300 digits)

# The longest text each key may hold, in characters; about ten times the longest
# shipped text, and short enough for the play screen to lay out at once.
TEXT_LIMITS: dict[str, int] = {
    "title": 120,
    "name": 120,
    "role": 200,
    "speaker": 120,
    "prompt": 300,  # one question for the room, read off a projector
    "summary": 1_000,
    "say": 2_000,
    "feedback": 2_000,
    "lesson": 2_000,
    "explanation": 2_000,
    "debrief": 10_000,
}


@dataclass(frozen=True)
class Budgets:
    """The limits one read of a YAML document works within."""

    nodes: int = MAX_NODES
    depth: int = MAX_DEPTH
    keys: int = MAX_KEYS
    items: int = MAX_ITEMS
    scalar_chars: int = MAX_SCALAR_CHARS
    digits: int = MAX_DIGITS
