"""Write the balance table of the shipped scenarios into docs/scenarios.md.

The table sits between `<!-- balance:begin -->` and `<!-- balance:end -->`;
tests/core/test_balance_shipped.py regenerates it and compares, so the page
cannot drift from what `make-it-right balance scenarios` reports.

    python tools/balance_table.py            # print the table
    python tools/balance_table.py --write    # rewrite it in docs/scenarios.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from game.engine.balance import BalanceReport, balance  # noqa: E402
from game.engine.balance_strategies import STRATEGIES  # noqa: E402
from game.io.loader import load_scenario  # noqa: E402

SCENARIOS = REPO / "scenarios"
DOC = REPO / "docs" / "scenarios.md"
BEGIN, END = "<!-- balance:begin -->", "<!-- balance:end -->"


def reports() -> list[BalanceReport]:
    """The balance report of every shipped scenario, in file-name order."""
    found = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        result = load_scenario(path)
        if result.scenario is None:
            raise SystemExit(f"{path.name} does not load; run make-it-right validate")
        found.append(balance(result.scenario))
    return found


def row(report: BalanceReport) -> str:
    gameable = report.gameable()
    rates = [
        f"**{r.stay:.1%}**" if name in gameable else f"{r.stay:.1%}"
        for name, r in report.strategies.items()
    ]
    check = report.difficulty
    fits = f"{check.stated}" if check.agrees else f"{check.stated} (fits {check.fits})"
    saturates = ", ".join(f"`{s.node}`" for s in report.saturation) or "none"
    keeps = report.keeps_without_owning
    owning = "no"
    if keeps is not None:
        ways = f"{keeps.paths:,}{' or more' if keeps.capped else ''}"
        owning = f"{ways} ways, e.g. {' '.join(map(str, keeps.witness))}"
    return f"| `{report.scenario}` | {fits} | {' | '.join(rates)} | {saturates} | {owning} |"


def table() -> str:
    names = " | ".join(STRATEGIES)
    lines = [
        f"| scenario | difficulty | {names} | trust at 100 with decisions to come | "
        "kept without owning |",
        "| --- | --- |" + " ---: |" * len(STRATEGIES) + " --- | --- |",
    ]
    lines += [row(r) for r in reports()]
    return "\n".join(lines)


def replace_table(page: str) -> str:
    """`page` with the text between the markers replaced by the current table."""
    head, rest = page.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/scenarios.md")
    args = parser.parse_args()
    if args.write:
        DOC.write_text(replace_table(DOC.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"wrote {DOC.relative_to(REPO)}")
    else:
        print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
