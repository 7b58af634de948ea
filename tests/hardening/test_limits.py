"""Resource limits: huge files, alias bombs, deep nesting and huge scenarios stay bounded.

Bounds are on work done (bytes read) and memory, never on wall-clock time: the speed
goals are in tools/bench.py.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.io.loader import load_bytes, load_scenario
from game.io.yaml_source import MAX_FILE_BYTES
from tests.conftest import REPO

MEASURE = """
import json, sys
sys.path[:0] = [{repo!r}, {tools!r}]
from game.io.loader import load_bytes
from generate import generate
from peak_memory import peak_mb
data = {make}
result = load_bytes(data, "big.yaml")
print(json.dumps({{
    "peak_mb": peak_mb(),
    "codes": sorted({{d.code for d in result.diagnostics}}),
    "ok": result.ok,
}}))
"""


def measure(make: str) -> dict:
    code = MEASURE.format(repo=str(REPO), tools=str(REPO / "tools"), make=make)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def bytes_read() -> int:
    """Bytes this process has read so far (Linux's /proc/self/io rchar)."""
    for line in Path("/proc/self/io").read_text(encoding="ascii").splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts reads through /proc")
def test_a_50_mb_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:
        handle.write(b"format: 1\n")
        handle.write(b"# padding\n" * 5_000_000)
    before = bytes_read()
    result = load_scenario(path)
    assert bytes_read() - before <= MAX_FILE_BYTES + 64 * 1024  # at most the limit, plus a little
    assert [d.code for d in result.diagnostics] == ["E103"]
    assert "larger than" in result.diagnostics[0].message
    assert path.stat().st_size > MAX_FILE_BYTES


def test_an_alias_bomb_is_refused_quickly_with_bounded_memory():
    bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 12)
    )
    report = measure(f"{bomb!r}.encode()")
    assert report["codes"] == ["E103"]
    assert report["peak_mb"] < 150  # expanded, the bomb would need gigabytes


@pytest.mark.parametrize("depth", [70, 5000], ids=["our-limit", "libyaml-limit"])
def test_deep_nesting_gets_one_plain_message_whichever_layer_notices(depth):
    result = load_bytes(b"a: " + b"[" * depth + b"]" * depth, "deep.yaml")
    assert [d.code for d in result.diagnostics] == ["E103"]
    assert result.diagnostics[0].message.startswith("nested too deeply")


@pytest.mark.parametrize(
    "tagged",
    [
        b"!!python/object/apply:os.system ['echo pwned']",
        b"!!python/object:__main__.Evil {a: 1}",
        b"!!python/name:os.system",
        b"!!binary aGVsbG8=",
        b"!custom thing",
    ],
)
def test_no_tag_can_construct_an_object_or_run_code(tagged):
    result = load_bytes(b"format: 1\nid: " + tagged + b"\n", "tag.yaml")
    assert result.scenario is None
    assert "E102" in {d.code for d in result.diagnostics}


@pytest.mark.slow
def test_a_10000_node_scenario_loads_and_is_analysed_within_limits():
    report = measure("generate(10_000, 8).encode()")
    assert report["ok"], report
    assert report["peak_mb"] < 600
