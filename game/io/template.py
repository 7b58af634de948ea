"""The scenario `make-it-right new ID` writes: small, valid, playable, and commented to teach.

It validates with no errors and no warnings and can end both ways as written
(tests/tools/test_new_scenario.py plays it to a stay and a leave ending).
"""

from __future__ import annotations

import os
from pathlib import Path

from game.io.schema import FILE_NAME, PACKAGE_SCHEMA

TEMPLATE = """\
# yaml-language-server: $schema=__SCHEMA__
#
# __TITLE__: a new Make It Right scenario. It works as it is: play it first,
# then make it yours. Lines starting with # are notes for you; the game
# ignores them, so keep or delete them as you like.
#
#   make-it-right validate --watch __PATH__   checks it every time you save
#   make-it-right play __PATH__ --text        plays it in the terminal
#   make-it-right graph __PATH__ -o map.svg   draws the map of its branches
#
# The full guide is docs/writing-scenarios.md.

format: 1                # always 1
# The id: lowercase words and dashes, and no other scenario may use it.
id: __ID__
title: __TITLE__         # shown in the scenario menu
summary: Half of a regular's takeaway order is missing, and she calls to complain.
difficulty: 1            # 1 easy, 2 medium, 3 hard
tags: [practice]         # words for filtering the menu

customer:
  name: Sam
  role: A regular who orders every Friday
  look:                  # colours as "#rrggbb"; they need the quotes
    skin: "#c68642"
    hair: "#2b1b0e"
    shirt: "#3a6ea5"
    age: adult           # young, adult, middle-aged, senior; more words in docs/art.md
    clothing: sweater    # tee, shirt, blazer, raincoat, scrubs, hoodie, uniform...

# The trust meter runs from 0 to 100 and starts at `start`. Each choice moves
# it by its `trust` number. When it falls to `leave_at` or below, the customer
# walks out at once: the round ends with the `walkout` ending.
trust:
  start: 50
  leave_at: 15

walkout: walks-out       # an ending with outcome: leave
start: complaint         # the first node

# Nodes are moments in the conversation: the customer says something (`say`)
# and the player picks one of 1 to 7 `choices`. A choice has:
#   say:         what the player says or does (required)
#   trust:       how far trust moves, like +20 or -25
#   principles:  the recovery moves (or mistakes) it shows, like [own-it]
#   feedback:    a sentence for the debrief: why it helped or hurt
#   set / unset: flags to remember for later, like [apologized]
#   if:          offer the choice only while a condition holds
#   goto:        the node or ending that comes next (required)
# Put text in "quotes" if it contains a colon followed by a space.
nodes:
  complaint:
    say: I just unpacked my order and half of it isn't here. I paid for all of it.
    choices:
      - say: That's our mistake, and I'm sorry. Let me put it right straight away.
        trust: +20
        set: [apologized]
        principles: [own-it, apologize, fix-fast]
        feedback: Owning the mistake and going straight to the fix turns the call around.
        goto: fix
      - say: Are you sure? Every bag is checked before it leaves.
        trust: -25
        principles: [never-wrong]
        feedback: Doubting the customer makes them prove our mistake to us.
        goto: doubted

  doubted:
    say: I'm sure. I'm looking at the bag right now.
    choices:
      - say: You're right, and I'm sorry. Let me fix it now.
        trust: +10
        set: [apologized]
        principles: [apologize, fix-fast]
        feedback: A late apology still helps, but the doubt cost trust first.
        goto: fix
      - say: Our policy is that orders are checked at the counter.
        trust: -25
        principles: [hide-behind-policy, blame-customer]
        feedback: Policy is not an answer to a mistake we made.
        goto: fix        # trust falls to 0 here, so Sam walks out before reaching fix

  fix:
    say: Okay. So what happens now?
    choices:
      - say: I'll send the rest over now, on us, with a dessert for the trouble.
        if: apologized   # offered only once the flag is set
        trust: +20
        principles: [make-whole, restitution]
        feedback: Sam no longer pays for our mistake, and the small extra shows we mean it.
        goto:            # a goto can depend on trust: the first branch that holds wins
          - if: trust >= 80
            to: delighted
          - to: satisfied
      - say: It'll be about forty minutes.
        trust: +5
        principles: [fix-fast]
        feedback: The fix is there, but nothing makes up for the wasted evening.
        goto: satisfied

# Endings close the round: the customer stays or leaves, and tells people
# about it (`tells`: a handful for a problem well solved, a dozen for a bad one).
# Node and ending ids share one namespace: an id can't be both.
endings:
  delighted:
    outcome: stay
    say: Sam tells her friends how well you handled it, and orders again on Friday.
    tells: 5
    lesson: Own it, fix it fast, and make the customer whole.
  satisfied:
    outcome: stay
    say: Sam keeps ordering, but she checks the bag before the driver leaves.
    tells: 2
  walks-out:
    outcome: leave
    say: Sam hangs up and orders from the place down the road from now on.
    tells: 12

# Shown after every round of this scenario.
debrief: Customers forgive mistakes quickly. What they don't forgive is being doubted.
"""


def title_for(scenario_id: str) -> str:
    """'late-delivery' -> 'Late Delivery'."""
    return " ".join(word.capitalize() for word in scenario_id.split("-") if word)


def scaffold(scenario_id: str, path: Path) -> str:
    """The text of a new scenario with this id, to be saved at `path`."""
    shown = path.as_posix()
    return (
        TEMPLATE.replace("__SCHEMA__", schema_reference(path.parent))
        .replace("__TITLE__", title_for(scenario_id) or scenario_id)
        .replace("__PATH__", shown if " " not in shown else f'"{shown}"')
        .replace("__ID__", scenario_id)
    )


def schema_reference(folder: Path) -> str:
    """How a file in `folder` names the schema: docs/ of the project it sits in, else the package copy."""
    folder = folder.resolve()
    for parent in (folder, *folder.parents):
        candidate = parent / "docs" / FILE_NAME
        if candidate.is_file():
            return _relative(candidate, folder)
    return _relative(PACKAGE_SCHEMA, folder)


def _relative(target: Path, folder: Path) -> str:
    try:
        return Path(os.path.relpath(target, folder)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return target.as_uri()
