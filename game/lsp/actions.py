"""Quick fixes: each diagnostic whose hint says "did you mean 'X'?" can be fixed in one step.

The unknown key, the dangling goto target, the unknown principle or flag and
the misspelt word are all reported with a range covering exactly the name at
fault, so the fix replaces that range with the suggestion (game/io/suggest.py
and game/io/spelling.py word the hint).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lsprotocol import types as lsp

_DID_YOU_MEAN = re.compile(r"did you mean '([^'\n]+)'\?")


def suggestion(message: str) -> str | None:
    """The name a diagnostic's message suggests instead, or None."""
    found = _DID_YOU_MEAN.search(message)
    return found.group(1) if found else None


def quick_fixes(uri: str, diagnostics: Sequence[lsp.Diagnostic]) -> list[lsp.CodeAction]:
    """One quick fix per diagnostic of ours with a did-you-mean: replace the name at fault."""
    actions = []
    for diagnostic in diagnostics:
        name = suggestion(diagnostic.message)
        if name is None or diagnostic.source != "make-it-right":
            continue
        edit = lsp.TextEdit(range=diagnostic.range, new_text=name)
        actions.append(
            lsp.CodeAction(
                title=f"Change to '{name}'",
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
                is_preferred=True,
            )
        )
    return actions
