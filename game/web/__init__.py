"""Phones as voting devices: a small web server on the local network (no pygame here).

The server runs on its own asyncio loop in a thread beside the game loop.
The game tells it what the room sees (`Ballot`), reads the phones' votes
(`VoteBox.counts`), and is woken by a callback when something changed.
"""
