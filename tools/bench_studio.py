"""Benchmark rows for the trainer studio: the language server and the spelling check.

Used by tools/bench.py. The language server is driven over stdio by the tests'
LSP client (tests/tools/lsp_client.py), as an editor drives it.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import REPO, Row, _timed, percentiles
from generate import generate

DIAGNOSTICS_GOAL = 150  # ms from an edit to its diagnostics, p95 (issue 15)
COMPLETION_GOAL = 50  # ms for a completion answer, p95


def language_server(samples: int) -> list[Row]:
    """Edit a 50-node scenario and ask for completions, timing each answer."""
    from tests.tools.lsp_client import LanguageServer

    root = Path(tempfile.mkdtemp(prefix="mir-bench-lsp-"))
    text = generate(50, 2, seed=1)
    server = LanguageServer([sys.executable, str(REPO / "main.py"), "lsp"], root)
    try:
        uri = server.open(root / "fifty.yaml", text)
        server.diagnostics(uri, timeout=60)  # the first answer loads the dictionary
        edits = [_edit_time(server, uri, text, i) for i in range(samples)]
        lines = text.split("\n")
        row = next(i for i, line in enumerate(lines) if line.strip().startswith("goto: n"))
        character = lines[row].index("goto:") + len("goto: ")
        asks = [_completion_time(server, uri, row, character) for _ in range(samples)]
    finally:
        server.close()
    (e50, e95), (c50, c95) = percentiles(edits), percentiles(asks)  # in ms
    return [
        Row(
            "language server: diagnostics after an edit, 50-node scenario",
            f"p50 {e50:.0f} ms, p95 {e95:.0f} ms",
            "",
            "",
            f"p95 <= {DIAGNOSTICS_GOAL} ms",
            e95 <= DIAGNOSTICS_GOAL,
        ),
        Row(
            "language server: completion after goto:, 50-node scenario",
            f"p50 {c50:.0f} ms, p95 {c95:.0f} ms",
            "",
            "",
            f"p95 <= {COMPLETION_GOAL} ms",
            c95 <= COMPLETION_GOAL,
        ),
    ]


def _edit_time(server, uri: str, text: str, version: int) -> float:
    """Seconds from sending an edit (one more word in a line) to its diagnostics arriving."""
    edited = text.replace("with a few more words", f"with {version} more words", 1)
    started = time.perf_counter()
    server.change(uri, edited, version=version + 2)
    while uri not in server.published:
        time.sleep(0.0005)
    return time.perf_counter() - started


def _completion_time(server, uri: str, line: int, character: int) -> float:
    started = time.perf_counter()
    answer = server.ask("textDocument/completion", uri, line, character)
    elapsed = time.perf_counter() - started
    assert answer and answer["items"], "no completion offered"
    return elapsed


def spelling(repeats: int) -> Row:
    """`validate`'s loading of 200 files with the spelling check, against the same without."""
    from game.io.library import load_library

    folder = Path(tempfile.mkdtemp(prefix="mir-bench-spell-"))
    for i in range(200):
        (folder / f"s{i:03}.yaml").write_text(generate(50, 2, seed=i))
    workers = os.cpu_count() or 1

    def plain():
        load_library([folder], workers=workers, keep=False)

    def spelt():
        library = load_library([folder], workers=workers, keep=False, lint=_spell)
        assert not library.diagnostics, "the generated scenarios are spelt right"

    base = statistics.median(_timed(plain) for _ in range(repeats))
    mine = statistics.median(_timed(spelt) for _ in range(repeats))
    return Row(
        "validate 200 files of 50 nodes with the spelling check (W400)",
        f"{mine * 1000:.0f} ms",
        f"{base * 1000:.0f} ms (the same without spelling)",
        f"{mine / base:.2f}x",
        "<= 1.25x",
        mine / base <= 1.25,
    )


def _spell(scenario):
    """The spelling lint as validate runs it, the source read back from the file."""
    from functools import partial

    from game.io.spelling import spelling_diagnostics

    source = partial(Path(scenario.span.file).read_text, encoding="utf-8-sig")
    return spelling_diagnostics(scenario, source)
