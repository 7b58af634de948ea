"""`make-it-right check` prints the answers along each witness, not only their numbers."""

import json

from game.cli.check import answers
from game.io.loader import load_scenario
from tests.tools.support import DESIGN_EXAMPLE, HERE, cli


def check(*args):
    return cli("check", *args).stdout


def test_each_ending_lists_the_answers_that_reach_it_node_by_node():
    lines = check(DESIGN_EXAMPLE).splitlines()
    at = lines.index("  hangs-up    leave  reached by choosing 1 2  (final trust 10)")
    assert lines[at + 1 : at + 3] == [
        "      call:     1. Next time, please say clearly that you want the pasta on it.",
        "      bristles: 2. Our policy is that orders are checked at the counter.",
    ]


def test_a_long_answer_is_cut_short_in_the_text(tmp_path):
    long = "I am so sorry, " * 10 + "truly."
    path = tmp_path / "long.yaml"
    path.write_text(
        DESIGN_EXAMPLE.read_text().replace(
            "Next time, please say clearly that you want the pasta on it.", long
        )
    )
    shown = [line for line in check(path).splitlines() if line.startswith("      call:     1.")]
    assert shown and all(line.endswith("…") and len(line) < 100 for line in shown)


def test_json_keeps_the_witness_and_adds_the_path():
    report = json.loads(check(DESIGN_EXAMPLE, "--json"))
    ending = report["endings"]["loyal"]
    assert ending["witness"] == [2, 1]
    assert ending["path"] == [
        {
            "node": "call",
            "number": 2,
            "say": "That's our mistake and I'm sorry. I'll have a fresh one made now, on us.",
        },
        {"node": "remedy", "number": 1, "say": "Twenty minutes, and the next pie is on us too."},
    ]
    assert report["best"]["path"] == ending["path"]


def test_the_numbers_count_only_the_answers_on_offer():
    # after blaming the customer, trust is 40 at remedy: its first answer (if apologized
    # and trust >= 50) is hidden, so number 1 there is the file's second answer
    scenario = load_scenario(DESIGN_EXAMPLE).scenario
    steps = answers(scenario, (1, 1, 1))
    assert [(s.node, s.number) for s in steps] == [("call", 1), ("bristles", 1), ("remedy", 1)]
    assert steps[-1].say == "About twenty minutes. I'll call you when it's out of the oven."


def test_an_unreachable_ending_has_no_path():
    report = json.loads(check(HERE / "unreachable-part.yaml", "--json"))
    never = [e for e in report["endings"].values() if not e["reachable"]]
    assert never and all(e["path"] is None and e["witness"] is None for e in never)
