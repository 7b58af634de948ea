"""How the play screen stages the current line: its reveal, the call timer, the conversation log.

It reads the PlaySession and the settings; the scene owns input and drawing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from game.engine.rules import Step
from game.model.scenario import Node
from game.play.settings import Settings
from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.widgets.channels import Line
from game.ui.widgets.convo_log import ConversationLog, said_so_far
from game.ui.widgets.reveal import LineReveal

if TYPE_CHECKING:
    from game.play.session import PlaySession

TIMED = ("phone", "video")  # channels whose frame shows a running call timer


def current_node(session: PlaySession) -> Node | None:
    """The line on screen: the current node, or the last one once the round is over."""
    round_ = session.round
    if round_.node is not None:
        return round_.node
    steps = round_.steps
    return session.scenario.nodes.get(steps[-1].node if steps else session.scenario.start)


def feedback_step(session: PlaySession, taken: Step | None) -> Step | None:
    """Practice only: the answer just taken back, else the last answer given."""
    if not session.practice:
        return None
    if taken is not None:
        return taken
    steps = session.round.steps
    return steps[-1] if steps else None


class Changes(NamedTuple):
    """What a moment of time changed: the words shown, the reveal's end, the call timer."""

    shown: bool
    ended: bool
    ticked: bool


def shows_timer(session: PlaySession) -> bool:
    """True when the frame on screen shows a running call timer (a call, not narration)."""
    node = current_node(session)
    return session.scenario.channel in TIMED and node is not None and not node.is_narration


class Staging:
    """The current line as it is being staged, the call's running time and the log."""

    def __init__(self) -> None:
        self.reveal = LineReveal()
        self.log = ConversationLog()
        self.call_seconds = 0.0

    def reset(self) -> None:
        """A round opens: the call starts at 0:00 and the log is shut."""
        self.log.open, self.call_seconds = False, 0.0

    def start_line(self, session: PlaySession, settings: Settings, reveal: bool) -> None:
        """The line now on screen: typed (in a chat) and revealed, or all at once."""
        node = current_node(session)
        chat = session.scenario.channel == "chat" and node is not None and not node.is_narration
        on = reveal and settings.reveals_text
        self.reveal.start(node.say if node else "", typing=chat, motion=on)

    def update(self, dt: float, settings: Settings, session: PlaySession) -> Changes:
        """Advance time by `dt` seconds and say what that changed on screen."""
        shown = ended = False
        if not settings.reveals_text and self.reveal.moving:
            self.reveal.skip()  # the setting was turned off mid-line
            shown = ended = True
        elif self.reveal.update(dt):
            shown, ended = True, not self.reveal.moving
        before = int(self.call_seconds)
        self.call_seconds += dt
        return Changes(shown, ended, int(self.call_seconds) != before and shows_timer(session))

    def line(self, session: PlaySession) -> Line:
        """The customer's line as its channel's frame shows it right now."""
        scenario = session.scenario
        node = current_node(session)
        steps = session.round.steps
        return Line(
            channel=scenario.channel,
            speaker=scenario.speaker_of(node) if node else scenario.customer.name,
            text=node.say if node else "",
            shown=self.reveal.shown,
            narrator=bool(node and node.is_narration),
            typing=self.reveal.typing,
            dots=self.reveal.dots,
            seconds=self.call_seconds,
            subject=f"Re: {scenario.title}",
            earlier=steps[-1].say if steps else "",
        )

    def open_log(self, session: PlaySession, m: Metrics, book: FontBook) -> None:
        """Show the conversation so far, newest line in view."""
        round_ = session.round
        current = round_.node.id if round_.node is not None else None
        self.log.show(said_so_far(session.scenario, round_.steps, current))
        self.log.arrange(m, book)
