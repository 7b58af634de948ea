"""The JSON Schema: generated from the format tables, committed unchanged, accepting every valid file."""

import json

import pytest

from game.io.loader import load_scenario
from game.io.schema import FILE_NAME, PACKAGE_SCHEMA, build_schema, schema_text
from game.model import format as fmt
from tests.tools.support import DESIGN_EXAMPLE, HERE, REPO, as_editor_sees, as_game_sees, cli

jsonschema = pytest.importorskip("jsonschema")

REGENERATE = "the schema is out of date: run  python tools/regenerate.py"
SHIPPED = sorted((REPO / "scenarios").glob("*.yaml"))
LOOSE = HERE / "loose-but-valid.yaml"


@pytest.fixture(scope="module")
def validator():
    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", [REPO / "docs" / FILE_NAME, PACKAGE_SCHEMA], ids=str)
def test_committed_schema_files_match_the_generated_schema(path):
    assert path.read_text(encoding="utf-8") == schema_text(), REGENERATE


def test_the_schema_command_prints_the_generated_schema():
    run = cli("schema")
    assert run.returncode == 0
    assert json.loads(run.stdout) == build_schema()


def test_every_key_of_every_table_is_in_the_schema_with_a_description():
    schema = build_schema()
    tables = {"scenario": schema, **schema["$defs"]}
    assert set(tables) == set(fmt.TABLES)
    for name, table in fmt.TABLES.items():
        properties = tables[name]["properties"]
        assert list(properties) == fmt.keys(table), name
        assert tables[name]["required"] == [f.key for f in table if f.required], name
        assert tables[name]["additionalProperties"] is False
        assert all(p["description"] for p in properties.values()), name


def test_ranges_and_defaults_come_from_the_tables():
    choice = build_schema()["$defs"]["choice"]["properties"]
    trust = fmt.field(fmt.CHOICE, "trust")
    assert (choice["trust"]["minimum"], choice["trust"]["maximum"]) == (
        trust.minimum,
        trust.maximum,
    )
    assert build_schema()["$defs"]["trust"]["properties"]["start"]["default"] == 50


@pytest.mark.parametrize("view", [as_editor_sees, as_game_sees], ids=["yaml-1.2", "yaml-1.1"])
@pytest.mark.parametrize(
    "path", [*SHIPPED, DESIGN_EXAMPLE, LOOSE], ids=lambda p: p.relative_to(REPO).as_posix()
)
def test_every_valid_file_passes_the_schema(path, view, validator):
    assert load_scenario(path).ok, f"{path} should be a valid scenario"
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(view(path.read_text(encoding="utf-8")))
    ]
    assert errors == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("start"), ""),
        (lambda d: d.update(colour="red"), ""),
        (lambda d: d["customer"]["look"].update(skin="brown"), "customer/look/skin"),
        (
            lambda d: d["nodes"]["call"]["choices"][0].update(trust=150),
            "nodes/call/choices/0/trust",
        ),
        (
            lambda d: d["nodes"]["call"]["choices"][0].update(goto={"to": "x"}),
            "nodes/call/choices/0/goto",
        ),
        (
            lambda d: d["nodes"]["call"]["choices"][0].update(set=["Bad Flag"]),
            "nodes/call/choices/0/set",
        ),
        (lambda d: d["nodes"]["call"].update(choices=[]), "nodes/call/choices"),
        (lambda d: d["endings"]["loyal"].update(outcome="stays"), "endings/loyal/outcome"),
        (lambda d: d["nodes"].update({"bad id!": d["nodes"]["call"]}), "nodes"),
        (lambda d: d.update(id="Missing Penne"), "id"),
    ],
    ids=[
        "missing-start",
        "unknown-key",
        "colour",
        "trust-range",
        "goto-mapping",
        "flag-name",
        "no-choices",
        "outcome",
        "node-id",
        "scenario-id",
    ],
)
def test_the_schema_flags_common_mistakes_where_they_are(change, where, validator):
    data = as_editor_sees(DESIGN_EXAMPLE.read_text(encoding="utf-8"))
    change(data)
    paths = {"/".join(map(str, e.absolute_path)) for e in validator.iter_errors(data)}
    assert any(p == where or p.startswith(where + "/") for p in paths), paths


def test_goto_may_be_an_id_or_a_list_of_branches(validator):
    branch = build_schema()["$defs"]["branch"]
    assert branch["required"] == ["to"]
    goto = build_schema()["$defs"]["choice"]["properties"]["goto"]
    assert validator.evolve(schema=goto).is_valid("remedy")
    assert validator.evolve(schema={**goto, "$defs": build_schema()["$defs"]}).is_valid(
        [{"if": "trust >= 80", "to": "loyal"}, {"to": "stays-wary"}]
    )


def test_built_in_principles_are_offered_for_completion():
    principles = build_schema()["$defs"]["choice"]["properties"]["principles"]
    builtin = principles["items"]["anyOf"][0]
    assert {"own-it", "apologize", "blame-customer"} <= set(builtin["enum"])
    assert len(builtin["enumDescriptions"]) == len(builtin["enum"])


def lists_boolean(schema):
    """True when an editor would offer true/false here: a type naming boolean (not under `not`)."""
    if not isinstance(schema, dict):
        return False
    types = schema.get("type", [])
    if "boolean" in ([types] if isinstance(types, str) else types):
        return True
    inner = [schema.get("items"), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    return any(lists_boolean(part) for part in inner)


def test_only_yes_no_fields_offer_true_and_false():
    offering = {
        f"{table}.{key}"
        for table, definition in build_schema()["$defs"].items()
        for key, schema in definition.get("properties", {}).items()
        if lists_boolean(schema)
    }
    assert offering == {"principle.good"}


@pytest.mark.parametrize("value", [True, 42, "remedy"])
def test_an_id_still_accepts_any_scalar_the_game_reads_as_text(value, validator):
    goto = build_schema()["$defs"]["choice"]["properties"]["goto"]
    schema = {**goto, "$defs": build_schema()["$defs"]}
    assert validator.evolve(schema=schema).is_valid(value)


@pytest.mark.parametrize("value", [None, {"to": "x"}, 2.5, "Bad Id!"])
def test_an_id_rejects_what_the_game_cannot_read_as_one(value, validator):
    goto = build_schema()["$defs"]["choice"]["properties"]["goto"]
    schema = {**goto, "$defs": build_schema()["$defs"]}
    assert not validator.evolve(schema=schema).is_valid(value)
