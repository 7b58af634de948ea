"""docs/writing-scenarios.md stays true: its reference, its example file, its commands and outputs."""

import re
import shlex
import sys

import pytest

from game.cli import build_parser
from game.io.loader import load_bytes
from game.io.schema import build_schema
from tests.tools.support import REPO, as_editor_sees, as_game_sees, cli

GUIDE_PATH = REPO / "docs" / "writing-scenarios.md"
GUIDE = GUIDE_PATH.read_text(encoding="utf-8")
YAML_BLOCKS = re.findall(r"```yaml\n(.*?)```", GUIDE, re.S)
FINISHED = (
    GUIDE.split("<!-- tutorial: finished file", 1)[1].split("```yaml\n", 1)[1].split("```")[0]
)


def test_the_reference_is_generated_from_the_format_tables():
    sys.path.insert(0, str(REPO))
    from tools.reference import replace_reference

    assert replace_reference(GUIDE) == GUIDE, "run  python tools/regenerate.py"


def test_the_finished_file_validates_clean_and_passes_the_schema():
    result = load_bytes(FINISHED.encode("utf-8"), "late-delivery.yaml")
    assert result.ok and result.diagnostics == []
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(as_editor_sees(FINISHED), build_schema())


def test_the_steps_add_up_to_the_finished_file():
    steps = [b for b in YAML_BLOCKS if b.startswith(("format: 1", "nodes:", "  "))]
    assert len(steps) == 5
    assert as_game_sees("\n".join(steps)) == as_game_sees(FINISHED)


def test_the_check_output_shown_is_what_check_prints(tmp_path):
    path = tmp_path / "late-delivery.yaml"
    path.write_text(FINISHED, encoding="utf-8")
    shown = GUIDE.split("```text\nlate-delivery:", 1)[1].split("```")[0]
    printed = cli("check", path).stdout.split("late-delivery:", 1)[1]
    assert printed == shown


def test_the_watch_output_shown_is_what_the_template_gives(tmp_path):
    assert cli("new", "late-delivery", cwd=tmp_path).returncode == 0
    path = tmp_path / "scenarios" / "late-delivery.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("goto: fix\n", "goto: fixx\n", 1))
    printed = cli("validate", "scenarios/late-delivery.yaml", cwd=tmp_path).stderr
    shown = GUIDE.split("changed: scenarios/late-delivery.yaml ---\n", 1)[1].split("watching")[0]
    assert printed == shown


def commands():
    found = re.findall(r"```sh\n(.*?)```", GUIDE, re.S)
    lines = [line for block in found for line in block.splitlines()]
    lines += re.findall(r"`(make-it-right [^`]+)`", GUIDE)
    return sorted(
        {line.split(">")[0].strip() for line in lines if line.startswith("make-it-right")}
    )


@pytest.mark.parametrize("command", commands())
def test_every_command_in_the_guide_is_one_the_program_accepts(command):
    build_parser().parse_args(shlex.split(command)[1:])


def test_step_2_names_the_endings_the_template_has(tmp_path):
    assert cli("new", "late-delivery", cwd=tmp_path).returncode == 0
    made = as_game_sees((tmp_path / "scenarios" / "late-delivery.yaml").read_text())
    step = GUIDE.split("## 2. Play it", 1)[1].split("## 3.", 1)[0]
    named = set(re.findall(r"`([a-z-]+)`", step.split("three endings", 1)[1]))
    assert named == set(made["endings"])


def test_warnings_alone_exit_0_as_the_guide_and_readme_say(tmp_path):
    path = tmp_path / "late-delivery.yaml"
    path.write_text(FINISHED.replace("birthday", "birthdy", 1), encoding="utf-8")
    run = cli("validate", path)
    assert "warning:" in run.stderr and run.returncode == 0
    assert "a file with warnings alone exits 0" in (REPO / "README.md").read_text()


def test_a_map_drawn_in_the_project_is_not_committed():
    ignored = (REPO / ".gitignore").read_text().splitlines()
    assert (
        "/map.*" in ignored
        and "make-it-right graph scenarios/late-delivery.yaml -o map.svg" in GUIDE
    )
