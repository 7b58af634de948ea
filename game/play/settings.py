"""Player settings as JSON in the user's config folder; a bad file never stops the game.

The folder is `platformdirs.user_config_dir("make-it-right")`, or the folder
named by the MAKE_IT_RIGHT_DATA environment variable (tests point it at a
temporary folder). A file that cannot be read (damaged JSON, nested too deep,
larger than MAX_BYTES, or not a regular file at all, such as a named pipe that
would block the window from opening) is renamed to `settings.json.bad` and the
defaults are used; the caller shows the notice once.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from game.io.regular import read_regular
from game.names import ENV_VAR, GUEST, clean_name
from game.names import MAX_NAME as MAX_NAME  # re-exported for the name scene

FILE_NAME = "settings.json"
TEXT_SIZES = {"normal": 1.0, "large": 1.2, "largest": 1.4}
THEMES = ("warm", "contrast")
MAX_BYTES = 1_000_000  # a settings file is a few hundred bytes


@dataclass
class Settings:
    """What the player chose last time; every field has a safe default."""

    player: str = ""
    theme: str = "warm"
    text_size: str = "normal"
    sound: bool = True
    fullscreen: bool = False
    window: tuple[int, int] = (1280, 720)
    reduce_motion: bool = False  # no tweens, reveals or typing dots: everything shows at once
    text_reveal: bool = True  # the customer's words appear a few at a time (any key shows all)
    completed: dict[str, list[str]] = field(default_factory=dict)
    trainer: bool = False  # trainer mode on this PC (also `--trainer` for one session)

    @property
    def text_scale(self) -> float:
        return TEXT_SIZES.get(self.text_size, 1.0)

    @property
    def reveals_text(self) -> bool:
        """Whether the play screen stages a line (typing dots, then words): off with either."""
        return self.text_reveal and not self.reduce_motion

    @property
    def player_name(self) -> str:
        """The name to show: the typed one, or Guest."""
        return self.player or GUEST

    def has_completed(self, scenario_id: str) -> bool:
        return scenario_id in self.completed.get(self.player_name, [])

    def mark_completed(self, scenario_id: str) -> None:
        done = self.completed.setdefault(self.player_name, [])
        if scenario_id not in done:
            done.append(scenario_id)


def settings_dir() -> Path:
    """Where settings live: $MAKE_IT_RIGHT_DATA, or the platform's config folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("make-it-right", appauthor=False))


def from_json(data: object) -> Settings:
    """Settings from decoded JSON; wrong or missing fields fall back to defaults."""
    if not isinstance(data, dict):
        raise ValueError("the settings file does not hold a JSON object")
    base = Settings()
    player = data.get("player", "")
    window = data.get("window")
    completed = data.get("completed", {})
    theme, text_size = data.get("theme"), data.get("text_size")
    return Settings(
        player=clean_name(player) if isinstance(player, str) else "",
        theme=theme if isinstance(theme, str) and theme in THEMES else base.theme,
        text_size=text_size if isinstance(text_size, str) and text_size in TEXT_SIZES else "normal",
        sound=bool(data.get("sound", True)),
        fullscreen=bool(data.get("fullscreen", False)),
        reduce_motion=data.get("reduce_motion") is True,
        text_reveal=data.get("text_reveal", True) is not False,
        window=_window(window, base.window),
        completed=_completed(completed),
        trainer=data.get("trainer") is True,
    )


def _window(value: object, default: tuple[int, int]) -> tuple[int, int]:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        width, height = value
        if 320 <= width <= 16384 and 240 <= height <= 16384:
            return (width, height)
    return default


def _completed(value: object) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    return {
        str(name): [str(s) for s in ids] for name, ids in value.items() if isinstance(ids, list)
    }


def _read(path: Path) -> str:
    """The file's text; OSError if it is no regular file, ValueError if it is too large."""
    data = read_regular(path, MAX_BYTES)
    if len(data) > MAX_BYTES:
        raise ValueError(f"the settings file is larger than {MAX_BYTES:,} bytes")
    return data.decode("utf-8")


class SettingsStore:
    """Reads and writes one settings file; remembers a problem to report once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or settings_dir()
        self.path = self.folder / FILE_NAME
        self.notice = ""

    def load(self) -> Settings:
        """The saved settings, or defaults (setting `notice`) if the file is unusable."""
        if not self.path.exists():
            return Settings()
        try:
            return from_json(json.loads(_read(self.path)))
        except (OSError, ValueError, UnicodeDecodeError, TypeError, RecursionError):
            self.notice = self._set_aside()
            return Settings()

    def save(self, settings: Settings) -> bool:
        """Write the settings atomically; False (never an exception) if that fails."""
        data = asdict(settings)
        data["window"] = list(settings.window)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_suffix(".tmp")
            temp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
            temp.replace(self.path)
        except OSError:
            return False
        return True

    def _set_aside(self) -> str:
        bad = self.path.with_name(FILE_NAME + ".bad")
        try:
            self.path.replace(bad)
            kept = f"it was kept as {bad}"
        except OSError:
            kept = "it could not be moved aside"
        return f"Your settings file could not be read, so defaults are used ({kept})."
