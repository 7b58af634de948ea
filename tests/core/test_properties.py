"""Properties: any condition parses to what an independent evaluator says; rounds stay in bounds.

Conditions are generated over the whole grammar (and, or, not, parentheses, every
comparison, signed numbers, flags) as a tree, printed with random spacing and spare
parentheses, parsed, and evaluated against a reference evaluator written here.
"""

import operator

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine.analysis import analyse
from game.engine.conditions import parse_condition
from game.engine.round import Round
from game.io.loader import load_bytes
from tests.conftest import examples

FLAGS = ["kind", "sorry", "fixed"]
ENDINGS = {"happy": "stay", "content": "stay", "gone": "leave", "angry": "leave"}


REFERENCE = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
TIGHTNESS = {"or": 1, "and": 2, "not": 3, "flag": 4, "trust": 4}


def condition_trees(flags=FLAGS, leaves=8, numbers=(-120, 220)):
    """Trees as tuples: ('flag', name), ('trust', op, n), ('not', t), ('and'|'or', [t, ...])."""
    flag = st.builds(lambda name: ("flag", name), st.sampled_from(flags))
    comparison = st.sampled_from(sorted(REFERENCE))
    trust = st.builds(lambda op, n: ("trust", op, n), comparison, st.integers(*numbers))
    atom = st.one_of(flag, trust)
    return st.recursive(
        atom,
        lambda inner: st.one_of(
            st.builds(lambda t: ("not", t), inner),
            st.builds(lambda ts: ("and", ts), st.lists(inner, min_size=2, max_size=3)),
            st.builds(lambda ts: ("or", ts), st.lists(inner, min_size=2, max_size=3)),
        ),
        max_leaves=leaves,
    )


def reference(node, trust, flags) -> bool:
    """What the condition means, computed without the game's parser or tree."""
    kind = node[0]
    if kind == "flag":
        return node[1] in flags
    if kind == "trust":
        return REFERENCE[node[1]](trust, node[2])
    if kind == "not":
        return not reference(node[1], trust, flags)
    results = [reference(child, trust, flags) for child in node[1]]
    return all(results) if kind == "and" else any(results)


@st.composite
def printed(draw, node, outer: int = 0) -> str:
    """`node` as condition text: parentheses where precedence needs them (and sometimes not)."""
    kind, gap = node[0], draw(st.sampled_from([" ", "  "]))
    if kind == "flag":
        text = node[1]
    elif kind == "trust":
        number = (
            draw(st.sampled_from([str(node[2]), f"+{node[2]}"])) if node[2] >= 0 else str(node[2])
        )
        text = f"trust{gap}{node[1]}{draw(st.sampled_from(['', ' ']))}{number}"
    elif kind == "not":
        text = f"not{gap}" + draw(printed(node[1], TIGHTNESS["not"]))
    else:
        parts = [draw(printed(child, TIGHTNESS[kind] + 1)) for child in node[1]]
        text = f"{gap}{kind}{gap}".join(parts)
    if TIGHTNESS[kind] < outer or draw(st.integers(0, 9)) == 0:
        text = f"({draw(st.sampled_from(['', ' ']))}{text})"
    return text


def conditions():
    """Condition text over the whole grammar, small enough to keep the analysis quick."""
    return condition_trees(leaves=3, numbers=(-5, 105)).flatmap(printed)


@settings(max_examples=examples(300), deadline=None)
@given(
    node=condition_trees(["a", "b", "sorry", "offered-remedy-2"]),
    data=st.data(),
    trust=st.integers(-130, 230),
    flags=st.frozensets(st.sampled_from(["a", "b", "sorry", "offered-remedy-2", "other"])),
)
def test_any_condition_means_what_the_reference_evaluator_says(node, data, trust, flags):
    text = data.draw(printed(node))
    expr, problem = parse_condition(text)
    assert problem is None, (text, problem)
    assert expr.holds(trust, flags) == reference(node, trust, flags), text


@st.composite
def scenarios(draw):
    names = [f"n{i}" for i in range(draw(st.integers(1, 6)))]
    targets = st.sampled_from(names + list(ENDINGS))
    nodes = {}
    for name in names:
        choices = []
        for index in range(draw(st.integers(1, 4))):
            choice = {"say": f"{name} option {index}", "trust": draw(st.integers(-60, 60))}
            if index > 0 and draw(st.booleans()):
                choice["if"] = draw(conditions())
            choice["set"] = draw(st.lists(st.sampled_from(FLAGS), max_size=2))
            choice["unset"] = draw(st.lists(st.sampled_from(FLAGS), max_size=1))
            if draw(st.booleans()):
                choice["goto"] = draw(targets)
            else:
                choice["goto"] = [
                    {"if": draw(conditions()), "to": draw(targets)},
                    {"to": draw(targets)},
                ]
            choices.append(choice)
        nodes[name] = {"say": f"Line at {name}.", "choices": choices}
    # Every flag is set somewhere, as a valid file requires (this node may be unreachable).
    nodes["spare"] = {"say": "Spare.", "choices": [{"say": "All.", "set": FLAGS, "goto": "happy"}]}
    document = {
        "format": 1,
        "id": "generated",
        "title": "G",
        "summary": "Generated.",
        "customer": {"name": "Gen"},
        "trust": {"start": draw(st.integers(20, 100)), "leave_at": draw(st.integers(0, 19))},
        "walkout": "gone",
        "start": names[0],
        "nodes": nodes,
        "endings": {k: {"outcome": v, "say": k} for k, v in ENDINGS.items()},
    }
    result = load_bytes(yaml.safe_dump(document).encode(), "generated.yaml", analyse=False)
    assert result.scenario is not None, result.diagnostics
    return result.scenario


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(), data=st.data())
def test_any_round_stays_in_bounds_and_ends_where_the_analysis_said_it_could(scenario, data):
    round_ = Round(scenario)
    report = analyse(scenario)
    reachable = report.reachable_nodes
    for _ in range(40):
        offered = round_.offered()
        if round_.finished or not offered:
            break
        round_.choose(data.draw(st.sampled_from([o.number for o in offered])))
        assert 0 <= round_.trust <= 100
        assert round_.finished == (round_.state.node in scenario.endings)
        if not round_.finished:
            assert round_.state.node in reachable
    if round_.finished:
        assert round_.ending.id in scenario.endings
        # the analysis (complete for scenarios this small) saw this ending and trust as possible
        assert report.complete
        assert report.endings[round_.ending.id].reachable
        assert report.worst.trust <= round_.trust <= report.best.trust
        if round_.ending.id == scenario.walkout and round_.trust <= scenario.leave_at:
            assert round_.ending.outcome == "leave"
