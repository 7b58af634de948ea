"""Spelling: `validate` warns (W400) at each word a US English dictionary does not know."""

import json

from game.io.loader import load_bytes
from game.io.spelling import WORDS_PATH, misspellings, read_word_list
from tests.tools.support import DESIGN_EXAMPLE, REPO, cli

ORIGINAL = DESIGN_EXAMPLE.read_text(encoding="utf-8")


def found(text):
    """(word, line, column, suggestion) for each misspelling of the scenario `text`."""
    result = load_bytes(text.encode("utf-8"), "spelt.yaml")
    assert result.ok, result.diagnostics
    return [
        (m.word, m.span.line, m.span.column, m.suggestion)
        for m in misspellings(result.scenario, lambda: text)
    ]


def said(old, new):
    return ORIGINAL.replace(old, new, 1)


def test_a_sound_scenario_has_no_misspelling():
    assert found(ORIGINAL) == []


def test_a_misspelt_word_is_found_at_its_line_and_column_with_a_suggestion():
    text = said("I ordered off", "I ordred off")
    assert found(text) == [("ordred", 31, 23, "ordered")]


def test_a_uk_spelling_is_reported_with_the_us_one_as_suggestion():
    text = said("There is no penne on it.", "My favourite pie has no penne.")
    assert found(text) == [("favourite", 18, 60, "favorite")]


def test_each_occurrence_of_a_word_has_its_own_position():
    text = said("Let me fix this.", "Let me fixx this, fixx it now.")
    assert [(w, line, col) for w, line, col, _ in found(text)] == [
        ("fixx", 33, 46),
        ("fixx", 33, 57),
    ]


def test_the_customers_name_counts_as_a_word():
    text = said("name: Maria", "name: Maria Oyelaran").replace(
        "Excuse me?", "Excuse me? Oyelaran here."
    )
    assert found(text) == []


def test_the_project_word_list_holds_names_and_brands():
    assert {"alla", "bookwell", "onedrive"} <= read_word_list(WORDS_PATH)
    assert (
        found(said("penne alla vodka pie. There", "penne alla vodka pie from Bookwell. There"))
        == []
    )


def test_contractions_possessives_and_curly_apostrophes_are_words():
    text = said("Let me fix this.", "Let me fix this; it’s Maria’s order and we didn't check.")
    assert found(text) == []


def test_a_word_in_a_folded_block_is_found_on_its_own_line():
    text = said(
        "say: Excuse me? I ordered off your own menu.",
        "say: >\n      Excuse me? I ordered\n      off your own mennu.",
    )
    assert found(text) == [("mennu", 33, 20, "menu")]


def test_validate_warns_and_still_exits_0(tmp_path):
    path = tmp_path / "spelt.yaml"
    path.write_text(said("I ordered off", "I ordred off"), encoding="utf-8")
    run = cli("validate", path)
    assert run.returncode == 0
    assert f"{path}:31:23: warning: 'ordred' is not in the US English dictionary [W400]" in (
        run.stderr
    )
    assert "did you mean 'ordered'?" in run.stderr


def test_validate_json_gives_the_word_as_a_range(tmp_path):
    path = tmp_path / "spelt.yaml"
    path.write_text(said("I ordered off", "I ordred off"), encoding="utf-8")
    report = json.loads(cli("validate", "--format", "json", "--no-balance", path).stdout)
    (warning,) = report["diagnostics"]
    assert warning["code"] == "W400"
    assert (warning["line"], warning["column"]) == (31, 23)
    assert (warning["end_line"], warning["end_column"]) == (31, 29)


def test_no_spelling_skips_the_check(tmp_path):
    path = tmp_path / "spelt.yaml"
    path.write_text(said("I ordered off", "I ordred off"), encoding="utf-8")
    assert "W400" not in cli("validate", "--no-spelling", path).stderr


def test_every_shipped_scenario_is_spelt_right():
    run = cli("validate", "--no-balance", REPO / "scenarios")
    assert "W400" not in run.stderr, run.stderr
