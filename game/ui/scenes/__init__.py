"""Every screen of the game by name. Add a scene by adding it here (or pass `scenes=` to App)."""

from __future__ import annotations

from game.ui.scenes.base import Scene
from game.ui.scenes.briefing import BriefingScene
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.ending import EndingScene
from game.ui.scenes.error import ErrorScene
from game.ui.scenes.name import NameScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.problems import ProblemsScene
from game.ui.scenes.select import SelectScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene

SCENES: dict[str, type[Scene]] = {
    scene.name: scene
    for scene in (
        TitleScene,
        NameScene,
        SelectScene,
        BriefingScene,
        PlayScene,
        EndingScene,
        DebriefScene,
        SettingsScene,
        ProblemsScene,
        ErrorScene,
    )
}
