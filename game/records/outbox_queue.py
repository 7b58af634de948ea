"""Put a round in the LRS outbox, inside the transaction that records it.

Kept apart from game/records/outbox.py (which reads rounds back through
rows.py) so that rows.py can call it without an import cycle.
"""

from __future__ import annotations

import sqlite3

from game.records.model import RoundRecord, iso


def queue(conn: sqlite3.Connection, record: RoundRecord) -> None:
    """Queue `record` for the LRS; the caller's transaction makes it all or nothing."""
    conn.execute(
        "INSERT OR IGNORE INTO outbox (round_uid, queued) VALUES (?, ?)",
        (record.uid, iso(record.finished)),
    )
