"""Each way a file can be broken, with the whole list of diagnostics it must produce.

Every case changes one thing in a clean base file and names every diagnostic that
follows, with its position, message and hint: a changed message, a lost hint or a
new follow-on error all show up here. (Cascades the loader produces today are kept
and marked, so a change to them is noticed.)
"""

import pytest

from game.io.glossary import builtin_glossary
from game.io.loader import load_bytes, load_scenario
from game.model.scenario import Principle
from tests.conftest import FIXTURES

BASE = """\
format: 1
id: base
title: Base
summary: A base to break.
customer:
  name: Ann
  look: {skin: "#111111"}
trust: {start: 50, leave_at: 15}
walkout: gone
start: a
principles:
  mine: {name: Mine, summary: My own., good: true}
nodes:
  a:
    say: Hi.
    choices:
      - say: Go.
        principles: [mine]
        goto:
          - if: trust > 60
            to: stays
          - to: gone
      - {say: Smile., trust: 20, goto: stays}
endings:
  stays: {outcome: stay, say: Fine.}
  gone: {outcome: leave, say: Bye.}
"""

# case -> (text replaced in BASE (None: the whole file), replacement, diagnostics as
# (code, line, column, message, hint)). Where a section is replaced by a wrong type, the
# rest of it is parked under an unknown key 'old', reported as E110.
CASES = {
    "unknown key at the top": (
        "title: Base\n",
        "title: Base\ntitel: Base\n",
        [("E110", 4, 1, "unknown key 'titel' in the scenario", "did you mean 'title'?")],
    ),
    "unknown key in the customer": (
        "  name: Ann\n",
        "  name: Ann\n  nam: Ann\n",
        [("E110", 7, 3, "unknown key 'nam' in 'customer'", "did you mean 'name'?")],
    ),
    "unknown key in the look": (
        '{skin: "#111111"}',
        '{skin: "#111111", hat: "#000000"}',
        [
            (
                "E110",
                7,
                27,
                "unknown key 'hat' in 'look'",
                "allowed keys: skin, hair, shirt, age, build, hair_style, facial_hair, glasses, clothing, accessory",
            )
        ],
    ),
    "unknown key in trust": (
        "leave_at: 15}",
        "leave_at: 15, stat: 3}",
        [("E110", 8, 34, "unknown key 'stat' in 'trust'", "did you mean 'start'?")],
    ),
    "unknown key in a principle": (
        "good: true}",
        "good: true, bad: false}",
        [
            (
                "E110",
                12,
                52,
                "unknown key 'bad' in principle 'mine'",
                "allowed keys: name, summary, good, explanation",
            )
        ],
    ),
    "unknown key in a node": (
        "    say: Hi.\n",
        "    say: Hi.\n    sya: Hi.\n",
        [("E110", 16, 5, "unknown key 'sya' in node 'a'", "did you mean 'say'?")],
    ),
    "unknown key in a choice": (
        "      - say: Go.\n",
        "      - say: Go.\n        feedbak: x\n",
        [("E110", 18, 9, "unknown key 'feedbak' in a choice", "did you mean 'feedback'?")],
    ),
    "unknown key in a branch": (
        "            to: stays\n",
        "            to: stays\n            too: x\n",
        [("E110", 22, 13, "unknown key 'too' in a goto branch", "did you mean 'to'?")],
    ),
    "unknown key in an ending": (
        "say: Fine.}",
        "say: Fine., tell: 3}",
        [("E110", 25, 38, "unknown key 'tell' in ending 'stays'", "did you mean 'tells'?")],
    ),
    "the file is not a mapping": (
        None,
        "just words\n",
        [("E112", 1, 1, "a scenario file must be a mapping of 'key: value' lines", "")],
    ),
    "customer not a mapping": (
        'customer:\n  name: Ann\n  look: {skin: "#111111"}\n',
        "customer: Ann\n",
        [("E112", 5, 11, "'customer' must be a mapping of 'key: value' lines", "")],
    ),
    "look not a mapping": (
        'look: {skin: "#111111"}',
        "look: red",
        [("E112", 7, 9, "'look' must be a mapping of 'key: value' lines", "")],
    ),
    "trust not a mapping": (
        "trust: {start: 50, leave_at: 15}",
        "trust: 50",
        [("E112", 8, 8, "'trust' must be a mapping of 'key: value' lines", "")],
    ),
    "principles not a mapping": (
        "principles:\n  mine: {name: Mine, summary: My own., good: true}\n",
        "principles: [mine]\n",
        [
            ("E112", 11, 13, "'principles' must be a mapping of 'key: value' lines", ""),
            (
                "E121",
                17,
                22,
                "unknown principle 'mine'",
                "see docs/principles.md, or define it under 'principles:' in this file",
            ),
        ],
    ),
    "a principle not a mapping": (
        "  mine: {name: Mine, summary: My own., good: true}",
        "  mine: yes",
        [
            ("E112", 12, 9, "principle 'mine' must be a mapping of 'key: value' lines", ""),
            (
                "E121",
                18,
                22,
                "unknown principle 'mine'",
                "see docs/principles.md, or define it under 'principles:' in this file",
            ),
        ],
    ),
    "a principle without good": (
        "summary: My own., good: true}",
        "summary: My own.}",
        [
            ("E111", 12, 9, "principle 'mine' is missing the required key 'good'", ""),
            (
                "E121",
                18,
                22,
                "unknown principle 'mine'",
                "see docs/principles.md, or define it under 'principles:' in this file",
            ),
        ],
    ),
    "a principle without a name": (
        "{name: Mine, summary",
        "{summary",
        [
            ("E111", 12, 9, "principle 'mine' is missing the required key 'name'", ""),
            (
                "E121",
                18,
                22,
                "unknown principle 'mine'",
                "see docs/principles.md, or define it under 'principles:' in this file",
            ),
        ],
    ),
    "a principle not a mapping before a good one": (
        "  mine: {name: Mine, summary: My own., good: true}",
        "  odd: yes\n  mine: {name: Mine, summary: My own., good: true}",
        [("E112", 12, 8, "principle 'odd' must be a mapping of 'key: value' lines", "")],
    ),
    "walkout a list": (
        "walkout: gone",
        "walkout: [gone]",
        [("E112", 9, 10, "'walkout' must be text", "")],
    ),
    "no walkout": (
        "walkout: gone\n",
        "",
        [("E111", 1, 1, "the scenario is missing the required key 'walkout'", "")],
    ),
    # an unreadable number falls back to the default before leave_at and start are compared
    "start not a number": (
        "start: 50,",
        "start: lots,",
        [("E112", 8, 16, "'start' must be a whole number", "")],
    ),
    "leave_at not a number": (
        "leave_at: 15}",
        "leave_at: few}",
        [("E112", 8, 30, "'leave_at' must be a whole number", "")],
    ),
    "nodes not a mapping": (
        "nodes:\n  a:",
        "nodes: [a]\nold:\n  a:",
        [
            ("E120", 10, 8, "start 'a' is not a node", ""),
            ("E112", 13, 8, "'nodes' must be a mapping of 'key: value' lines", ""),
            (
                "E110",
                14,
                1,
                "unknown key 'old' in the scenario",
                "allowed keys: format, id, title, summary, difficulty, tags, channel, setting, customer, trust, walkout, start, nodes, endings, principles, debrief",
            ),
        ],
    ),
    "no nodes": (
        "nodes:\n",
        "nodes: {}\nold:\n",
        [
            ("E120", 10, 8, "start 'a' is not a node", ""),
            ("E113", 13, 8, "'nodes' needs at least one node", ""),
            (
                "E110",
                14,
                1,
                "unknown key 'old' in the scenario",
                "allowed keys: format, id, title, summary, difficulty, tags, channel, setting, customer, trust, walkout, start, nodes, endings, principles, debrief",
            ),
        ],
    ),
    "a node not a mapping": (
        "  a:\n    say: Hi.",
        "  a: Hi.\n  b:\n    say: Hi.",
        [("E112", 14, 6, "node 'a' must be a mapping of 'key: value' lines", "")],
    ),
    "choices not a list": (
        "    choices:\n      - say: Go.",
        "    choices: Go\n    old:\n      - say: Go.",
        [
            ("E112", 16, 14, "'choices' of node 'a' must be a list", ""),
            (
                "E110",
                17,
                5,
                "unknown key 'old' in node 'a'",
                "allowed keys: say, speaker, mood, prompt, choices",
            ),
        ],
    ),
    "a choice not a mapping": (
        "      - say: Go.\n",
        "      - Go away\n      - say: Go.\n",
        [("E112", 17, 9, "a choice must be a mapping of 'key: value' lines", "")],
    ),
    "a choice without goto": (
        "      - say: Go.\n",
        "      - say: Stay.\n      - say: Go.\n",
        [("E111", 17, 9, "a choice is missing the required key 'goto'", "")],
    ),
    "goto not an id or list": (
        "        goto:\n          - if: trust > 60\n            to: stays\n          - to: gone\n",
        "        goto: {to: stays}\n",
        [("E112", 19, 15, "'goto' must be an id or a list of branches '- if: ... / to: ...'", "")],
    ),
    "goto an empty list": (
        "        goto:\n          - if: trust > 60\n            to: stays\n          - to: gone\n",
        "        goto: []\n",
        [("E112", 19, 15, "'goto' must be an id or a list of branches '- if: ... / to: ...'", "")],
    ),
    # cascade: with the second branch unreadable, the first is taken as the last one
    "a branch not a mapping": (
        "          - to: gone\n",
        "          - gone\n",
        [
            (
                "E125",
                20,
                17,
                "the last goto branch must have no 'if', so the round always goes somewhere",
                "",
            ),
            ("E112", 22, 13, "a goto branch must be a mapping of 'key: value' lines", ""),
        ],
    ),
    "a branch without to": (
        "          - to: gone\n",
        "          - {}\n",
        [("E111", 22, 13, "a goto branch is missing the required key 'to'", "")],
    ),
    "a branch without if before the last": (
        "          - if: trust > 60\n            to: stays\n",
        "          - to: stays\n",
        [
            (
                "E125",
                20,
                13,
                "only the last goto branch may leave out 'if'; later ones never run",
                "",
            )
        ],
    ),
    "a middle branch of three without if": (
        "          - to: gone\n",
        "          - to: stays\n          - to: gone\n",
        [
            (
                "E125",
                22,
                13,
                "only the last goto branch may leave out 'if'; later ones never run",
                "",
            )
        ],
    ),
    "the last of three branches with an if": (
        "          - to: gone\n",
        "          - if: trust < 5\n            to: gone\n          - if: trust < 9\n            to: gone\n",
        [
            (
                "E125",
                24,
                17,
                "the last goto branch must have no 'if', so the round always goes somewhere",
                "",
            )
        ],
    ),
    "the last branch with an if": (
        "          - to: gone\n",
        "          - if: trust < 5\n            to: gone\n",
        [
            (
                "E125",
                22,
                17,
                "the last goto branch must have no 'if', so the round always goes somewhere",
                "",
            )
        ],
    ),
    "if not a string": (
        "          - if: trust > 60\n",
        "          - if: 10\n",
        [("E112", 20, 17, "'if' must be a condition such as 'trust >= 50'", "")],
    ),
    "a condition syntax error": (
        "if: trust > 60",
        "if: trust >> 10",
        [("E130", 20, 24, "condition: expected a whole number after '>', found '>'", "")],
    ),
    "unsupported format": (
        "format: 1",
        "format: 2",
        [("E115", 1, 9, "unsupported format '2'; this game reads format 1", "write 'format: 1'")],
    ),
    "a bad id": (
        "id: base",
        "id: Base_1",
        [("E114", 2, 5, "'Base_1' is not a valid id", "")],
    ),
    "a bad colour": (
        '"#111111"',
        '"red"',
        [("E112", 7, 16, "'red' is not a colour like \"#3a6ea5\"", "")],
    ),
    "a bad pin": (
        "      - say: Go.\n",
        "      - say: Go.\n        pin: middle\n",
        [("E112", 18, 14, "'middle' is not 'first' or 'last'", "")],
    ),
    "a bad outcome": (
        "outcome: stay",
        "outcome: maybe",
        [("E112", 25, 20, "'maybe' is not 'stay' or 'leave'", "")],
    ),
    "a bad node id": (
        "  a:\n",
        "  a!:\n    say: Again.\n    choices: [{say: x, goto: gone}]\n  a:\n",
        [
            (
                "E114",
                14,
                3,
                "'a!' is not a valid node id",
                "use letters, digits, '-' and '_', starting with a letter or digit",
            )
        ],
    ),
    "a branch to nowhere": (
        "            to: stays\n",
        "            to: nowhere\n",
        [("E120", 21, 17, "goto target 'nowhere' is not a node or an ending", "")],
    ),
    "a branch with an empty to": (
        "            to: stays\n",
        "            to:\n",
        [("E112", 21, 16, "'to' must be text", "")],
    ),
    "a node without say": (
        "    say: Hi.\n",
        "",
        [("E111", 15, 5, "node 'a' is missing the required key 'say'", "")],
    ),
    "only start given": (
        "trust: {start: 50, leave_at: 15}",
        "trust: {start: 10}",
        [
            (
                "E113",
                8,
                8,
                "leave_at (15) must be below start (10)",
                "or the customer walks out before a word",
            )
        ],
    ),
    "only leave_at given": (
        "trust: {start: 50, leave_at: 15}",
        "trust: {leave_at: 50}",
        [
            (
                "E113",
                8,
                19,
                "leave_at (50) must be below start (50)",
                "or the customer walks out before a word",
            )
        ],
    ),
    "a bad ending id": (
        "  gone: {",
        "  gone!: {outcome: leave, say: x}\n  gone: {",
        [
            (
                "E114",
                26,
                3,
                "'gone!' is not a valid ending id",
                "use letters, digits, '-' and '_', starting with a letter or digit",
            )
        ],
    ),
    "an ending not a mapping": (
        "  stays: {outcome: stay, say: Fine.}",
        "  stays: fine\n  also: {outcome: stay, say: Fine.}",
        [("E112", 25, 10, "ending 'stays' must be a mapping of 'key: value' lines", "")],
    ),
    # cascade: with no endings read, every reference to one is dangling too
    "endings not a mapping": (
        "endings:\n  stays",
        "endings: [stays]\nold:\n  stays",
        [
            (
                "E124",
                1,
                1,
                "the scenario has no ending with outcome 'leave'",
                "every scenario needs at least one 'stay' and one 'leave' ending",
            ),
            (
                "E124",
                1,
                1,
                "the scenario has no ending with outcome 'stay'",
                "every scenario needs at least one 'stay' and one 'leave' ending",
            ),
            ("E120", 9, 10, "walkout 'gone' is not an ending", ""),
            ("E120", 21, 17, "goto target 'stays' is not a node or an ending", ""),
            ("E120", 22, 17, "goto target 'gone' is not a node or an ending", ""),
            ("E120", 23, 40, "goto target 'stays' is not a node or an ending", ""),
            ("E112", 24, 10, "'endings' must be a mapping of 'key: value' lines", ""),
            (
                "E110",
                25,
                1,
                "unknown key 'old' in the scenario",
                "allowed keys: format, id, title, summary, difficulty, tags, channel, setting, customer, trust, walkout, start, nodes, endings, principles, debrief",
            ),
        ],
    ),
    "leave_at above start": (
        "leave_at: 15",
        "leave_at: 55",
        [
            (
                "E113",
                8,
                30,
                "leave_at (55) must be below start (50)",
                "or the customer walks out before a word",
            )
        ],
    ),
    "walkout left empty": (
        "walkout: gone",
        "walkout:",
        [("E112", 9, 9, "'walkout' must be text", "")],
    ),
    "start left empty": (
        "start: a",
        "start:",
        [("E112", 10, 7, "'start' must be text", "")],
    ),
    "the customer without a name": (
        "  name: Ann\n",
        "  role: Cook\n",
        [("E111", 6, 3, "'customer' is missing the required key 'name'", "")],
    ),
}


def load_case(old, new):
    text = new if old is None else BASE.replace(old, new, 1)
    assert old is None or old in BASE
    return load_bytes(text.encode(), "b.yaml")


def test_the_base_file_is_clean():
    assert load_bytes(BASE.encode(), "b.yaml").diagnostics == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_fault_gives_exactly_its_diagnostics(case):
    old, new, expected = CASES[case]
    result = load_case(old, new)
    found = [(d.code, d.span.line, d.span.column, d.message, d.hint) for d in result.diagnostics]
    assert found == expected
    assert result.scenario is None


def test_a_file_that_does_not_parse_keeps_its_name_and_text():
    result = load_bytes(b"format: [\n", "broken.yaml")
    assert (result.path, result.text, result.scenario, result.scenario_id) == (
        "broken.yaml",
        "format: [\n",
        None,
        "",
    )


def test_a_broken_file_with_an_id_keeps_the_id_but_no_scenario():
    result = load_case("leave_at: 15", "leave_at: 55")
    assert (result.scenario, result.scenario_id, result.id_span.line) == (None, "base", 2)
    result = load_case("title: Base\n", "")
    assert (result.scenario, result.scenario_id, result.id_span) == (None, "", None)


def test_a_glossary_passed_in_replaces_the_built_in_one():
    own = {"mine": Principle("mine", "Mine", "Mine.", True)}
    text = BASE.replace("principles:\n  mine: {name: Mine, summary: My own., good: true}\n", "")
    assert load_bytes(text.encode(), "b.yaml", glossary=own).ok
    assert not load_bytes(text.encode(), "b.yaml", glossary={}).ok
    text = text.replace("principles: [mine]", "principles: [apologize]")
    assert load_bytes(text.encode(), "b.yaml").ok  # the built-in glossary by default
    assert not load_bytes(text.encode(), "b.yaml", glossary=own).ok
    assert "apologize" in builtin_glossary()


def test_loading_a_file_uses_the_glossary_passed_in(tmp_path):
    path = tmp_path / "own.yaml"
    path.write_text(BASE.replace("principles: [mine]", "principles: [apologize]"), encoding="utf-8")
    assert load_scenario(path).ok
    assert not load_scenario(path, glossary={}).ok


def test_loading_bytes_and_loading_the_file_agree_and_both_analyse():
    path = FIXTURES / "bad" / "W200-unreachable.yaml"
    from_file = load_scenario(path)
    from_bytes = load_bytes(path.read_bytes(), str(path))
    assert [d.code for d in from_bytes.diagnostics] == ["W200"]
    assert from_bytes.diagnostics == from_file.diagnostics
    assert load_bytes(path.read_bytes(), str(path), analyse=False).diagnostics == []
