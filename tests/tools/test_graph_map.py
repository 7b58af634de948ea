"""`make-it-right graph`: the branch map as DOT, and SVG/PNG through Graphviz when it is there."""

import os
import re
import shutil

import pytest

from game.engine.analysis import analyse
from game.io.graph import to_dot
from game.io.loader import load_scenario
from tests.tools.support import DESIGN_EXAMPLE, HERE, REPO, cli

SHIPPED = sorted((REPO / "scenarios").glob("*.yaml"))
STATEMENT = re.compile(r'^  "((?:[^"\\]|\\.)*)"(?: -> "((?:[^"\\]|\\.)*)")? \[(.*)\];$')
needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None,
    reason="Graphviz is not installed (apt-get install graphviz; .ci/run installs it)",
)


def parse(dot: str):
    """Nodes and edges of our DOT output, checking every statement has the expected shape."""
    lines = dot.rstrip("\n").splitlines()
    assert lines[0].startswith("digraph ") and lines[0].endswith("{") and lines[-1] == "}"
    nodes, edges = {}, []
    for line in lines[4:-1]:
        match = STATEMENT.match(line)
        assert match, f"not a DOT statement: {line}"
        source, target, options = match.groups()
        if target is None:
            nodes[source] = options
        else:
            edges.append((source, target, options))
    return nodes, edges


def dot_of(path):
    scenario = load_scenario(path).scenario
    return scenario, analyse(scenario), to_dot(scenario, analyse(scenario))


@pytest.mark.parametrize("path", [DESIGN_EXAMPLE, *SHIPPED], ids=lambda p: p.name)
def test_the_map_has_every_reachable_node_and_ending(path):
    scenario, report, dot = dot_of(path)
    nodes, edges = parse(dot)
    reachable = report.reachable_nodes | {e for e, o in report.endings.items() if o.reachable}
    assert reachable <= set(nodes)
    assert set(nodes) == set(scenario.nodes) | set(scenario.endings)
    assert {s for s, _, _ in edges} | {t for _, t, _ in edges} <= set(nodes)


def test_choices_are_edges_with_number_and_trust_change():
    _, _, dot = dot_of(DESIGN_EXAMPLE)
    _, edges = parse(dot)
    labels = {(s, t): o for s, t, o in edges}
    assert 'label="1: -30"' in labels[("call", "bristles")]
    assert 'label="2: +25"' in labels[("call", "remedy")]
    assert "[trust >= 80]" in labels[("remedy", "loyal")]


def test_endings_are_coloured_by_outcome_with_word_of_mouth():
    nodes, _ = parse(dot_of(DESIGN_EXAMPLE)[2])
    assert "STAYS · tells 5" in nodes["loyal"] and "#c8e6c9" in nodes["loyal"]
    assert "LEAVES · tells 12" in nodes["hangs-up"] and "#ffcdd2" in nodes["hangs-up"]


def test_unreachable_parts_are_grey_and_best_and_worst_paths_are_marked():
    nodes, edges = parse(dot_of(HERE / "unreachable-part.yaml")[2])
    assert "never reached" in nodes["forgotten"] and "#9e9e9e" in nodes["forgotten"]
    assert "never reached" in nodes["lost"]
    assert "never reached" not in nodes["open"]
    by_label = {re.search(r'label="([^"]*)"', o).group(1): o for _, _, o in edges}
    assert 'color="#2e7d32"' in by_label["1: +30"]  # best path
    assert 'color="#c62828"' in by_label["2: -40\\nwalks out"]  # worst path: the walk-out
    assert "never taken" in by_label["2: -40"]  # goto close is never followed: trust runs out
    assert "never taken" in by_label["1: ±0"]


def test_quotes_and_accents_in_lines_are_escaped():
    nodes, _ = parse(dot_of(HERE / "unreachable-part.yaml")[2])
    assert '\\"express\\"' in nodes["open"] and "café" in nodes["open"]


def test_graph_writes_dot_without_graphviz(tmp_path):
    out = tmp_path / "map.dot"
    run = cli("graph", DESIGN_EXAMPLE, "-o", out)
    assert run.returncode == 0, run.stderr
    assert parse(out.read_text(encoding="utf-8"))[0]


def test_svg_without_graphviz_says_how_to_install_it(tmp_path):
    bare = tmp_path / "bin"
    bare.mkdir()
    env = {**os.environ, "PATH": str(bare)}
    run = cli("graph", DESIGN_EXAMPLE, "-o", tmp_path / "map.svg", env=env)
    assert run.returncode == 2
    for needed in ("apt-get install graphviz", "brew install graphviz", "winget install"):
        assert needed in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "map.svg").exists()


def test_an_unknown_output_format_is_a_usage_error(tmp_path):
    run = cli("graph", DESIGN_EXAMPLE, "-o", tmp_path / "map.pdf")
    assert run.returncode == 2 and ".svg, .png or .dot" in run.stderr


@needs_dot
@pytest.mark.parametrize(
    "path", [DESIGN_EXAMPLE, HERE / "unreachable-part.yaml", *SHIPPED], ids=lambda p: p.name
)
def test_graphviz_parses_the_map_and_draws_svg(path, tmp_path):
    out = tmp_path / "map.svg"
    run = cli("graph", path, "-o", out)
    assert run.returncode == 0, run.stderr
    assert "<svg" in out.read_text(encoding="utf-8")


@needs_dot
def test_graphviz_draws_png(tmp_path):
    out = tmp_path / "map.png"
    assert cli("graph", DESIGN_EXAMPLE, "-o", out).returncode == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_a_file_with_errors_gets_its_diagnostics_not_a_map(tmp_path):
    bad = REPO / "tests" / "fixtures" / "bad" / "E120-dangling-target.yaml"
    run = cli("graph", bad, "-o", tmp_path / "map.dot")
    assert run.returncode == 1
    assert "E120" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "map.dot").exists()
