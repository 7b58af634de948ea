"""Syntax errors land on the line where the trainer types the fix, with nothing following from them.

Each kind of slip is made on every line of the design example where it can
be made, one at a time; the mistake must be reported on that line and be the
file's only error. A seeded run of random slips must never raise.
"""

import random
import re

import pytest

from game.io.loader import load_bytes
from tests.conftest import DESIGN_EXAMPLE

LINES = DESIGN_EXAMPLE.read_text(encoding="utf-8").split("\n")
KEY = re.compile(r"^(\s*(?:- )?[\w-]+):")

SLIPS = {
    "missing colon": lambda line: KEY.sub(r"\1", line, count=1) if KEY.match(line) else None,
    "no space after colon": lambda line: re.sub(r"^(\s*(?:- )?[\w-]+): (?=\S)", r"\1:", line),
    "one space too far": lambda line: " " + line if line.startswith("  ") else None,
    "one space too few": lambda line: line[1:] if line.startswith("   ") else None,
    "tab for indentation": lambda line: "\t" + line.lstrip(" ") if line.startswith("  ") else None,
    "non-breaking space": lambda line: "\u00a0" + line[1:] if line.startswith("  ") else None,
    "colon in text": lambda line: line.replace("say: ", "say: Note: ", 1),
    "curly quotes": lambda line: re.sub(r"say: (.*)$", "say: \u201cNote: \\1\u201d", line),
    "text starting with *": lambda line: line.replace("say: ", "say: *sighs* ", 1),
    "text starting with [": lambda line: line.replace("say: ", "say: [sighs] ", 1),
}


def slipped(slip):
    """(line number, errors) for each line where the slip breaks the file."""
    for number, line in enumerate(LINES, start=1):
        changed = slip(line)
        if changed is None or changed == line or line.lstrip().startswith("#"):
            continue
        text = "\n".join([*LINES[: number - 1], changed, *LINES[number:]])
        errors = [d for d in load_bytes(text.encode(), "slip.yaml").diagnostics if d.is_error]
        if errors:
            yield number, errors


@pytest.mark.parametrize("kind", sorted(SLIPS))
def test_each_slip_is_reported_once_on_its_own_line_nearly_always(kind):
    results = list(slipped(SLIPS[kind]))
    right = [n for n, errors in results if [e.span.line for e in errors] == [n]]
    assert results and len(right) / len(results) >= 0.95, [
        (n, [(e.span.line, e.message) for e in errors]) for n, errors in results if n not in right
    ]


def test_random_slips_never_raise():
    rng = random.Random(15)
    pieces = [":", " ", "\t", "\n", "-", "[", "]", "{", "*", "&", "@", "`", "#", "\u00a0"]
    pieces += ["\u200b", "\u2212", "\u201c", "\u201d", "'", '"', "|", ">", "!", "%", "?", ","]
    base = "\n".join(LINES)
    for _ in range(400):
        text = list(base)
        for _ in range(rng.randint(1, 5)):
            where = rng.randrange(len(text))
            if rng.random() < 0.5:
                del text[where]
            else:
                text.insert(where, rng.choice(pieces))
        load_bytes("".join(text).encode(), "random.yaml")
