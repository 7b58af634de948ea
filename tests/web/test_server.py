"""The vote server with real HTTP and WebSocket clients on 127.0.0.1."""

import asyncio
import json

import aiohttp

from game.web.server import MAX_FRAME
from game.web.votes import OPEN
from tests.web.phones import Phone

ANSWERS = ("I'm sorry, that's on us.", "Did you check the box?", "It happens.")


def run(coroutine):
    return asyncio.run(coroutine)


def open_ballot(server) -> int:
    ballot = server.box.open("Joanne", "Where is my penne?", ANSWERS)
    server.publish()
    return ballot.number


async def joined(server) -> Phone:
    phone = Phone(server)
    await phone.open()
    await phone.join()
    return phone


def test_the_page_is_served_by_the_game_with_a_phone_token_cookie(server):
    async def go():
        phone = Phone(server)
        html = await phone.open()
        cookies = {c.key: c.value for c in phone.session.cookie_jar}
        await phone.close()
        return html, cookies

    html, cookies = run(go())
    assert "<script>" in html and "http" not in html.split("<script>")[1].split("location")[0]
    assert len(cookies["mir_phone"]) >= 16


def test_a_phone_joins_and_sees_the_open_question(server, wakes):
    number = open_ballot(server)

    async def go():
        phone = Phone(server)
        await phone.open()
        first = await phone.join()
        await phone.close()
        return first

    first = run(go())
    assert first["state"] == OPEN and first["number"] == number
    assert first["answers"] == list(ANSWERS) and first["mine"] is None
    assert server.box.joined == 1 and wakes.count >= 1
    assert first["counts"] == []  # nobody sees the split before the reveal


def test_a_vote_counts_once_and_a_phone_can_change_it(server, wakes):
    number = open_ballot(server)

    async def go():
        phone = await joined(server)
        first = await phone.vote(number, 2)
        again = await phone.vote(number, 2)
        changed = await phone.vote(number, 3)
        await phone.close()
        return first, again, changed

    first, again, changed = run(go())
    assert first["mine"] == 2 and again["mine"] == 2 and changed["mine"] == 3
    assert server.box.counts() == {3: 1} and server.box.voted == 1


def test_two_phones_count_twice(server):
    number = open_ballot(server)

    async def go():
        phones = [await joined(server) for _ in range(2)]
        for phone in phones:
            await phone.vote(number, 1)
        for phone in phones:
            await phone.close()

    run(go())
    assert server.box.counts() == {1: 2}


def test_a_second_socket_with_the_same_token_is_the_same_voter(server):
    number = open_ballot(server)

    async def go():
        phone = await joined(server)
        await phone.vote(number, 1)
        await phone.ws.close()
        again = await phone.join()  # the phone woke up: same cookie, same voter
        after = await phone.vote(number, 2)
        await phone.close()
        return again, after

    again, after = run(go())
    assert again["mine"] == 1 and after["mine"] == 2
    assert server.box.joined == 1 and server.box.counts() == {2: 1}


def test_a_vote_for_a_closed_question_is_refused(server):
    number = open_ballot(server)

    async def go():
        phone = await joined(server)
        server.box.close()
        refused = await phone.vote(number, 1)
        old = open_ballot(server) and await phone.receive()
        stale = await phone.vote(number, 1)  # the previous question's number
        await phone.close()
        return refused, old, stale

    refused, now, stale = run(go())
    assert refused == {"type": "refused", "reason": "Votes for that question are closed."}
    assert now["number"] == number + 1 and stale["type"] == "refused"
    assert server.box.counts() == {}


def test_a_vote_for_an_answer_not_on_screen_is_refused(server):
    number = open_ballot(server)

    async def go():
        phone = await joined(server)
        replies = [await phone.vote(number, place) for place in (0, 4, -1)]
        await phone.close()
        return replies

    for reply in run(go()):
        assert reply == {"type": "refused", "reason": "That answer is not on the screen."}
    assert server.box.counts() == {}


def test_malformed_messages_get_a_clear_refusal_and_the_socket_stays_open(server):
    number = open_ballot(server)
    bad = ["not json", "[1, 2]", '{"vote": "2", "ballot": 1}', '{"vote": true, "ballot": 1}',
           "{}", json.dumps({"ballot": number, "vote": 1, "pad": "x" * 300})]  # fmt: skip

    async def go():
        phone = await joined(server)
        replies = [await phone.send(text) for text in bad]
        good = await phone.vote(number, 1)
        await phone.close()
        return replies, good

    replies, good = run(go())
    assert all(r["type"] == "refused" and r["reason"] for r in replies)
    assert "too long" in replies[-1]["reason"]
    assert good["mine"] == 1


def test_an_oversized_frame_closes_only_that_phones_socket(server):
    number = open_ballot(server)

    async def go():
        phone = await joined(server)
        await phone.ws.send_str("x" * (MAX_FRAME * 4))
        closed = await phone.ws.receive(timeout=5)
        other = await joined(server)
        still = await other.vote(number, 1)
        await phone.close()
        await other.close()
        return closed, still

    closed, still = run(go())
    assert closed.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    assert still["mine"] == 1 and server.running


def test_a_wrong_room_code_is_refused(server):
    async def go():
        phone = Phone(server)
        await phone.open()
        reply = await phone.join("ZZZZ")
        closed = await phone.ws.receive(timeout=5)
        await phone.close()
        return reply, closed

    reply, closed = run(go())
    assert reply["type"] == "refused" and "room code" in reply["reason"]
    assert closed.type == aiohttp.WSMsgType.CLOSE and closed.data == 4001
    assert server.box.joined == 0


def test_the_reveal_is_pushed_to_every_phone(server):
    open_ballot(server)

    async def go():
        phones = [await joined(server) for _ in range(3)]
        server.box.close("The room said 1", (2, 1, 0))
        server.publish()
        seen = [await phone.receive() for phone in phones]
        for phone in phones:
            await phone.close()
        return seen

    for message in run(go()):
        assert message["state"] == "closed" and message["result"] == "The room said 1"
        assert message["counts"] == [2, 1, 0]


def test_stopping_the_server_closes_the_phones_and_frees_the_port(server):
    async def go():
        phone = await joined(server)
        server.stop()
        closed = await phone.ws.receive(timeout=5)
        await phone.close()
        return closed

    closed = run(go())
    assert closed.type == aiohttp.WSMsgType.CLOSE and closed.extra == "The workshop has ended."
    assert not server.running
