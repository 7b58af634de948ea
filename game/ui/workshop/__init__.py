"""Workshop mode: one laptop, a projector, a facilitator with a clicker, and a room that votes.

Scenes (registered by name in game.ui.scenes): `workshop` (choose the
scenario and timer), `workshop-room` (the facilitator-paced round) and
`workshop-debrief` (the branch map and what the other answers would have
done). The round's logic is in `flow` and `timer`, pure and testable without
a window; `notes` draws the facilitator's notes for the N overlay or the
presenter window on a second display.
"""
