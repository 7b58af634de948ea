"""Helpers for the trainer-tools tests: paths, running the command line, and YAML views.

Scenario files as plain data, the way an editor's YAML 1.2 and PyYAML's YAML 1.1 read them:

The schema must accept a valid file under both readings: VS Code's YAML
extension uses YAML 1.2 (`yes` is text), the game's loader YAML 1.1 (`yes` is
true). Dates stay text in both, as JSON has none.
"""

import re
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
DESIGN_EXAMPLE = REPO / "tests" / "fixtures" / "design-example.yaml"
HERE = Path(__file__).resolve().parent / "fixtures"


def cli(*args, cwd=REPO, timeout=60, env=None):
    """Run `python main.py ARGS` from the repository root, as a trainer's terminal would."""
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=timeout,
        env=env,
    )


_CORE_12 = [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
        r"|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML with the YAML 1.2 core schema's resolvers, as the YAML language server reads."""


class Yaml11Loader(yaml.SafeLoader):
    """PyYAML as the game reads scalars (YAML 1.1), minus dates."""


def _without(tags: set[str], loader: type) -> None:
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in tags]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


_without({"tag:yaml.org,2002:timestamp"}, Yaml11Loader)
_without({tag for tag, _, _ in _CORE_12} | {"tag:yaml.org,2002:timestamp"}, Yaml12Loader)
for _tag, _pattern, _first in _CORE_12:
    Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _as_json(value):
    """Mapping keys become text, as they do when a YAML file is checked against a schema."""
    if isinstance(value, dict):
        return {
            str(k).lower() if isinstance(k, bool) else str(k): _as_json(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return value


def as_editor_sees(text: str):
    return _as_json(yaml.load(text, Loader=Yaml12Loader))


def as_game_sees(text: str):
    return _as_json(yaml.load(text, Loader=Yaml11Loader))
