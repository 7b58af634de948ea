"""Draw every shipped customer as SVG, in each of the seven moods, into assets/art/portraits/.

    python tools/make_portraits.py            # write the files for scenarios/
    python tools/make_portraits.py --check    # exit 1 if a file is missing or stale
    python tools/make_portraits.py --sheet sheet.png   # a contact sheet to look at

Each customer's `look` (colours, age, build, hair, clothing...) becomes
`<name>-<mood>.svg` and `<name>-<mood>-blink.svg` (eyes shut, for blinking);
index.json records which look each name was drawn from, so the game only uses
a picture that matches the scenario's look. The drawings are ours (CC0, see
LICENSE.txt); nothing is downloaded. docs/art.md describes the pipeline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.io.loader import load_scenario  # noqa: E402
from game.model.format import MOODS  # noqa: E402
from game.model.scenario import Look  # noqa: E402
from tools.make_portraits_body import clothing, neck  # noqa: E402
from tools.make_portraits_face import face, mouth  # noqa: E402
from tools.make_portraits_hair import (  # noqa: E402
    accessory_back,
    accessory_front,
    ears,
    facial_hair,
    glasses,
    hair_back,
    hair_front,
)
from tools.make_portraits_kit import HEIGHT, WIDTH, face_outline, head_for, path  # noqa: E402

# Everything is drawn at one scale, then enlarged about the bottom's centre so the head fills
# the frame and the shoulders run off its sides, as in a bust.
ZOOM = f"translate({WIDTH / 2} {HEIGHT}) scale(1.2) translate({-WIDTH / 2} {-HEIGHT})"
OUT = ROOT / "assets" / "art" / "portraits"
LICENCE = """Portraits in this folder: CC0 1.0 Universal (public domain dedication).

They are drawn by tools/make_portraits.py from each scenario's `look`, by the
Make It Right developers, who waive all copyright and related rights to them
to the extent possible under law:
https://creativecommons.org/publicdomain/zero/1.0/
No third-party artwork is included; credit is welcome but not required.
"""


def portrait_svg(look: Look, mood: str, blink: bool = False) -> str:
    """The whole portrait of `look` feeling `mood`, as SVG text."""
    h = head_for(look)
    parts = hair_back(h, look) + neck(h, look) + clothing(h, look) + accessory_back(h, look)
    parts += ears(h, look) + [
        path(face_outline(h, 0.8 if look.build == "heavy" else 0.72), look.skin)
    ]
    parts += hair_front(h, look) + face(h, look, mood, blink) + facial_hair(h, look)
    parts += mouth(h, look, mood) + glasses(h, look) + accessory_front(h, look)
    body = "\n".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">\n<g transform="{ZOOM}">\n{body}\n</g>\n</svg>\n'
    )


def person_key(name: str) -> str:
    """A file-name stem for a customer: 'Mr. Okafor' -> 'mr-okafor', 'Tomás' -> 'tomas'."""
    plain = name.lower().replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o")
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def people(folder: Path) -> dict[str, tuple[str, Look]]:
    """Every customer of the scenarios in `folder`: key -> (name, look)."""
    found: dict[str, tuple[str, Look]] = {}
    for file in sorted(folder.glob("*.yaml")):
        scenario = load_scenario(file).scenario
        if scenario is not None:
            found[person_key(scenario.customer.name)] = (
                scenario.customer.name,
                scenario.customer.look,
            )
    return found


def files_for(folder: Path) -> dict[str, str]:
    """Every file the portraits folder should hold: name -> text."""
    files = {"LICENSE.txt": LICENCE}
    index = {}
    for key, (name, look) in people(folder).items():
        index[key] = {"name": name, "look": asdict(look)}
        for mood in MOODS:
            files[f"{key}-{mood}.svg"] = portrait_svg(look, mood)
            files[f"{key}-{mood}-blink.svg"] = portrait_svg(look, mood, blink=True)
    files["index.json"] = json.dumps(index, indent=1, ensure_ascii=False) + "\n"
    return files


def stale(files: dict[str, str], out: Path) -> list[str]:
    """Names of the files in `out` that are missing or differ from `files`."""
    return [
        name
        for name, text in files.items()
        if not (out / name).is_file() or (out / name).read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet PNG here")
    parser.add_argument("--scenarios", type=Path, default=ROOT / "scenarios")
    args = parser.parse_args(argv)
    files = files_for(args.scenarios)
    if args.check:
        bad = stale(files, OUT)
        for name in bad:
            print(f"stale or missing: {OUT / name}")
        return 1 if bad else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.svg"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {OUT}")
    if args.sheet:
        from tools.make_portraits_sheet import contact_sheet

        contact_sheet(files, args.sheet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
