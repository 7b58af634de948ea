"""xAPI statements carry every field xAPI 1.0.3 requires, in the forms it requires."""

import json
import re
import subprocess
import sys
import uuid
from urllib.parse import urlparse

import pytest

from game.records import RecordStore
from game.records.xapi import duration, statements
from tests.conftest import REPO
from tests.records.support import CLASS, record, record_class

STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
                  "authority", "version", "attachments"}  # fmt: skip
SCORE_KEYS = ("scaled", "raw", "min", "max")
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
DURATION = re.compile(
    r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def is_iri(text):
    parts = urlparse(text)
    return isinstance(text, str) and bool(parts.scheme) and bool(parts.netloc or parts.path)


def is_uuid(text):
    try:
        return str(uuid.UUID(text)) == text.lower()
    except (TypeError, ValueError, AttributeError):
        return False


def language_map(value):
    return isinstance(value, dict) and value and all(
        LANGUAGE.match(k) and isinstance(v, str) for k, v in value.items()
    )  # fmt: skip


def problems(statement):
    """What xAPI 1.0.3 (section 2.4) would refuse in `statement`; [] when it conforms."""
    found = [f"unknown property {k}" for k in set(statement) - STATEMENT_KEYS]
    found += [f"missing {k}" for k in ("actor", "verb", "object") if k not in statement]
    if "id" in statement and not is_uuid(statement["id"]):
        found.append("id is not a UUID")
    actor = statement.get("actor", {})
    if actor.get("objectType", "Agent") != "Agent" or sum(k in actor for k in IFIS) != 1:
        found.append("actor needs exactly one identifier")
    account = actor.get("account", {})
    if not (is_iri(account.get("homePage", "")) and isinstance(account.get("name"), str)):
        found.append("account needs homePage (IRL) and name")
    verb = statement.get("verb", {"id": "http://example.com/missing-and-said-so"})
    if not is_iri(verb.get("id", "")) or ("display" in verb and not language_map(verb["display"])):
        found.append("verb needs an IRI id and a language-map display")
    found += activity_problems(statement.get("object", {}))
    found += result_problems(statement.get("result", {}))
    found += context_problems(statement.get("context", {}))
    if "timestamp" in statement and not TIMESTAMP.match(statement["timestamp"]):
        found.append("timestamp is not ISO 8601")
    verb_name = verb.get("id", "").rsplit("/", 1)[-1]
    success = statement.get("result", {}).get("success")
    if verb_name in ("passed", "failed") and success is not (verb_name == "passed"):
        found.append(f"a '{verb_name}' statement needs result.success {verb_name == 'passed'}")
    return found


def activity_problems(activity):
    found = []
    if activity.get("objectType", "Activity") != "Activity" or not is_iri(activity.get("id", "")):
        found.append("object must be an Activity with an IRI id")
    definition = activity.get("definition", {})
    if "name" in definition and not language_map(definition["name"]):
        found.append("definition name is not a language map")
    if "type" in definition and not is_iri(definition["type"]):
        found.append("definition type is not an IRI")
    return found


def is_number(value):
    return isinstance(value, int | float) and not isinstance(value, bool)


def result_problems(result):
    found = []
    score = result.get("score", {})
    found += [f"unknown score property {k}" for k in sorted(set(score) - set(SCORE_KEYS))]
    found += [
        f"score.{k} is not a number" for k in SCORE_KEYS if k in score and not is_number(score[k])
    ]
    if found:
        return found
    if "scaled" in score and not -1 <= score["scaled"] <= 1:
        found.append("score.scaled outside -1..1")
    if "min" in score and "max" in score and not score["min"] < score["max"]:
        found.append("score.min must be below score.max")
    if "raw" in score and not score.get("min", -1e9) <= score["raw"] <= score.get("max", 1e9):
        found.append("score.raw outside min..max")
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            found.append(f"result.{key} is not a boolean")
    if "duration" in result and not DURATION.match(result["duration"]):
        found.append("result.duration is not an ISO 8601 duration")
    found += [
        f"extension key {k} is not an IRI" for k in result.get("extensions", {}) if not is_iri(k)
    ]
    return found


def context_problems(context):
    found = []
    if "registration" in context and not is_uuid(context["registration"]):
        found.append("context.registration is not a UUID")
    for key in ("platform", "revision"):
        if key in context and not isinstance(context[key], str):
            found.append(f"context.{key} is not a string")
    found += [
        f"extension key {k} is not an IRI" for k in context.get("extensions", {}) if not is_iri(k)
    ]
    return found


@pytest.fixture
def exported(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record_class(store)
        return statements(store.rounds())


def of_round(exported, n):
    """The statements of the n-th round of CLASS (0-based), in order."""
    rounds = list(dict.fromkeys(s["context"]["registration"] for s in exported))
    return [s for s in exported if s["context"]["registration"] == rounds[n]]


def test_every_statement_has_the_required_fields_in_valid_forms(exported):
    assessed = sum(mode == "assessment" for _, _, _, _, mode, _ in CLASS)
    assert len(exported) == len(CLASS) + assessed
    for statement in json.loads(json.dumps(exported)):
        assert problems(statement) == [], statement


def test_the_validator_itself_refuses_what_the_spec_refuses(exported):
    broken = json.loads(json.dumps(exported[0]))
    del broken["verb"]
    broken["actor"]["mbox"] = "mailto:a@example.com"
    broken["result"]["score"]["scaled"] = 1.5
    broken["result"]["duration"] = "2 minutes"
    broken["id"] = "round-1"
    assert problems(broken) == [
        "missing verb",
        "id is not a UUID",
        "actor needs exactly one identifier",
        "score.scaled outside -1..1",
        "result.duration is not an ISO 8601 duration",
    ]


def test_the_validator_refuses_a_score_outside_its_range_or_not_a_number(exported):
    broken = json.loads(json.dumps(exported[0]))
    broken["result"]["score"]["raw"] = 101
    assert problems(broken) == ["score.raw outside min..max"]
    broken["result"]["score"] = {"scaled": "0.69", "grade": "C"}
    assert problems(broken) == ["unknown score property grade", "score.scaled is not a number"]


def test_the_validator_refuses_a_verdict_verb_that_contradicts_success(exported):
    failed = json.loads(json.dumps(exported[1]))
    failed["result"]["success"] = True
    assert problems(failed) == ["a 'failed' statement needs result.success False"]


def test_completed_for_every_round_and_a_verdict_for_assessments(exported):
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in exported]
    assert verbs == ["completed", "failed", "completed", "completed", "completed", "passed",
                     "completed", "failed"]  # fmt: skip
    assert all(s["verb"]["id"].startswith("http://adlnet.gov/expapi/verbs/") for s in exported)


def test_the_mapping_of_one_round(exported):
    first, verdict = of_round(exported, 0)  # Ana: (1, 1, 1) in Assessment, 125 s, trust 45
    assert first["actor"]["account"] == {"homePage": "https://make-it-right.example", "name": "Ana"}
    assert first["object"]["id"] == "https://make-it-right.example/scenarios/missing-penne"
    assert first["object"]["definition"]["name"] == {"en-US": "The Missing Penne"}
    assert (first["result"]["completion"], first["result"]["duration"]) == (True, "PT2M5S")
    assert first["timestamp"] == "2026-11-23T17:02:05Z"
    assert first["result"]["extensions"]["https://make-it-right.example/xapi/trust"] == 45
    assert verdict["result"] == first["result"]
    assert of_round(exported, 2)[0]["result"]["duration"] == "PT1H1M1S"
    assert of_round(exported, 3)[0]["result"]["duration"] == "PT0S"


def test_an_assessment_carries_its_stored_score_and_verdict(exported):
    ana, ben, cy = of_round(exported, 0)[0], of_round(exported, 3)[0], of_round(exported, 4)[0]
    assert ana["result"]["score"] == {"scaled": 0.69, "raw": 69, "min": 0, "max": 100}
    assert [s["result"]["success"] for s in (ana, ben, cy)] == [False, True, False]
    assert [s["result"]["score"]["raw"] for s in (ana, ben, cy)] == [69, 96, 0]
    reason = ana["result"]["extensions"]["https://make-it-right.example/xapi/verdict"]
    assert reason.startswith("Not passed (score 69, 70 needed)")


def test_a_practice_round_claims_no_score_and_no_pass(exported):
    (practice,) = of_round(exported, 2)  # Ben kept the customer at trust 100, in Practice
    assert "score" not in practice["result"] and "success" not in practice["result"]
    assert practice["context"]["extensions"]["https://make-it-right.example/xapi/mode"] == (
        "practice"
    )


def test_the_seed_goes_in_a_context_extension(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record(store, "Ana", (2, 1), mode="assessment", seed=31337)
        record(store, "Ana", (2, 1), minute=1, mode="assessment")
        shuffled, _, in_file_order, _ = statements(store.rounds(), "https://lms.example.org")
    assert shuffled["context"]["extensions"]["https://lms.example.org/xapi/seed"] == 31337
    assert "https://lms.example.org/xapi/seed" not in in_file_order["context"]["extensions"]


def test_ids_are_unique_and_the_same_on_every_export(tmp_path, exported):
    assert len({s["id"] for s in exported}) == len(exported)
    with RecordStore.open(tmp_path) as store:
        again = statements(store.rounds())
    assert [s["id"] for s in again] == [s["id"] for s in exported]
    assert exported[0]["context"]["registration"] == exported[1]["context"]["registration"]


@pytest.mark.parametrize(
    "seconds, text", [(0, "PT0S"), (59, "PT59S"), (60, "PT1M"), (3600, "PT1H"), (3725, "PT1H2M5S")]
)
def test_durations(seconds, text):
    assert duration(seconds) == text


def test_the_export_command_writes_a_json_array(tmp_path):
    with RecordStore.open(tmp_path) as store:
        record_class(store)
    out = tmp_path / "statements.json"
    run = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path), "export",
         "--xapi", str(out), "--player", "cy", "--base", "https://lms.example.org/"],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "2 statements (1 round)" in run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and [problems(s) for s in data] == [[], []]
    assert data[0]["object"]["id"] == "https://lms.example.org/scenarios/missing-penne"
    assert data[1]["result"]["success"] is False
