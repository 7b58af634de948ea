"""`make-it-right lsp`: run the language server on stdin/stdout for an editor (docs/writing-scenarios.md)."""

from __future__ import annotations

import argparse
import importlib
import sys

OK, USAGE = 0, 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "lsp", help="the language server for editors (stdio); needs make-it-right[studio]"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Serve until the editor closes the connection; the server is imported only here."""
    try:
        server = importlib.import_module("game.lsp.server")
    except ImportError as exc:
        print(
            f"make-it-right lsp: the language server needs pygls ({exc}); "
            "install it with: pip install 'make-it-right[studio]'",
            file=sys.stderr,
        )
        return USAGE
    server.run()
    return OK
