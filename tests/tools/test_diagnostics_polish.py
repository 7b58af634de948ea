"""What a trainer reads when something is wrong: carets on any line, suggestions, start-anywhere errors."""

import json

import pytest

from game.io.loader import load_bytes
from game.io.render import format_diagnostic
from tests.tools.support import DESIGN_EXAMPLE, cli

ORIGINAL = DESIGN_EXAMPLE.read_text(encoding="utf-8")
BRISTLES_FIRST_CHOICE = (
    "      - say: You're right, I'm sorry. Let me fix this.\n"
    "        trust: +10\n"
    "        set: [apologized]\n"
    "        principles: [apologize]\n"
    "        goto: remedy"
)
ACCENTED = (
    '      - {say: "Désolé — “our” mistake, Señora", trust: 10, set: [apologized],'
    " principles: [apologise], goto: remedi}"
)


def diagnostics_for(old, new):
    assert old in ORIGINAL
    result = load_bytes(ORIGINAL.replace(old, new).encode("utf-8"), "penne.yaml")
    return result, {d.code: d for d in result.diagnostics}


def caret_column(rendered: str) -> tuple[str, int]:
    """The source line shown, and the character index under which the caret sits."""
    _, source, caret = rendered.splitlines()[:3]
    gutter = source.index("| ") + 2
    assert caret.index("| ") + 2 == gutter
    return source[gutter:], caret.index("^") - gutter


def test_the_caret_sits_under_the_fault_on_a_line_with_accents_and_curly_quotes():
    result, found = diagnostics_for(BRISTLES_FIRST_CHOICE, ACCENTED)
    for code, word in (("E121", "apologise"), ("E120", "remedi")):
        line, column = caret_column(format_diagnostic(found[code], result.text))
        assert line == ACCENTED
        assert line[column:].startswith(word), f"{code}: caret under {line[column:]!r}"
        assert found[code].span.column == column + 1


def test_a_condition_error_after_curly_quotes_points_inside_the_string():
    result, found = diagnostics_for(
        "if: apologized and trust >= 50", "if: 'cafe-ok and “sorry” or trust >= 50'"
    )
    line, column = caret_column(format_diagnostic(found["E130"], result.text))
    assert line[column] == "“"


def test_the_caret_line_keeps_tabs_so_it_lines_up_in_any_terminal():
    line = '      - {say: "Où\tça, « vite » ?", goto: remedi}'
    result, found = diagnostics_for(BRISTLES_FIRST_CHOICE, line)
    shown, column = caret_column(format_diagnostic(found["E120"], result.text))
    caret = format_diagnostic(found["E120"], result.text).splitlines()[2]
    pad = caret[caret.index("| ") + 2 : caret.index("^")]
    assert shown == line and shown[column:].startswith("remedi")
    assert pad == "".join("\t" if ch == "\t" else " " for ch in line[:column])


@pytest.mark.parametrize(
    ("old", "new", "code", "hint"),
    [
        ("summary: A regular", "sumary: A regular", "E110", "did you mean 'summary'?"),
        ("  start: 60", "  strat: 60", "E110", "did you mean 'start'?"),
        ("        feedback: Policy", "        feedbak: Policy", "E110", "did you mean 'feedback'?"),
        ("    tells: 5", "    tell: 5", "E110", "did you mean 'tells'?"),
        ("goto: bristles", "goto: bristle", "E120", "did you mean 'bristles'?"),
        ("            to: loyal", "            to: loyall", "E120", "did you mean 'loyal'?"),
        ("start: call", "start: cal", "E120", "did you mean 'call'?"),
        ("walkout: hangs-up", "walkout: hang-up", "E120", "did you mean 'hangs-up'?"),
        ("[blame-customer]", "[blame-custmer]", "E121", "did you mean 'blame-customer'?"),
        ("[restitution]", "[restitutoin]", "E121", "did you mean 'restitution'?"),
        ("if: apologized and", "if: apologised and", "E131", "did you mean 'apologized'?"),
    ],
    ids=[
        "top-key",
        "trust-key",
        "choice-key",
        "ending-key",
        "goto-id",
        "branch-id",
        "start-id",
        "walkout-id",
        "principle",
        "principle-2",
        "flag",
    ],
)
def test_misspellings_get_a_did_you_mean(old, new, code, hint):
    _, found = diagnostics_for(old, new)
    assert code in found, sorted(found)
    assert found[code].hint == hint


def test_a_principle_defined_in_the_file_is_suggested_too():
    own = (
        "principles:\n  call-back:\n    name: Call back\n    summary: Ring them.\n    good: true\n"
    )
    text = ORIGINAL.replace("[fix-fast]", "[call-bak]") + own
    found = {d.code: d for d in load_bytes(text.encode(), "own.yaml").diagnostics}
    assert found["E121"].hint == "did you mean 'call-back'?"


def test_start_at_an_unknown_node_is_a_usage_error_naming_the_nearest_ids():
    run = cli("play", DESIGN_EXAMPLE, "--text", "--start-at", "remedi")
    assert run.returncode == 2
    assert "'remedi' is not a node of missing-penne" in run.stderr
    assert "nearest: remedy" in run.stderr
    assert "Traceback" not in run.stderr


def test_start_at_an_ending_is_a_usage_error():
    run = cli("play", DESIGN_EXAMPLE, "--text", "--start-at", "loyal")
    assert run.returncode == 2 and "is not a node" in run.stderr


def test_start_at_with_trust_and_flags_plays_from_there():
    args = ["--start-at", "remedy", "--trust", "70", "--flags", "apologized", "--choices", "1"]
    run = cli("play", DESIGN_EXAMPLE, "--json", *args)
    assert run.returncode == 0, run.stderr
    played = json.loads(run.stdout)
    assert played["ending"] == "loyal" and played["steps"][0]["trust_before"] == 70


def test_start_at_with_trust_out_of_range_is_a_usage_error():
    run = cli("play", DESIGN_EXAMPLE, "--text", "--start-at", "remedy", "--trust", "140")
    assert run.returncode == 2 and "--trust must be between 0 and 100" in run.stderr
