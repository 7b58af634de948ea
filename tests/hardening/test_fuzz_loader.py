"""Fuzzing the loader: whatever bytes arrive, the answer is positioned diagnostics, never a traceback.

How fast the loader answers is tools/bench.py's business, not a test's.
"""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.io.loader import LoadResult, load_bytes
from tests.conftest import DESIGN_EXAMPLE, REPO

SHIPPED = sorted((REPO / "scenarios").glob("*.yaml")) or [DESIGN_EXAMPLE]
SOURCES = [p.read_bytes() for p in SHIPPED] + [DESIGN_EXAMPLE.read_bytes()]
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_well_formed(result: LoadResult, data: bytes) -> None:
    """A scenario, or at least one error; every diagnostic inside the file."""
    lines = max(1, data.count(b"\n") + 1)
    assert result.scenario is not None or any(d.is_error for d in result.diagnostics)
    for d in result.diagnostics:
        assert 1 <= d.span.line <= lines + 1, d
        assert d.span.column >= 1, d
        assert d.message


def load(data: bytes) -> LoadResult:
    return load_bytes(data, "fuzz.yaml")


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


@FUZZ
@given(value=yaml_values)
def test_random_yaml_documents(value):
    data = yaml.safe_dump(value).encode()
    assert_well_formed(load(data), data)


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(data):
    assert_well_formed(load(data), data)


@FUZZ
@given(source=st.sampled_from(SOURCES), cut=st.floats(0, 1))
def test_truncated_files(source, cut):
    data = source[: int(len(source) * cut)]
    assert_well_formed(load(data), data)


@FUZZ
@given(source=st.sampled_from(SOURCES), data=st.data())
def test_deleted_lines(source, data):
    lines = source.splitlines(keepends=True)
    drop = data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=4))
    mutated = b"".join(line for i, line in enumerate(lines) if i not in drop)
    assert_well_formed(load(mutated), mutated)


REPLACEMENTS = [
    (b"trust: ", b"trust: [1, 2] #"),
    (b"goto: ", b"goto: {a: b} #"),
    (b"say: ", b"say: [] #"),
    (b"choices:", b"choices: 7 #"),
    (b"outcome: stay", b"outcome: maybe"),
    (b"  ", b"\t"),
    (b"if: ", b"if: ((trust >= #"),
    (b"set: [", b"set: [BAD FLAG, "),
    (b"principles: [", b"principles: [nope, "),
    (b"e", b"\xff"),
    (b":", b""),
    (b"\n", b"\n---\n"),
]


@FUZZ
@given(source=st.sampled_from(SOURCES), data=st.data())
def test_swapped_types_and_corrupted_tokens(source, data):
    old, new = data.draw(st.sampled_from(REPLACEMENTS))
    count = source.count(old)
    if count:
        nth = data.draw(st.integers(0, count - 1))
        parts = source.split(old)
        mutated = old.join(parts[: nth + 1]) + new + old.join(parts[nth + 1 :])
    else:
        mutated = source
    assert_well_formed(load(mutated), mutated)


@FUZZ
@given(source=st.sampled_from(SOURCES), data=st.data())
def test_swapped_ids(source, data):
    document = yaml.safe_load(source)
    ids = list(document.get("nodes", {})) + list(document.get("endings", {}))
    a, b = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
    mutated = source.replace(f"goto: {a}\n".encode(), f"goto: {b}\n".encode())
    mutated = mutated.replace(f"start: {a}\n".encode(), f"start: {b}\n".encode())
    assert_well_formed(load(mutated), mutated)


def test_a_byte_order_mark_and_crlf_line_ends_are_fine():
    data = b"\xef\xbb\xbf" + DESIGN_EXAMPLE.read_bytes().replace(b"\n", b"\r\n")
    assert load_bytes(data, "crlf.yaml").ok
