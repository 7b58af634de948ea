"""`make-it-right schema`: print the JSON Schema of the scenario format.

Point an editor at it (or use the copy in docs/scenario.schema.json) to get
completion, hover help and live checks while writing a scenario.
"""

from __future__ import annotations

import argparse
import sys

from game.io.schema import schema_text


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("schema", help="print the JSON Schema of scenario files (for editors)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    return 0
