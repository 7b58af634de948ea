"""docs/workshop.md stays true: its pictures exist, the words it quotes are the game's, --display works."""

import re

from game.cli import build_parser, open_game
from game.play.workshop.flow import Tally
from game.ui.workshop.reveal_view import discussion_prompt
from game.ui.workshop.room_view import prompt
from tests.conftest import REPO
from tests.play.test_workshop_flow import at_vote

GUIDE = REPO / "docs" / "workshop.md"


def test_every_picture_in_the_guide_exists():
    pictures = re.findall(r"\]\((screenshots/[^)]+\.png)\)", GUIDE.read_text(encoding="utf-8"))
    assert len(pictures) >= 8
    for picture in pictures:
        assert (REPO / "docs" / picture).is_file(), picture


def test_the_prompts_the_guide_quotes_are_the_ones_on_screen():
    text = GUIDE.read_text(encoding="utf-8")
    ws = at_vote()
    ws.advance()
    assert prompt(ws) in text  # No votes: ◀ next answer · ▶ go with 1
    ws = at_vote()
    ws.tally = Tally({1: 2, 3: 2})
    ws.advance()
    assert prompt(ws) in text  # Tie! ◀ next tied answer · ▶ go with 1
    assert f'*"{discussion_prompt(1)}"*' in text
    assert "Time's up" in text and "*Workshop room*" in text


def test_display_picks_the_rooms_monitor(monkeypatch):
    args = build_parser().parse_args(["--workshop", "--display", "1"])
    assert args.workshop and args.display == 1
    seen = {}
    monkeypatch.setattr("game.ui.app.run_game", lambda **kwargs: seen.update(kwargs) or 0)
    assert open_game(args) == 0
    assert seen["workshop"] and seen["display"] == 1
