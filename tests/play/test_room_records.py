"""A workshop round's votes are records: stored with the round, in the report, CSV and xAPI."""

import copy
import csv
import io

from game.cli import main
from game.play.workshop.flow import Workshop, room_votes
from game.records import RecordStore
from game.records.room_out import room_section
from game.records.table import write_csv
from game.records.xapi import statements
from tests.play.test_workshop_flow import penne
from tests.records.support import T0
from tests.records.test_xapi import problems


def voted_round():
    """A room's round of The Missing Penne: phones and hands at the first decision, the
    facilitator's pick at the others."""
    ws = Workshop(penne(), seed=7)
    ws.timer.seconds = 60
    ws.advance()
    ws.phones, ws.joined = {1: 2, 2: 1}, 4
    ws.vote(2)
    ws.vote(2)
    ws.timer.tick(12.0)
    ws.advance()
    ws.advance()  # the split shown (phones vote blind), then the room's answer
    while not ws.round.finished:
        ws.advance()
        ws.advance()
        ws.override(1)
        ws.advance()
    return ws


def stored(tmp_path, ws):
    with RecordStore.open(tmp_path) as store:
        store.record_round("Workshop room", penne(), ws.round, "workshop", T0,
                           room=room_votes(ws.decisions))  # fmt: skip
    with RecordStore.open(tmp_path, readonly=True) as store:
        return store.rounds()[-1]


def test_each_decisions_votes_are_kept_with_the_round(tmp_path):
    ws = voted_round()
    record = stored(tmp_path, ws)
    first = record.room[0]
    assert first.votes == ((1, 2), (2, 3)) and first.phones == ((1, 2), (2, 1))
    assert (first.voters, first.joined, first.override) == (3, 4, False)
    assert first.chosen == 2 and (first.timer, first.used) == (60, 12)
    assert len(record.room) == len(record.steps) == len(ws.decisions)
    assert all(v.override for v in record.room[1:])


def test_the_report_shows_how_the_room_split(tmp_path):
    record = stored(tmp_path, voted_round())
    text = room_section([record])
    assert "How the room split" in text
    assert (
        "Decision 1: 2 · 3 (5 votes, 3 of 4 phones) → the room said 2, 60% · timer 12 of 60 s"
        in text
    )
    assert "Decision 2: " in text and "facilitator's pick 1" in text


def test_the_report_command_prints_the_split(tmp_path, capsys):
    stored(tmp_path, voted_round())
    assert main(["report", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "How the room split" in out and "3 of 4 phones" in out


def test_the_csv_carries_the_votes(tmp_path):
    record = stored(tmp_path, voted_round())
    handle = io.StringIO()
    write_csv([record], handle)
    row = next(csv.DictReader(io.StringIO(handle.getvalue())))
    assert row["room_votes"].startswith("1:2/3>2 2:")
    assert row["room_votes"].split()[1].endswith("!")  # the facilitator's pick
    assert row["room_phones"].startswith("1:3/4 2:0/4") and row["room_timer"].startswith("1:12/60")


def test_xapi_speaks_for_the_room_as_a_group_with_counts_per_decision(tmp_path):
    record = stored(tmp_path, voted_round())
    found = statements([record])
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in found]
    assert verbs == ["completed"] + ["answered"] * len(record.room)
    for statement in found:
        actor = statement["actor"]
        assert actor["objectType"] == "Group" and "member" not in actor
        assert actor["account"]["name"] == "Workshop room"
        as_agent = copy.deepcopy(statement)
        as_agent["actor"]["objectType"] = "Agent"  # the checker knows Agents; the rest must pass
        assert problems(as_agent) == [], problems(as_agent)
    first = found[1]
    x = "https://make-it-right.example/xapi/room/"
    assert first["result"]["response"] == "2"
    assert first["result"]["extensions"][x + "votes"] == {"1": 2, "2": 3}
    assert first["result"]["extensions"][x + "voters"] == 3
    assert len({s["id"] for s in found}) == len(found)


def test_a_round_without_votes_still_reads_and_exports_as_before(tmp_path):
    ws = voted_round()
    with RecordStore.open(tmp_path) as store:
        store.record_round("Ana", penne(), ws.round, "practice", T0)
        record = store.rounds()[-1]
    assert record.room == ()
    assert statements([record])[0]["actor"]["objectType"] == "Agent"


def test_a_damaged_vote_row_is_left_out_and_the_round_still_reads(tmp_path):
    import sqlite3

    stored(tmp_path, voted_round())
    conn = sqlite3.connect(tmp_path / "records.sqlite3")
    conn.execute("UPDATE room_votes SET votes = 'not json' WHERE number = 1")
    conn.commit()
    conn.close()
    with RecordStore.open(tmp_path, readonly=True) as store:
        (record,) = store.rounds()
    assert [v.number for v in record.room][0] == 2 and record.steps


def test_the_lrs_gets_how_the_room_voted_at_each_decision(tmp_path):
    from game.play.lrs_send import round_statements

    record = stored(tmp_path, voted_round())
    sent = round_statements(record, "https://example.org/mir")
    answered = [s for s in sent if s["verb"]["id"].endswith("/answered")]
    first = answered[0]["result"]["extensions"]
    assert first["https://example.org/mir/xapi/room/votes"] == {"1": 2, "2": 3}
    assert first["https://example.org/mir/xapi/room/phones"] == {"1": 2, "2": 1}
    assert first["https://example.org/mir/xapi/trust-before"] == record.steps[0].trust_before
    assert len(answered) == len(record.steps)  # one per decision, never two
    assert len({s["id"] for s in sent}) == len(sent)


def test_a_room_round_read_back_from_the_lrs_keeps_how_the_room_voted(tmp_path):
    from game.play.lrs_send import round_statements
    from game.records.statements_read import rounds_from_statements

    record = stored(tmp_path, voted_round())
    sent = round_statements(record, "https://example.org/mir")
    (back,) = rounds_from_statements(sent, "https://example.org/mir")
    assert back.room == record.room and len(back.steps) == len(record.steps)
    assert "How the room split" in room_section([back])
