"""Rewrite the files generated from game/model/format.py: the JSON Schema and the key reference.

Run after changing the format tables or the principles glossary:

    python tools/regenerate.py

It writes docs/scenario.schema.json, game/data/scenario.schema.json and the
reference section of docs/writing-scenarios.md (between its GENERATED
markers). tests/tools/test_schema_file.py fails until this has been run.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from game.io.schema import FILE_NAME, schema_text  # noqa: E402
from tools.reference import replace_reference  # noqa: E402

SCHEMA_COPIES = [REPO / "docs" / FILE_NAME, REPO / "game" / "data" / FILE_NAME]
GUIDE = REPO / "docs" / "writing-scenarios.md"


def main() -> int:
    text = schema_text()
    for path in SCHEMA_COPIES:
        _write(path, text)
    if GUIDE.exists():
        _write(GUIDE, replace_reference(GUIDE.read_text(encoding="utf-8")))
    return 0


def _write(path: Path, text: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if old != text:
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(REPO)}")


if __name__ == "__main__":
    sys.exit(main())
