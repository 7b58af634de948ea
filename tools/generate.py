"""Generate large valid scenarios for the benchmark and the resource-limit tests.

python tools/generate.py NODES FLAGS > big.yaml
"""

from __future__ import annotations

import random
import sys

import yaml


def generate(nodes: int, flags: int = 0, seed: int = 1, choices: int = 3) -> str:
    """A valid scenario: a chain of nodes with side branches, flags and conditions.

    Like a trainer's file, trust moves in steps of five and each flag belongs to
    one stretch of the story (raised and tested within it).
    """
    rng = random.Random(seed)
    names = [f"n{i}" for i in range(nodes)]
    flag_names = [f"f{i}" for i in range(flags)]
    body = {}
    for i, name in enumerate(names):
        ahead = names[i + 1 : i + 4] or ["happy"]
        local = flag_names[i * len(flag_names) // nodes] if flag_names else None
        options = [
            {
                "say": f"Keep going from {name}.",
                "trust": 5 * rng.randint(-1, 1),
                "goto": ahead[0],
                "principles": ["own-it"],
                "feedback": "Steady.",
            }
        ]
        for k in range(1, choices):
            option = {
                "say": f"Option {k} at {name}.",
                "trust": 5 * rng.randint(-3, 2),
                "goto": rng.choice(ahead + ["happy", "gone"]),
            }
            if local:
                option["set"] = [local]
                if k == 2:
                    option["if"] = f"{local} or trust >= {5 * rng.randint(4, 16)}"
            options.append(option)
        body[name] = {
            "say": f"Customer line number {i}, with a few more words in it.",
            "choices": options,
        }
    document = {
        "format": 1,
        "id": f"generated-{nodes}-{seed}",
        "title": f"Generated {nodes}",
        "summary": "A generated scenario.",
        "customer": {"name": "Gen", "role": "Test"},
        "trust": {"start": 60, "leave_at": 10},
        "walkout": "gone",
        "start": names[0],
        "nodes": body,
        "endings": {
            "happy": {"outcome": "stay", "say": "Stays.", "tells": 4},
            "gone": {"outcome": "leave", "say": "Leaves.", "tells": 12},
        },
    }
    return yaml.safe_dump(document, sort_keys=False, width=1000)


def generate_swinging(nodes: int, flags: int = 8, seed: int = 1) -> str:
    """A branching scene whose trust swings widely and whose story jumps back.

    Each choice moves trust by any amount from -30 to +30, some jump back to an
    earlier node, and every node's conditions test flags raised anywhere, so the
    reachable trust values per (node, flags) pair fill most of 0..100: the shape
    that made the analysis explore hundreds of thousands of states one by one.
    """
    rng = random.Random(seed)
    names = [f"n{i}" for i in range(nodes)]
    flag_names = [f"f{i}" for i in range(flags)]
    body = {}
    for i, name in enumerate(names):
        ahead = names[i + 1 : i + 3] or ["happy"]
        behind = names[max(0, i - 6) : i] or ahead
        options: list[dict[str, object]] = [
            {"say": "Go on.", "trust": rng.randint(-30, 30), "goto": ahead[0]},
            {"say": "Back up.", "trust": rng.randint(-30, 30), "goto": rng.choice(behind)},
        ]
        if flag_names:
            flag = rng.choice(flag_names)
            options[0]["set"] = [flag]
            options[1]["unset" if rng.random() < 0.3 else "set"] = [rng.choice(flag_names)]
            tested = rng.choice(flag_names)
            options.append(
                {
                    "say": "Only if it fits.",
                    "if": f"{tested} or trust >= {rng.randint(30, 90)}",
                    "trust": rng.randint(-30, 30),
                    "goto": [
                        {"if": f"trust > {rng.randint(20, 80)}", "to": rng.choice(ahead)},
                        {"to": rng.choice(["happy", "gone", *behind])},
                    ],
                }
            )
        body[name] = {"say": f"Customer line {i}.", "choices": options}
    document = {
        "format": 1,
        "id": f"swinging-{nodes}-{seed}",
        "title": f"Swinging {nodes}",
        "summary": "A generated scenario with wide trust swings and jumps back.",
        "customer": {"name": "Gen", "role": "Test"},
        "trust": {"start": 50, "leave_at": 5},
        "walkout": "gone",
        "start": names[0],
        "nodes": body,
        "endings": {
            "happy": {"outcome": "stay", "say": "Stays.", "tells": 4},
            "gone": {"outcome": "leave", "say": "Leaves.", "tells": 12},
        },
    }
    return yaml.safe_dump(document, sort_keys=False, width=1000)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    flag_count = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    sys.stdout.write(generate(count, flag_count))
