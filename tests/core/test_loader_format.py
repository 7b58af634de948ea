"""The loader reads the format tables by key name, matches whole values, and hashes one way."""

from dataclasses import fields

import pytest

from game.io.loader import load_bytes, load_scenario, source_hash
from game.model import format as fmt
from tests.conftest import FIXTURES

EVERY_KEY = FIXTURES / "format" / "every-key.yaml"


def described(scenario):
    """Every field of a scenario (Scenario itself compares by identity)."""
    return {f.name: getattr(scenario, f.name) for f in fields(scenario)}


def loaded_with(text: str):
    return load_bytes(text.encode("utf-8"), "every-key.yaml", analyse=False)


@pytest.mark.parametrize("name", sorted(fmt.TABLES))
def test_a_table_in_another_order_reads_the_same_scenario(name, monkeypatch):
    before = described(load_scenario(EVERY_KEY).scenario)
    table = fmt.TABLES[name]
    reordered = tuple(reversed(table))
    for attribute in [a for a in dir(fmt) if getattr(fmt, a) is table]:
        monkeypatch.setattr(fmt, attribute, reordered)
    monkeypatch.setitem(fmt.TABLES, name, reordered)
    result = load_scenario(EVERY_KEY)
    assert result.diagnostics == []
    assert described(result.scenario) == before


def test_a_missing_key_name_is_a_clear_error_for_us():
    with pytest.raises(KeyError, match="no key 'begin'"):
        fmt.field(fmt.TRUST, "begin")


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("id: every-key\n", "E114"),
        ("set: [checked]\n", "E114"),
        ('skin: "#111111"', "E112"),
    ],
    ids=["scenario id", "flag", "colour"],
)
def test_a_value_ending_in_a_newline_is_refused(written, code):
    value = written.split(": ", 1)[1].strip()
    quoted = value.strip('"[]')
    broken = written.replace(value, f'"{quoted}\\n"' if "[" not in value else f'["{quoted}\\n"]')
    result = loaded_with(EVERY_KEY.read_text(encoding="utf-8").replace(written, broken, 1))
    assert [d.code for d in result.diagnostics] == [code]
    assert f"'{quoted}\\n'" in result.diagnostics[0].message


def test_a_node_id_ending_in_a_newline_is_refused():
    text = EVERY_KEY.read_text(encoding="utf-8").replace("  desk:\n", '  "desk\\n":\n', 1)
    codes = {d.code for d in loaded_with(text).diagnostics}
    assert "E114" in codes


def test_a_file_with_a_byte_order_mark_has_one_hash_read_from_disk_or_memory(tmp_path):
    plain = EVERY_KEY.read_bytes()
    marked = tmp_path / "marked.yaml"
    marked.write_bytes(b"\xef\xbb\xbf" + plain)
    from_disk = load_scenario(marked).scenario.source_hash
    from_memory = load_bytes(marked.read_bytes(), "marked.yaml").scenario.source_hash
    assert from_disk == from_memory == load_scenario(EVERY_KEY).scenario.source_hash


def test_the_hash_is_of_the_text_so_an_edit_changes_it():
    text = EVERY_KEY.read_text(encoding="utf-8")
    assert source_hash(text) == load_scenario(EVERY_KEY).scenario.source_hash
    assert source_hash(text + "# edited\n") != source_hash(text)
