"""The room's ballot box, shared by the server thread and the game thread (pure, locked).

One vote per phone per decision: a phone is a random token kept in a cookie,
nothing else is stored. The game opens a ballot for each decision with the
answers numbered as the room sees them, closes it when the facilitator
reveals the split, and publishes the room's result; the phones only ever
read what the game published and submit a number.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

WAITING, OPEN, CLOSED = "waiting", "open", "closed"


class Refused(ValueError):
    """A phone's request the room cannot take, with the reason shown on the phone."""


@dataclass(frozen=True)
class Ballot:
    """What the phones show for one decision: the line, the answers in the room's order."""

    number: int = 0  # which ballot this is (rises with every decision opened)
    state: str = WAITING
    speaker: str = ""
    line: str = ""
    answers: tuple[str, ...] = ()  # answer i+1 as the room sees it on screen
    result: str = ""  # the room's result once revealed, in words
    counts: tuple[int, ...] = ()  # the split, published only when revealed


@dataclass
class VoteBox:
    """Tokens, votes and the current ballot; every method takes the lock."""

    ballot: Ballot = field(default_factory=Ballot)
    tokens: set[str] = field(default_factory=set)
    votes: dict[str, int] = field(default_factory=dict)  # token → answer place, this ballot
    lock: threading.Lock = field(default_factory=threading.Lock)

    # --- the phones (server thread) -----------------------------------------------------
    def join(self, token: str) -> None:
        with self.lock:
            self.tokens.add(token)

    def vote(self, token: str, ballot: int, place: int) -> None:
        """Record (or change) `token`'s vote; raise Refused with a reason the phone shows."""
        with self.lock:
            if token not in self.tokens:
                raise Refused("Reload the page to join the room first.")
            if ballot != self.ballot.number or self.ballot.state != OPEN:
                raise Refused("Votes for that question are closed.")
            if not 1 <= place <= len(self.ballot.answers):
                raise Refused("That answer is not on the screen.")
            self.votes[token] = place

    def snapshot(self) -> dict[str, int]:
        """Every phone's vote on this ballot, copied under the lock."""
        with self.lock:
            return dict(self.votes)

    def mine(self, token: str) -> int | None:
        with self.lock:
            return self.votes.get(token)

    # --- the game (game thread) ---------------------------------------------------------
    def open(self, speaker: str, line: str, answers: tuple[str, ...]) -> Ballot:
        """A new decision: a fresh ballot with no votes."""
        with self.lock:
            self.votes = {}
            number = self.ballot.number + 1
            self.ballot = Ballot(number, OPEN, speaker, line, answers)
            return self.ballot

    def close(self, result: str = "", counts: tuple[int, ...] = ()) -> Ballot:
        """Votes closed; with `result`, the room's decision and the split are published."""
        with self.lock:
            self.ballot = replace(self.ballot, state=CLOSED, result=result, counts=counts)
            return self.ballot

    def reopen(self) -> Ballot:
        """The facilitator took the answer back: the same ballot opens again, votes kept."""
        with self.lock:
            self.ballot = replace(self.ballot, state=OPEN, result="", counts=())
            return self.ballot

    def wait(self) -> Ballot:
        """Between decisions: nothing to vote on."""
        with self.lock:
            self.votes = {}
            self.ballot = replace(Ballot(), number=self.ballot.number)
            return self.ballot

    def counts(self) -> dict[int, int]:
        """Votes per answer place for the current ballot."""
        with self.lock:
            found: dict[int, int] = {}
            for place in self.votes.values():
                found[place] = found.get(place, 0) + 1
            return found

    @property
    def joined(self) -> int:
        with self.lock:
            return len(self.tokens)

    @property
    def voted(self) -> int:
        with self.lock:
            return len(self.votes)
