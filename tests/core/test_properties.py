"""Properties over generated scenarios: trust stays in 0..100, rounds end only at endings."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine.analysis import analyse
from game.engine.round import Round
from game.io.loader import load_bytes

FLAGS = ["kind", "sorry", "fixed"]
ENDINGS = {"happy": "stay", "content": "stay", "gone": "leave", "angry": "leave"}


def conditions():
    flag = st.sampled_from(FLAGS)
    trust = st.builds(lambda op, n: f"trust {op} {n}", st.sampled_from(["<", ">=", "=="]),
                      st.integers(0, 100))  # fmt: skip
    atom = st.one_of(flag, trust)
    return st.one_of(atom, st.builds(lambda a, b: f"{a} and not {b}", atom, atom))


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
                choice["goto"] = [{"if": draw(conditions()), "to": draw(targets)},
                                  {"to": draw(targets)}]  # fmt: skip
            choices.append(choice)
        nodes[name] = {"say": f"Line at {name}.", "choices": choices}
    # Every flag is set somewhere, as a valid file requires (this node may be unreachable).
    nodes["spare"] = {"say": "Spare.", "choices": [{"say": "All.", "set": FLAGS, "goto": "happy"}]}
    document = {
        "format": 1, "id": "generated", "title": "G", "summary": "Generated.",
        "customer": {"name": "Gen"},
        "trust": {"start": draw(st.integers(20, 100)), "leave_at": draw(st.integers(0, 19))},
        "walkout": "gone", "start": names[0], "nodes": nodes,
        "endings": {k: {"outcome": v, "say": k} for k, v in ENDINGS.items()},
    }  # fmt: skip
    result = load_bytes(yaml.safe_dump(document).encode(), "generated.yaml", analyse=False)
    assert result.scenario is not None, result.diagnostics
    return result.scenario


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(), data=st.data())
def test_any_round_keeps_trust_in_range_and_ends_only_at_an_ending(scenario, data):
    round_ = Round(scenario)
    reachable = analyse(scenario).reachable_nodes
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
        if round_.ending.id == scenario.walkout and round_.trust <= scenario.leave_at:
            assert round_.ending.outcome == "leave"
