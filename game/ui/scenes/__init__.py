"""Every screen of the game by name, imported the first time it is shown (a quick start).

Add a screen by adding `"name": "module:Class"` here, or pass `scenes={"name": Class}`
to App. Scenes never import each other; they ask for the next one by name.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.ui.scenes.base import Scene

SCENES: dict[str, str] = {
    "title": "game.ui.scenes.title:TitleScene",
    "name": "game.ui.scenes.name:NameScene",
    "select": "game.ui.scenes.select:SelectScene",
    "briefing": "game.ui.scenes.briefing:BriefingScene",
    "play": "game.ui.scenes.play:PlayScene",
    "ending": "game.ui.scenes.ending:EndingScene",
    "debrief": "game.ui.scenes.debrief:DebriefScene",
    "settings": "game.ui.scenes.settings:SettingsScene",
    "lrs": "game.ui.scenes.lrs:LrsScene",
    "problems": "game.ui.scenes.problems:ProblemsScene",
    "error": "game.ui.scenes.error:ErrorScene",
    "history": "game.ui.scenes.history:HistoryScene",
    "workshop": "game.ui.workshop.start:WorkshopStartScene",
    "workshop-room": "game.ui.workshop.room:WorkshopRoomScene",
    "workshop-debrief": "game.ui.workshop.debrief:WorkshopDebriefScene",
}


def scene_class(spec: str | type[Scene]) -> type[Scene]:
    """The Scene class for a registry entry: a class, or 'module:Class' to import."""
    if not isinstance(spec, str):
        return spec
    module, _, name = spec.partition(":")
    return getattr(import_module(module), name)
