"""The room votes from phones: P in set-up, the join slide, blind votes mixed with hands."""

import asyncio
import shutil
import subprocess

import pygame
import pytest

pytest.importorskip("aiohttp", reason="the phones need aiohttp: pip install -e '.[live]'")

from game.play.workshop.flow import Phase  # noqa: E402
from game.ui.workshop.room_view import cards_of  # noqa: E402
from tests.ui.workshop.support import number, ws  # noqa: E402
from tests.web.phones import Phone  # noqa: E402


@pytest.fixture
def set_up_with_phones(make_pilot):
    """Open workshop set-up and press P; every server started is stopped afterwards."""
    links = []

    def start(size=(1280, 720)):
        pilot = make_pilot(workshop=True, size=size)
        pilot.step(2)
        pilot.resize(size)
        pilot.press(pygame.K_p)
        link = pilot.scene.phones
        links.append(link)
        assert link.on, link.problem
        return pilot, link

    yield start
    for link in links:
        link.stop()


def phones_vote(server, places) -> None:
    """Each place: one phone opens the page, joins and votes for it (then sleeps)."""

    async def go():
        for place in places:
            phone = Phone(server)
            await phone.open()
            ballot = await phone.join()
            if place:
                reply = await phone.vote(ballot["number"], place)
                assert reply.get("mine") == place, (reply, ballot)
            await phone.close()

    asyncio.run(go())


def wait_for_phones(pilot, expected_voted: int) -> None:
    """Step the game until the server's wake-up events have been read."""
    for _ in range(200):
        pilot.step()
        if pilot.scene.phones.server.box.voted == expected_voted and not pygame.event.peek():
            pilot.step()
            return
    raise AssertionError("the phones' votes never reached the game")


def test_phones_are_off_by_default_and_p_turns_them_on(make_pilot):
    pilot = make_pilot(workshop=True)
    pilot.step(2)
    assert not pilot.scene.phones.on
    assert "Phones: off, hands only (P)" in pilot.texts()
    pilot.press(pygame.K_p)
    view = pilot.scene.phones.view()
    assert f"Phones: on, {view.short}, code {view.code} (P)" in pilot.texts()
    pilot.press(pygame.K_ESCAPE)


def test_leaving_workshop_mode_stops_the_server(set_up_with_phones):
    pilot, link = set_up_with_phones()
    server = link.server
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "title"
    assert not link.on and not server.running


def test_the_join_slide_shows_the_address_the_code_and_who_joined(set_up_with_phones):
    pilot, link = set_up_with_phones()
    view = link.view()
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "workshop-room" and pilot.scene.join_slide
    texts = pilot.texts()
    assert view.short in texts and view.code in texts and "0 phones have joined" in texts
    phones_vote(link.server, [0])
    wait_for_phones(pilot, 0)
    assert "1 phone has joined" in pilot.texts()
    pilot.press(pygame.K_PAGEDOWN)  # ▶ closes the slide and does nothing else
    assert not pilot.scene.join_slide and ws(pilot).phase is Phase.LINE
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_l)
    pilot.press(pygame.K_ESCAPE)


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="apt-get install zbar-tools")
def test_the_join_slides_qr_code_decodes_to_the_servers_address(set_up_with_phones, tmp_path):
    pilot, link = set_up_with_phones((1024, 768))
    pilot.press(pygame.K_RETURN)
    pilot.app.draw()
    picture = tmp_path / "join.png"
    pygame.image.save(pilot.app.display.surface, picture)
    found = subprocess.run(["zbarimg", "--quiet", "--raw", str(picture)], capture_output=True,
                           text=True, timeout=30)  # fmt: skip
    address = link.server.address
    assert found.stdout.strip() == address.url
    assert address.url == f"http://{address.host}:{address.port}/{address.code}"
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_l)
    pilot.press(pygame.K_ESCAPE)


def test_phone_votes_stay_hidden_until_shown_and_mix_with_hands(set_up_with_phones):
    pilot, link = set_up_with_phones()
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_PAGEDOWN)  # the join slide
    pilot.press(pygame.K_PAGEDOWN)  # the answers: the phones' ballot opens
    room = ws(pilot)
    assert link.server.box.ballot.state == "open"
    assert link.server.box.ballot.answers == tuple(o.choice.say for o in room.offered())
    phones_vote(link.server, [1, 1, 2])
    wait_for_phones(pilot, 3)
    texts = pilot.texts()
    assert any(t.startswith("3 of 3 voted") for t in texts)
    pilot.press(pygame.K_PAGEDOWN)  # the vote: hands can be counted too
    pilot.press(number(2))
    pilot.press(number(2))
    assert room.hidden and "3 of 3 voted · ▶ show the votes" in pilot.texts()
    assert all(card.votes == 0 for card in cards_of(room))  # no counts before the reveal
    pilot.press(pygame.K_PAGEDOWN)  # show the split
    assert not room.hidden and link.server.box.ballot.state == "closed"
    assert room.counted.counts == {1: 2, 2: 3}
    assert [card.votes for card in cards_of(room)][:2] == [2, 3]
    pilot.press(pygame.K_PAGEDOWN)  # go with the most votes
    decision = room.decisions[-1]
    assert decision.number == 2 and decision.votes == ((1, 2), (2, 3))
    assert decision.phones == ((1, 2), (2, 1)) and decision.voters == 3 and decision.joined == 3
    pilot.step()
    ballot = link.server.box.ballot
    assert ballot.state == "closed" and ballot.result == "the room went with answer 2"
    assert ballot.counts[:2] == (2, 3)
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_l)
    pilot.press(pygame.K_ESCAPE)


def test_a_late_phone_vote_after_the_split_is_shown_is_refused(set_up_with_phones):
    pilot, link = set_up_with_phones()
    pilot.press(pygame.K_RETURN)
    for _ in range(4):
        pilot.press(pygame.K_PAGEDOWN)  # slide, answers, vote, show the split
    assert link.server.box.ballot.state == "closed"

    async def late():
        phone = Phone(link.server)
        await phone.open()
        ballot = await phone.join()
        reply = await phone.vote(ballot["number"], 1)
        await phone.close()
        return reply

    assert asyncio.run(late())["type"] == "refused"
    assert ws(pilot).counted.total == 0
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_l)
    pilot.press(pygame.K_ESCAPE)


def test_play_it_out_goes_straight_to_the_what_if_not_the_join_slide(set_up_with_phones):
    pilot, link = set_up_with_phones()
    pilot.press(pygame.K_RETURN)
    room = ws(pilot)
    pilot.press(pygame.K_PAGEDOWN)  # close the join slide
    while room.phase is not Phase.ENDING:
        if room.phase in (Phase.ANSWERS, Phase.VOTE):
            pilot.press(number(room.numbers[0]), mod=pygame.KMOD_LSHIFT)
        else:
            pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_PAGEDOWN)  # the first answer the room passed by
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "workshop-room" and not pilot.scene.join_slide
    assert ws(pilot).what_if and ws(pilot).phase is Phase.REVEAL
