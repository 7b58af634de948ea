"""Run the test suite against the newest releases of every dependency.

CI installs the versions pinned in .ci/constraints.txt, so a dependency's new
release can never turn main red on a clean clone. This script is how we notice
new releases on purpose: it builds a throwaway venv with the newest versions,
lists which differ from the pins, and runs the suite there. When it passes,
`--write` refreshes the pins (commit that as its own change).

    python tools/check_new_releases.py           # report and test, pins unchanged
    python tools/check_new_releases.py --write   # ... and update .ci/constraints.txt
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PINS = REPO / ".ci" / "constraints.txt"


def read_pins(text: str) -> dict[str, str]:
    """name -> version from `name==version` lines; comments and blanks ignored."""
    pins = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[name.strip().lower()] = version.strip()
    return pins


def fresh_venv(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    python = folder / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--upgrade", "-e", f"{REPO}[test]"],
        check=True,
    )
    return python


def frozen(python: Path) -> str:
    run = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    )
    return "".join(line + "\n" for line in run.stdout.splitlines() if "make-it-right" not in line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update the pins when tests pass")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mir-newest-") as tmp:
        python = fresh_venv(Path(tmp) / "venv")
        newest = frozen(python)
        old, new = read_pins(PINS.read_text()), read_pins(newest)
        changed = {n: (old.get(n, "-"), v) for n, v in new.items() if old.get(n) != v}
        for name, (was, now) in sorted(changed.items()):
            print(f"{name}: {was} -> {now}")
        if not changed:
            print("every pin is already the newest release")
        env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
        tests = subprocess.run([str(python), "-m", "pytest", "-q"], cwd=REPO, env=env)
        if tests.returncode == 0 and args.write:
            PINS.write_text(newest)
            print(f"wrote {PINS.relative_to(REPO)}")
        return tests.returncode


if __name__ == "__main__":
    sys.exit(main())
