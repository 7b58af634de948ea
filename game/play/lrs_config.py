"""Where the LRS is and how to sign in: one small file beside the settings, or the environment.

    $MAKE_IT_RIGHT_LRS_ENDPOINT, _KEY, _SECRET   win over the file when the endpoint is set
    <settings folder>/lrs.json                     written with mode 0600 (owner only)

The secret never appears in a repr, a message or a log: `LrsConfig.shown`
is what people see (the endpoint and the key).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from game.play.settings import settings_dir
from game.records.xapi import BASE

FILE_NAME = "lrs.json"
ENV_ENDPOINT = "MAKE_IT_RIGHT_LRS_ENDPOINT"
ENV_KEY = "MAKE_IT_RIGHT_LRS_KEY"
ENV_SECRET = "MAKE_IT_RIGHT_LRS_SECRET"
ENV_BASE = "MAKE_IT_RIGHT_LRS_BASE"


@dataclass(frozen=True)
class LrsConfig:
    """An LRS endpoint (ending in /xAPI/ or similar), its key, and its secret (never shown).

    `base` is the organisation's address used for player accounts and activity ids.
    `source` says where it came from: "file" or "environment".
    """

    endpoint: str
    key: str
    secret: str = field(repr=False)
    base: str = BASE
    source: str = "file"

    @property
    def shown(self) -> str:
        return f"{self.endpoint} (key {self.key})"

    @property
    def statements_url(self) -> str:
        return self.endpoint.rstrip("/") + "/statements"


def endpoint_problem(endpoint: str) -> str | None:
    """Why `endpoint` cannot be an LRS address, or None."""
    parts = urlsplit(endpoint.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"the endpoint must start with https:// (or http://), not '{endpoint}'"
    return None


def config_path(folder: Path | None = None) -> Path:
    return (folder or settings_dir()) / FILE_NAME


def load_config(folder: Path | None = None) -> LrsConfig | None:
    """The LRS to send to: the environment's if set, else the file's; None if neither."""
    endpoint = os.environ.get(ENV_ENDPOINT, "").strip()
    if endpoint:
        return LrsConfig(
            endpoint,
            os.environ.get(ENV_KEY, ""),
            os.environ.get(ENV_SECRET, ""),
            os.environ.get(ENV_BASE, BASE),
            "environment",
        )
    try:
        data = json.loads(config_path(folder).read_text(encoding="utf-8"))
        return LrsConfig(
            str(data["endpoint"]),
            str(data["key"]),
            str(data["secret"]),
            str(data.get("base", BASE)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_config(config: LrsConfig, folder: Path | None = None) -> Path:
    """Write the file readable by its owner only (0600), atomically; OSError if impossible."""
    path = config_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    data = {"endpoint": config.endpoint, "key": config.key, "secret": config.secret}
    if config.base != BASE:
        data["base"] = config.base
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(handle.fileno(), 0o600)  # also when an old temp file was left with other bits
        json.dump(data, handle, indent=2)
    os.replace(temp, path)
    return path


def forget_config(folder: Path | None = None) -> bool:
    """Remove the file; True if there was one."""
    try:
        config_path(folder).unlink()
    except FileNotFoundError:
        return False
    return True
