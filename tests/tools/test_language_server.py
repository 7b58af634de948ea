"""`make-it-right lsp`, driven over stdio by a real LSP client, on real scenario files."""

import sys

import pytest

from tests.tools.lsp_client import LanguageServer
from tests.tools.support import DESIGN_EXAMPLE, REPO

pytest.importorskip("pygls")

TEXT = DESIGN_EXAMPLE.read_text(encoding="utf-8")
LINES = TEXT.split("\n")


def line_of(fragment):
    """The 0-based number of the first line containing `fragment`."""
    return next(i for i, line in enumerate(LINES) if fragment in line)


@pytest.fixture
def server(tmp_path):
    running = LanguageServer([sys.executable, str(REPO / "main.py"), "lsp"], tmp_path)
    yield running
    running.close()


@pytest.fixture
def opened(server, tmp_path):
    path = tmp_path / "penne.yaml"
    path.write_text(TEXT, encoding="utf-8")
    return server, server.open(path, TEXT)


def test_a_sound_file_gets_no_diagnostics(opened):
    server, uri = opened
    assert server.diagnostics(uri) == []


def test_an_edit_publishes_our_diagnostic_with_its_range_code_and_page(opened):
    server, uri = opened
    server.diagnostics(uri)
    server.change(uri, TEXT.replace("goto: bristles", "goto: bristle"), version=2)
    [found] = server.diagnostics(uri)
    row = line_of("goto: bristles")
    assert found["range"] == {
        "start": {"line": row, "character": 14},
        "end": {"line": row, "character": 21},
    }
    assert found["code"] == "E120" and found["severity"] == 1
    assert "did you mean 'bristles'?" in found["message"]
    assert found["codeDescription"]["href"].endswith("docs/diagnostics.md#e120-dangling-target")


def test_a_yaml_mistake_is_published_at_the_missing_colon(opened):
    server, uri = opened
    server.diagnostics(uri)
    server.change(uri, TEXT.replace("goto: bristles", "goto bristles"), version=2)
    [found] = server.diagnostics(uri)
    row = line_of("goto: bristles")
    assert found["range"]["start"] == {"line": row, "character": LINES[row].index("goto") + 4}
    assert found["message"].startswith("a colon is missing after 'goto'")


def test_completion_after_goto_offers_the_nodes_and_endings(opened):
    server, uri = opened
    row = line_of("goto: bristles")
    server.change(uri, TEXT.replace("goto: bristles", "goto: "), version=2)
    reply = server.ask("textDocument/completion", uri, row, LINES[row].index("goto") + 6)
    labels = {item["label"] for item in reply["items"]}
    assert labels == {"call", "bristles", "remedy", "loyal", "stays-wary", "hangs-up"}


def test_completion_in_if_offers_the_flags_the_file_sets(opened):
    server, uri = opened
    row = line_of("if: apologized")
    reply = server.ask("textDocument/completion", uri, row, LINES[row].index("if:") + 4)
    assert {item["label"] for item in reply["items"]} == {"apologized", "offered-remedy"}


def test_completion_in_principles_offers_the_glossary(opened):
    server, uri = opened
    row = line_of("principles: [apologize]")
    reply = server.ask("textDocument/completion", uri, row, LINES[row].index("[") + 1)
    labels = {item["label"] for item in reply["items"]}
    assert {"own-it", "apologize", "hide-behind-policy"} <= labels


def test_completion_after_mood_offers_the_seven_moods(opened):
    server, uri = opened
    row = line_of("say: Excuse me? I ordered off your own menu.")
    text = "\n".join([*LINES[: row + 1], "    mood: ", *LINES[row + 1 :]])
    server.change(uri, text, version=2)
    reply = server.ask("textDocument/completion", uri, row + 1, 10)
    labels = [item["label"] for item in reply["items"]]
    assert labels == ["furious", "upset", "sarcastic", "wary", "neutral", "relieved", "delighted"]


def test_completion_after_outcome_offers_stay_and_leave_with_their_meaning(opened):
    server, uri = opened
    row = line_of("outcome: stay")
    column = LINES[row].index("outcome:") + 9
    reply = server.ask("textDocument/completion", uri, row, column)
    items = {item["label"]: item.get("detail") for item in reply["items"]}
    assert items == {"stay": "the customer stays", "leave": "the customer leaves"}


def test_completion_on_a_new_line_in_a_choice_offers_the_choice_keys(opened):
    server, uri = opened
    row = line_of("principles: [apologize]")
    text = "\n".join([*LINES[: row + 1], "        ", *LINES[row + 1 :]])
    server.change(uri, text, version=2)
    reply = server.ask("textDocument/completion", uri, row + 1, 8)
    labels = {item["label"] for item in reply["items"]}
    assert {"say", "goto", "trust", "if", "feedback"} <= labels and "outcome" not in labels


def test_hover_on_a_key_shows_its_description(opened):
    server, uri = opened
    row = line_of("feedback: Policy")
    reply = server.ask("textDocument/hover", uri, row, LINES[row].index("feedback") + 2)
    assert reply["contents"]["value"].startswith("**feedback (choice)**")


def test_hover_on_a_principle_shows_the_glossary_entry(opened):
    server, uri = opened
    row = line_of("principles: [hide-behind-policy]")
    reply = server.ask("textDocument/hover", uri, row, LINES[row].index("hide") + 3)
    assert "bad habit" in reply["contents"]["value"]


def test_go_to_definition_jumps_from_a_goto_to_its_node(opened):
    server, uri = opened
    row = line_of("goto: bristles")
    reply = server.ask("textDocument/definition", uri, row, LINES[row].index("bristles") + 2)
    assert reply["uri"] == uri
    assert reply["range"]["start"] == {"line": line_of("  bristles:"), "character": 2}


def test_positions_count_utf16_units_as_editors_do(opened):
    server, uri = opened
    server.diagnostics(uri)
    row = line_of("say: Excuse me?")
    edited = TEXT.replace("say: Excuse me?", "say: \U0001f620 We are the #1 pizzeria?", 1)
    server.change(uri, edited, version=2)
    [found] = server.diagnostics(uri)
    line = edited.split("\n")[row]
    assert found["code"] == "W105"
    assert found["range"]["start"] == {"line": row, "character": line.index("#") + 1}


def test_hover_on_a_flag_says_where_it_is_first_set(opened):
    server, uri = opened
    row = line_of("if: apologized")
    reply = server.ask("textDocument/hover", uri, row, LINES[row].index("apologized") + 2)
    assert (
        reply["contents"]["value"]
        == f"flag 'apologized', first set on line {line_of('set: [apologized, offered') + 1}"
    )


def fix_for(server, uri, diagnostic):
    """The quick fixes offered for one published diagnostic, as an editor asks for them."""
    params = {
        "textDocument": {"uri": uri},
        "range": diagnostic["range"],
        "context": {"diagnostics": [diagnostic], "only": ["quickfix"]},
    }
    return server.request("textDocument/codeAction", params)


def applied(text, action, uri):
    """The text after the action's edits (each on one line), as an editor applies them."""
    lines = text.split("\n")
    for edit in action["edit"]["changes"][uri]:
        start, end = edit["range"]["start"], edit["range"]["end"]
        row = lines[start["line"]]
        lines[start["line"]] = row[: start["character"]] + edit["newText"] + row[end["character"] :]
    return "\n".join(lines)


@pytest.mark.parametrize(
    "right, typo",
    [
        ("goto: bristles\n", "goto: bristle\n"),  # dangling goto target
        ("feedback: Policy", "feedbak: Policy"),  # unknown key
        ("principles: [fix-fast]", "principles: [fix-fastt]"),  # unknown principle
        ("if: apologized and", "if: apologised and"),  # unknown flag
    ],
)
def test_a_quick_fix_applies_the_did_you_mean(opened, right, typo):
    server, uri = opened
    server.diagnostics(uri)
    broken = TEXT.replace(right, typo, 1)
    server.change(uri, broken, version=2)
    [found] = server.diagnostics(uri)
    [action] = fix_for(server, uri, found)
    assert action["kind"] == "quickfix" and action["isPreferred"]
    assert action["title"].startswith("Change to '")
    assert applied(broken, action, uri) == TEXT


def test_no_quick_fix_without_a_suggestion(opened):
    server, uri = opened
    server.diagnostics(uri)
    server.change(uri, TEXT.replace("goto: bristles", "goto: zzzzzzzzzz", 1), version=2)
    [found] = server.diagnostics(uri)
    assert "did you mean" not in found["message"]
    assert fix_for(server, uri, found) == []


def test_a_misspelt_word_is_underlined_and_fixed_in_one_step(opened):
    server, uri = opened
    server.diagnostics(uri)
    broken = TEXT.replace("I ordered off", "I ordred off", 1)
    server.change(uri, broken, version=2)
    [found] = server.diagnostics(uri)
    row = line_of("I ordered off")
    assert found["code"] == "W400" and found["severity"] == 2
    assert found["range"]["start"] == {"line": row, "character": 22}
    [action] = fix_for(server, uri, found)
    assert action["title"] == "Change to 'ordered'"
    assert applied(broken, action, uri) == TEXT
