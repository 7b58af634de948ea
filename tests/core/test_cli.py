"""The command line through a real subprocess: exit codes, streams, JSON."""

import json
import subprocess
import sys

import pytest

from tests.conftest import DESIGN_EXAMPLE, FIXTURES, REPO


def cli(*args, stdin=""):
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=REPO,
        timeout=60,
    )


def test_validate_a_clean_file_exits_0_with_a_summary():
    # Clean includes the balance lint, which the design example (a format demo) fails.
    run = cli("validate", FIXTURES / "balance" / "balanced.yaml")
    assert run.returncode == 0
    assert run.stderr.strip() == "1 file checked: no problems found"


def test_validate_reports_problems_on_stderr_and_exits_1():
    run = cli("validate", FIXTURES / "bad" / "E120-dangling-target.yaml")
    assert run.returncode == 1
    assert ":26:15: error: goto target 'bristle' is not a node or an ending" in run.stderr
    assert "Traceback" not in run.stderr


def test_validate_a_folder_of_broken_files_never_shows_a_traceback():
    run = cli("validate", FIXTURES / "bad")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    count = len(list((FIXTURES / "bad").glob("*.yaml")))
    assert run.stderr.strip().splitlines()[-1].startswith(f"{count} files checked:")


def test_validate_a_missing_path_is_an_io_error():
    run = cli("validate", "no/such/place.yaml")
    assert run.returncode == 2
    assert "no such file or folder" in run.stderr


def test_validate_json_format_goes_to_stdout():
    run = cli("validate", "--format", "json", FIXTURES / "bad" / "E110-unknown-key.yaml")
    report = json.loads(run.stdout)
    assert report["errors"] == 1
    assert report["diagnostics"][0]["line"] == 43


def test_check_json_has_the_documented_keys():
    run = cli("check", DESIGN_EXAMPLE, "--json")
    assert run.returncode == 0
    report = json.loads(run.stdout)
    keys = {"scenario", "endings", "unreachable", "stuck", "no_exit", "walkout_reachable"}
    assert keys | {"best", "worst"} <= set(report)
    assert (
        report["endings"]["loyal"].items()
        >= {
            "outcome": "stay",
            "reachable": True,
            "witness": [2, 1],
            "trust": 100,
        }.items()
    )


def test_check_witnesses_replay_through_play_json():
    report = json.loads(cli("check", DESIGN_EXAMPLE, "--json").stdout)
    for eid, ending in report["endings"].items():
        witness = ",".join(map(str, ending["witness"]))
        played = json.loads(cli("play", DESIGN_EXAMPLE, "--json", "--choices", witness).stdout)
        assert (played["ending"], played["outcome"]) == (eid, ending["outcome"])


def test_play_json_describes_the_round():
    run = cli("play", DESIGN_EXAMPLE, "--json", "--choices", "1,2")
    played = json.loads(run.stdout)
    assert played["outcome"] == "leave"
    assert played["ending"] == "hangs-up"
    assert played["trust"] == 10
    assert played["tells"] == 12
    assert played["steps"][0] == {
        "node": "call",
        "choice": 1,
        "trust_before": 60,
        "trust_after": 30,
        "say": "Next time, please say clearly that you want the pasta on it.",
        "principles": ["blame-customer"],
    }


def test_play_json_when_choices_run_out_is_unfinished():
    played = json.loads(cli("play", DESIGN_EXAMPLE, "--json", "--choices", "2").stdout)
    assert (played["outcome"], played["ending"], played["node"]) == ("unfinished", None, "remedy")
    assert played["flags"] == ["apologized", "offered-remedy"]


def test_play_a_number_not_offered_is_a_usage_error_naming_the_offered():
    run = cli("play", DESIGN_EXAMPLE, "--json", "--choices", "3")
    assert run.returncode == 2
    assert "offered: 1, 2" in run.stderr


def test_play_text_reads_choices_from_stdin():
    run = cli("play", DESIGN_EXAMPLE, "--text", stdin="2\n1\n")
    assert run.returncode == 0
    assert "Maria: I just got home" in run.stdout
    assert "The customer STAYS." in run.stdout
    assert "Trust [" in run.stdout


def test_play_from_a_chosen_node_with_trust_and_flags():
    args = ("--json", "--start-at", "remedy", "--trust", "70", "--flags", "apologized")
    played = json.loads(cli("play", DESIGN_EXAMPLE, *args, "--choices", "1").stdout)
    assert (played["ending"], played["trust"]) == ("loyal", 85)


def test_play_from_an_unknown_node_names_the_nearest():
    run = cli("play", DESIGN_EXAMPLE, "--text", "--start-at", "remedyy")
    assert run.returncode == 2
    assert "nearest: remedy" in run.stderr


def test_a_broken_file_cannot_be_played():
    run = cli("play", FIXTURES / "bad" / "E101-duplicate-key.yaml", "--text")
    assert run.returncode == 1
    assert "duplicate key 'trust'" in run.stderr


def test_unknown_command_is_a_usage_error():
    assert cli("frobnicate").returncode == 2


def test_a_damaged_glossary_is_named_not_a_traceback(tmp_path):
    from game.io.glossary import GlossaryError, load_glossary

    broken = tmp_path / "principles.yaml"
    broken.write_text("own-it: {summary: no name here}\n")
    with pytest.raises(GlossaryError, match="principles.yaml is missing or damaged"):
        load_glossary(broken)


PENNE = REPO / "scenarios" / "missing-penne.yaml"


def shuffled_json(seed, choices="1,1,1,1,1,1,1,1"):
    run = cli("play", PENNE, "--json", "--shuffle", str(seed), "--choices", choices)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_play_with_a_shuffle_seed_replays_what_that_player_saw():
    first, again = shuffled_json(5), shuffled_json(5)
    assert first == again and first["shuffle"] == 5


def test_play_with_different_seeds_takes_different_answers_for_the_same_keys():
    paths = {tuple(s["choice"] for s in shuffled_json(seed)["steps"]) for seed in range(1, 6)}
    assert len(paths) > 1  # the JSON names choices by file order, so the paths differ


def test_play_without_a_seed_keeps_file_order():
    run = cli("play", PENNE, "--json", "--choices", "1,1,1")
    assert [s["choice"] for s in json.loads(run.stdout)["steps"]] == [1, 1, 1]


def test_play_refuses_a_seed_below_one():
    run = cli("play", PENNE, "--text", "--shuffle", "0")
    assert run.returncode == 2 and "--shuffle takes a seed of 1 or more" in run.stderr


def test_play_text_says_why_the_round_ended():
    run = cli("play", PENNE, "--text", "--choices", "2,2,2,2,2,2")
    assert "Why: Joanne Kessler" in run.stdout
