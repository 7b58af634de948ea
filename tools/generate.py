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


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    flag_count = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    sys.stdout.write(generate(count, flag_count))
