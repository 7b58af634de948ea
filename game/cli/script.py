"""`make-it-right script FILE|DIR -o OUT`: the whole script for a subject expert, as HTML or CSV.

Every line, answer, feedback and ending of each scenario in reading order
(the proof command's play-order walk, game/cli/proofread.py) with its word
count. `OUT` ending in .html writes one self-contained, printable page; .csv
writes a spreadsheet table whose cells are safe to open (a cell starting
with = + - @ is kept as text). Files with errors are named and left out.
Exit 0 when every file was written out, 1 when some had errors, 2 when the
output could not be written.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from game.cli.common import load_one
from game.cli.proofread import Line, script
from game.words import plural

OK, PROBLEMS, USAGE = 0, 1, 2
FORMATS = {".html": "html", ".htm": "html", ".csv": "csv"}
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# a spreadsheet reads a cell starting with one of these as a formula (CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_KINDS = {
    "say": "Line",
    "answer": "Answer",
    "feedback": "Feedback",
    "ending": "Ending",
    "lesson": "Lesson",
}


@dataclass
class Script:
    """One scenario's script: where it came from, its title, and its lines in reading order."""

    path: str
    title: str
    lines: list[Line]

    @property
    def words(self) -> int:
        return sum(word_count(line.text) for line in self.lines)


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "script", help="write the script of scenarios as HTML or CSV for a subject expert"
    )
    parser.add_argument("path", metavar="FILE|DIR", help="a scenario file or a folder of them")
    parser.add_argument(
        "-o", "--output", metavar="OUT", required=True, help="where to write: a .html or .csv file"
    )
    parser.add_argument(
        "--format", choices=("html", "csv"), help="html or csv (default: from OUT's extension)"
    )
    parser.set_defaults(run=run)


def word_count(text: str) -> int:
    """Words as a reader counts them: contractions and hyphenated words count once."""
    return len(_WORD.findall(text))


def run(args: argparse.Namespace) -> int:
    kind = args.format or FORMATS.get(Path(args.output).suffix.lower())
    if kind is None:
        print(
            f"make-it-right script: say --format html or csv, or name OUT .html or .csv "
            f"(got '{args.output}')",
            file=sys.stderr,
        )
        return USAGE
    files = scenario_files(Path(args.path))
    if not files:
        print(f"make-it-right script: no scenario files at {args.path}", file=sys.stderr)
        return USAGE
    scripts = [found for found in map(read_script, files) if found is not None]
    text = to_html(scripts) if kind == "html" else to_csv(scripts)
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        print(f"make-it-right script: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return USAGE
    words = sum(found.words for found in scripts)
    print(
        f"wrote {args.output}: {plural(len(scripts), 'scenario')}, {plural(words, 'word')}",
        file=sys.stderr,
    )
    return OK if len(scripts) == len(files) else PROBLEMS


def scenario_files(path: Path) -> list[Path]:
    """The file itself, or a folder's .yaml and .yml files in name order."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return [path] if path.is_file() else []


def read_script(path: Path) -> Script | None:
    """The script of one file, or None (its errors printed) when it cannot be loaded."""
    loaded = load_one(str(path))
    if loaded is None or loaded.scenario is None:
        return None
    return Script(str(path), loaded.scenario.title, script(loaded.scenario))


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading formula character gets a quote mark."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(scripts: list[Script]) -> str:
    """One row per line: file, scenario, place, kind, who, text, words, source line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["file", "scenario", "place", "kind", "who", "text", "words", "line"])
    for found in scripts:
        for line in found.lines:
            cells = [found.path, found.title, line.place, _KINDS[line.kind], line.speaker]
            writer.writerow(
                [*map(csv_cell, cells), csv_cell(line.text), word_count(line.text), line.line]
            )
    return out.getvalue()


_STYLE = """
body { font-family: Georgia, serif; max-width: 48rem; margin: 2rem auto; color: #111; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 0.3rem; color: #444; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; }
td.who { width: 9rem; font-weight: bold; } td.words { width: 3rem; text-align: right; color: #666; }
tr.answer td.who, tr.lesson td.who { padding-left: 1.5rem; }
tr.feedback td.who { padding-left: 2.5rem; font-weight: normal; font-style: italic; }
.summary, .source { color: #666; font-size: 0.9rem; }
@media print { body { margin: 0; max-width: none; } section { break-before: page; }
  tr { break-inside: avoid; } }
"""


def to_html(scripts: list[Script]) -> str:
    """One printable page: a section per scenario, a table per node or ending."""
    total = sum(found.words for found in scripts)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>Scenario script</title>',
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Scenario script</h1>",
        f'<p class="summary">{plural(len(scripts), "scenario")}, {plural(total, "word")}</p>',
    ]
    for found in scripts:
        parts.extend(_html_section(found))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _html_section(found: Script) -> list[str]:
    esc = html.escape
    parts = [
        f"<section><h2>{esc(found.title)}</h2>",
        f'<p class="source">{esc(found.path)} · {plural(found.words, "word")}</p>',
    ]
    place = None
    for line in found.lines:
        if line.place != place:
            if place is not None:
                parts.append("</table>")
            place = line.place
            kind = "Ending" if line.kind in ("ending", "lesson") else "Node"
            parts.append(f"<h3>{kind} {esc(place)}</h3><table>")
        parts.append(
            f'<tr class="{line.kind}"><td class="who">{esc(line.speaker)}</td>'
            f"<td>{esc(line.text)}</td>"
            f'<td class="words">{word_count(line.text)}</td></tr>'
        )
    if place is not None:
        parts.append("</table>")
    parts.append("</section>")
    return parts
