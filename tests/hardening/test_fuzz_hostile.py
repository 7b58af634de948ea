"""Our fuzz harness: hostile YAML events, tags, scalars, conditions, byte mutations and damaged records.

Every generated case must end in a scenario or positioned diagnostics (never an
exception), render without a control character reaching the terminal, and stay
well inside the 10-second hang guard. CI runs a few dozen cases per strategy;
`pytest -m slow tests/hardening/test_fuzz_hostile.py` runs thousands.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from game.engine.conditions import parse_condition
from game.io.loader import LoadResult, load_bytes
from game.io.render import format_all
from game.records import RecordStore
from game.records.files import FILE_NAME
from tests.conftest import DESIGN_EXAMPLE, REPO
from tests.records.support import record

SHIPPED = [*sorted((REPO / "scenarios").glob("*.yaml")), DESIGN_EXAMPLE]
SOURCES = [p.read_bytes() for p in SHIPPED]
HANG_GUARD = 10.0  # seconds; the bound for any one file, not a speed goal

QUICK = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
LONG = settings(max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck))

# --- strategies -------------------------------------------------------------------
TAGS = [None, "!", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!x", "!!set"]
WORDS = ["", "-", "+", ".", "~", "yes", "No", "maybe", "0x", "0b2", "1:30", ".inf", "1e999"]
scalar_texts = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet="0123456789+-._:eExXoObB", max_size=12),
    st.integers(1, 6_000).map(lambda n: "9" * n),
    st.text(max_size=30),  # any unicode, control characters included
)
tags = st.sampled_from(TAGS).map(lambda t: t.replace("!!", "tag:yaml.org,2002:") if t else t)


def scalar_events(tag: str | None, text: str) -> list[yaml.Event]:
    implicit = (tag is None, tag is None)
    return [yaml.ScalarEvent(None, tag, implicit, text)]


scalars = st.builds(scalar_events, tags, scalar_texts)


def mapping_events(pairs: list[tuple[list, list]]) -> list[yaml.Event]:
    inner = [event for key, value in pairs for event in key + value]
    return [yaml.MappingStartEvent(None, None, True), *inner, yaml.MappingEndEvent()]


def sequence_events(items: list[list]) -> list[yaml.Event]:
    inner = [event for item in items for event in item]
    return [yaml.SequenceStartEvent(None, None, True), *inner, yaml.SequenceEndEvent()]


nodes = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5).map(sequence_events),
        st.lists(st.tuples(scalars, inner), max_size=5).map(mapping_events),
    ),
    max_leaves=25,
)

# Conditions: the grammar's tokens, nesting and numbers at and past every limit.
atoms = st.one_of(
    st.sampled_from(["apologized", "angry", "x-1", "Bad", "trust", "and", "(", ")"]),
    st.builds(
        "trust {} {}".format,
        st.sampled_from(["<", "<=", ">", ">=", "==", "!=", "=", ""]),
        st.one_of(st.integers(-1000, 1000).map(str), st.integers(1, 6000).map(lambda n: "7" * n)),
    ),
)
conditions = st.recursive(
    atoms,
    lambda inner: st.one_of(
        st.builds("not {}".format, inner),
        st.builds("({})".format, inner),
        st.builds("{} {} {}".format, inner, st.sampled_from(["and", "or", ""]), inner),
        st.builds(lambda n, c: "not " * n + c, st.integers(0, 1500), inner),
        st.builds(lambda n, c: "(" * n + c + ")" * n, st.integers(0, 400), inner),
    ),
    max_leaves=12,
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A shipped file with a few bytes flipped, inserted or removed."""
    data = bytearray(draw(st.sampled_from(SOURCES)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "tag"]))
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = bytes([draw(st.integers(0, 255))])
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        else:
            data[at:at] = draw(
                st.sampled_from([b"!!bool ", b"!!int ", b"!!float ", b"&a ", b"*a "])
            )
    return bytes(data)


# --- what every case must satisfy --------------------------------------------------
def checked(data: bytes) -> LoadResult:
    """Load and render `data`; assert the promises every refusal keeps."""
    started = time.perf_counter()
    result = load_bytes(data, "fuzz.yaml")
    shown = format_all(result.diagnostics, {"fuzz.yaml": result.text})
    assert time.perf_counter() - started < HANG_GUARD
    assert result.scenario is not None or any(d.is_error for d in result.diagnostics)
    lines = max(1, data.count(b"\n") + 1)
    for d in result.diagnostics:
        assert 1 <= d.span.line <= lines + 1 and d.span.column >= 1, d
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in shown)
    assert "\x7f" not in shown and "\x9b" not in shown
    return result


def emitted(events: list[yaml.Event]) -> bytes | None:
    stream = [yaml.StreamStartEvent(), yaml.DocumentStartEvent(), *events]
    stream += [yaml.DocumentEndEvent(), yaml.StreamEndEvent()]
    try:
        return yaml.emit(stream, allow_unicode=True).encode("utf-8", "surrogatepass")
    except (yaml.YAMLError, UnicodeError):
        return None


def with_condition(condition: str) -> bytes:
    text = DESIGN_EXAMPLE.read_text()
    start = text.index("if: ") + 4
    end = text.index("\n", start)
    return (text[:start] + repr(condition) + text[end:]).encode()


def events_case(events: list[yaml.Event]) -> None:
    data = emitted(mapping_events([(scalar_events(None, "format"), events)]))
    if data is not None:
        checked(data)


def condition_case(condition: str) -> None:
    expr, problem = parse_condition(condition)
    assert (expr is None) != (problem is None)
    if problem is not None:
        assert 0 <= problem.offset <= len(condition)
    checked(with_condition(condition))


# --- the bounded runs CI makes ---------------------------------------------------------
@QUICK
@given(events=nodes)
def test_yaml_events_with_any_tags_and_scalars(events):
    events_case(events)


@QUICK
@given(condition=conditions)
def test_generated_conditions(condition):
    condition_case(condition)


@QUICK
@given(data=mutated())
def test_byte_mutations_of_the_shipped_files(data):
    checked(data)


def damaged_store(tmp_path, column: str, value: object) -> list[str]:
    folder = tmp_path / f"case-{abs(hash((column, repr(value))))}"
    with RecordStore.open(folder) as store:
        assert record(store, "Ana", (2, 1)) and record(store, "Ben", (1, 2))
    conn = sqlite3.connect(folder / FILE_NAME)
    table = "steps" if column in ("principles", "missed", "say", "trust_before") else "rounds"
    try:
        with conn:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = 1", (value,))
    except sqlite3.IntegrityError:
        assume(False)  # damage the schema itself forbids (NOT NULL, UNIQUE) cannot be on disk
    finally:
        conn.close()
    with RecordStore.open(folder, readonly=True) as store:
        rounds = store.rounds()
    assert len(rounds) + len(store.damaged) == 2 or store.unreadable
    return store.damaged


cells = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.binary(max_size=30),
)
columns = st.sampled_from(
    ["started", "finished", "trust", "tells", "uid", "assessment", "principles", "missed", "say"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(column=columns, value=cells)
def test_damaged_record_cells(tmp_path_factory, column, value):
    damaged_store(tmp_path_factory.mktemp("records"), column, value)


def test_validate_exits_0_1_or_2_without_a_traceback_on_generated_files(tmp_path):
    """One run of the real command over a folder of hostile files made above's way."""
    samples = [with_condition("not " * 1200 + "a"), with_condition("trust > " + "9" * 5000)]
    samples += [b"format: 1\nid: !!bool maybe\n", b'format: 1\nx: !!int ""\n', b"\x1b]0;t\x07: 1"]
    samples += [b"format: 1\n" + b"k: 1\n" * 3 + b"[" * 3000]
    for number, data in enumerate(samples):
        (tmp_path / f"case-{number}.yaml").write_bytes(data)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.yaml")
    run = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "validate", "--no-balance", str(tmp_path)],
        capture_output=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    assert run.returncode in (0, 1, 2)
    assert b"Traceback" not in run.stderr and b"\x1b" not in run.stderr


# --- the long runs, on demand ------------------------------------------------------------
@pytest.mark.slow
@LONG
@given(events=nodes)
def test_yaml_events_long(events):
    events_case(events)


@pytest.mark.slow
@LONG
@given(condition=conditions)
def test_generated_conditions_long(condition):
    condition_case(condition)


@pytest.mark.slow
@LONG
@given(data=mutated())
def test_byte_mutations_long(data):
    checked(data)
