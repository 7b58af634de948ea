"""The trainer's report and CSV against hand-computed numbers, in-process and via the command."""

import csv
import io
import subprocess
import sys
from dataclasses import replace

import pytest

from game.records import RecordStore
from game.records.report import CSV_COLUMNS, build_report, csv_row, render_text, write_csv
from tests.conftest import REPO
from tests.records.support import record, record_class

BLAME = "Next time, please say clearly that you want the pasta on it."
POLICY = "Our policy is that orders are checked at the counter."


@pytest.fixture
def folder(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record_class(store)
    return tmp_path


def rounds_in(folder, **filters):
    with RecordStore.open(folder) as store:
        return store.rounds(**filters)


def cli(*args, env=None):
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        capture_output=True, text=True, cwd=REPO, timeout=60, env=env,
    )  # fmt: skip


def test_the_scenario_summary_matches_the_hand_count(folder):
    (summary,) = build_report(rounds_in(folder)).scenarios
    assert (summary.rounds, summary.stays, summary.stay_rate) == (5, 3, 0.6)
    assert summary.average_trust == 51.0
    assert summary.versions == 1
    # both lose 2 rounds; the policy answer lost every round it was in (2 of 2), blame 2 of 3
    assert [(c.node, c.say, c.taken, c.lost, c.trust_change) for c in summary.losing] == [
        ("bristles", POLICY, 2, 2, -20),
        ("call", BLAME, 3, 2, -30),
    ]


def test_answers_that_kept_or_raised_trust_never_count_as_losing(folder):
    lost = next(r for r in rounds_in(folder) if not r.stays)
    kind = replace(lost.steps[0], node="hello", say="Hello!", trust_before=60, trust_after=70)
    lost = replace(lost, uid="x", steps=(kind, *lost.steps))
    (summary,) = build_report([*rounds_in(folder), lost]).scenarios
    assert "Hello!" not in [c.say for c in summary.losing]
    assert [c.lost for c in summary.losing] == [3, 3]


def test_the_player_summaries_match_the_hand_count(folder):
    players = build_report(rounds_in(folder)).players
    assert [(p.player, p.rounds, p.stays, p.average_trust, p.scenarios) for p in players] == [
        ("Ana", 2, 1, 27.5, 1), ("Ben", 2, 2, 95.0, 1), ("Cy", 1, 0, 10.0, 1),
    ]  # fmt: skip
    assert [p.last_played for p in players] == [
        "2026-11-23T17:11:00Z",
        "2026-11-23T18:21:01Z",
        "2026-11-23T17:40:30Z",
    ]  # fmt: skip  (Ben's hour-long round ends after his later, instant one)


def test_the_text_reads_in_a_terminal(folder):
    text = render_text(build_report(rounds_in(folder)))
    assert "5 rounds by 3 players, 2026-11-23 to 2026-11-23 (UTC)" in text
    assert "rounds 5   stay rate 60% (3 of 5)   average final trust 51.0" in text
    assert f'1. "{POLICY}"' in text
    assert "at call, trust -30: in 3 rounds, 2 lost the customer (67%)" in text
    assert "  Ana          2        50%       27.5          1  2026-11-23 17:11" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_the_csv_has_one_row_per_round(folder):
    out = io.StringIO()
    write_csv(rounds_in(folder), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["player"], r["outcome"], r["final_trust"], r["seconds"]) for r in rows] == [
        ("Ana", "stay", "45", "125"), ("Ana", "leave", "10", "60"), ("Ben", "stay", "100", "3661"),
        ("Ben", "stay", "90", "0"), ("Cy", "leave", "10", "30"),
    ]  # fmt: skip
    first = rows[0]
    assert first["choices"] == "call:1 bristles:1 remedy:1"
    assert first["principles"] == "blame-customer apologize fix-fast"
    assert first["missed"] == "make-whole own-it"
    assert (first["started"], first["finished"]) == ("2026-11-23T17:00:00Z", "2026-11-23T17:02:05Z")
    assert [r["rewinds"] for r in rows] == ["0", "0", "0", "0", "1"]
    assert rows[4]["mode"] == "assessment"


def test_assessment_scores_per_scenario_match_the_hand_count(folder):
    (summary,) = build_report(rounds_in(folder)).scenarios
    scored = summary.assessed
    assert (scored.rounds, scored.passed, scored.average_score, scored.best_score) == (
        3,
        1,
        55.0,
        96,
    )


def test_assessment_scores_per_player_match_the_hand_count(folder):
    players = build_report(rounds_in(folder)).players
    assert [
        (p.player, p.assessed.rounds, p.assessed.passed, p.assessed.average_score) for p in players
    ] == [("Ana", 1, 0, 69.0), ("Ben", 1, 1, 96.0), ("Cy", 1, 0, 0.0)]


def test_the_text_shows_the_pass_rate_per_scenario_and_per_player(folder):
    text = render_text(build_report(rounds_in(folder)))
    assert "assessments 3   pass rate 33% (1 of 3)   average score 55.0" in text
    assert "ASSESSMENTS (pass line 70 of 100)" in text
    assert "  Ben            1       1       100%       96.0          96" in text


def test_a_report_without_assessments_says_so(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (2, 1))
        text = render_text(build_report(store.rounds()))
    assert "pass rate" not in text
    assert "No rounds were played in Assessment." in text


def test_the_csv_carries_the_stored_score_verdict_seed_and_answers_taken_back(folder):
    out = io.StringIO()
    write_csv(rounds_in(folder), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["mode"], r["score"], r["passed"]) for r in rows] == [
        ("assessment", "69", "no"), ("practice", "", ""), ("practice", "", ""),
        ("assessment", "96", "yes"), ("assessment", "0", "no"),
    ]  # fmt: skip
    assert rows[0]["verdict"].startswith("Not passed (score 69, 70 needed): Maria stayed")
    assert rows[4]["taken_back"] == "call:1(-30)"  # Cy took back blaming the customer
    assert [r["seed"] for r in rows] == [""] * 5


def test_the_csv_writes_the_seed_a_round_was_shuffled_with(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (2, 1), seed=77)
        assert csv_row(store.rounds()[0])["seed"] == 77


def test_a_typed_formula_never_runs_in_a_spreadsheet(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "=HYPERLINK(1)", (2, 1))
        out = io.StringIO()
        write_csv(store.rounds(), out)
    assert "'=HYPERLINK(1)" in out.getvalue()


def test_the_report_command_with_filters_and_csv(folder, tmp_path):
    table = tmp_path / "rounds.csv"
    run = cli("--data-dir", folder, "report", "--csv", table)
    assert run.returncode == 0, run.stderr
    assert "stay rate 60% (3 of 5)" in run.stdout
    assert "5 rounds written to" in run.stderr
    assert len(list(csv.DictReader(table.open()))) == 5
    run = cli("report", "--data-dir", folder, "--player", "BEN", "--since", "2026-11-23T17:25:00Z")
    assert "1 round by 1 player" in run.stdout
    assert "stay rate 100% (1 of 1)   average final trust 90.0" in run.stdout
    run = cli("report", "--data-dir", folder, "--since", "23/11/2026")
    assert run.returncode == 2 and "--since takes a date" in run.stderr


def test_the_report_reads_the_folder_from_the_environment(folder, tmp_path):
    import os

    env = {**os.environ, "MAKE_IT_RIGHT_DATA": str(folder)}
    run = cli("report", "--csv", "-", env=env)
    assert run.returncode == 0
    assert len(run.stdout.strip().splitlines()) == 6
    empty = cli("--data-dir", tmp_path / "none", "report")
    assert empty.returncode == 0 and "No rounds recorded." in empty.stdout
    assert not (tmp_path / "none").exists()  # a report creates nothing
