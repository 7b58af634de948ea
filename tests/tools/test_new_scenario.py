"""`make-it-right new`: a scenario that validates clean and plays to both outcomes as generated."""

import json
from pathlib import Path

import pytest

from game.io.schema import build_schema
from game.io.template import scaffold, schema_reference
from tests.tools.support import REPO, as_editor_sees, cli


@pytest.fixture
def made(tmp_path):
    run = cli("new", "late-delivery", "--dir", tmp_path / "scenarios")
    assert run.returncode == 0, run.stderr
    path = tmp_path / "scenarios" / "late-delivery.yaml"
    assert run.stdout.strip() == str(path)
    return path


def test_new_scenario_validates_with_no_errors_and_no_warnings(made):
    run = cli("validate", "--no-balance", made)
    assert run.returncode == 0
    assert run.stderr.strip() == "1 file checked: no problems found"


def test_new_scenario_warns_only_about_balance(made):
    # The template's good answers are its longest and sorriest: placeholder content
    # the trainer rewrites, so only the balance lint (W300-W306) may speak.
    report = json.loads(cli("validate", "--format", "json", made).stdout)
    assert report["errors"] == 0
    assert {d["code"] for d in report["diagnostics"]} <= {f"W30{i}" for i in range(7)}


def test_new_scenario_plays_to_a_stay_and_a_leave_ending(made):
    report = json.loads(cli("check", made, "--json").stdout)
    assert report["unreachable"] == [] and report["stuck"] == [] and report["no_exit"] == []
    outcomes = set()
    for ending, found in report["endings"].items():
        witness = ",".join(map(str, found["witness"]))
        played = json.loads(cli("play", made, "--json", "--choices", witness).stdout)
        assert played["ending"] == ending
        outcomes.add(played["outcome"])
    assert outcomes == {"stay", "leave"}


def test_new_scenario_points_editors_at_the_schema_and_passes_it(made):
    first = made.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    reference = first.split("$schema=", 1)[1]
    assert (made.parent / reference).resolve().is_file()
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(as_editor_sees(made.read_text(encoding="utf-8")), build_schema())


def test_in_the_project_the_schema_is_found_in_docs():
    assert schema_reference(REPO / "scenarios") == "../docs/scenario.schema.json"
    text = scaffold("late-delivery", Path("scenarios/late-delivery.yaml"))
    assert "id: late-delivery\n" in text and "title: Late Delivery" in text


def test_new_refuses_to_overwrite(made):
    before = made.read_text(encoding="utf-8")
    made.write_text(before + "# my edits\n", encoding="utf-8")
    run = cli("new", "late-delivery", "--dir", made.parent)
    assert run.returncode == 2
    assert "already exists" in run.stderr
    assert made.read_text(encoding="utf-8").endswith("# my edits\n")


def test_new_refuses_an_id_another_file_already_uses(made):
    made.rename(made.with_name("renamed.yaml"))
    run = cli("new", "late-delivery", "--dir", made.parent)
    assert run.returncode == 2
    assert "already used by" in run.stderr and "renamed.yaml" in run.stderr


@pytest.mark.parametrize("bad", ["Late Delivery", "late_delivery", "late!", "café"])
def test_a_bad_id_is_a_usage_error_with_a_suggestion(bad, tmp_path):
    run = cli("new", bad, "--dir", tmp_path)
    assert run.returncode == 2
    assert "is not a valid id" in run.stderr and "Traceback" not in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_id_too_long_for_a_file_name_is_refused_in_plain_words(tmp_path):
    run = cli("new", "a" * 300, "--dir", tmp_path)
    assert run.returncode == 2
    assert "the id is 300 characters long; use at most 64" in run.stderr
    assert "Traceback" not in run.stderr and list(tmp_path.iterdir()) == []
