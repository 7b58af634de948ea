"""The room's one-page handout: saved from the debrief as PNG and PDF, showing how the room split."""

import re
import zlib
from datetime import datetime

import pygame

from game.play.workshop.flow import Phase
from game.play.workshop.handout import room_sheet
from game.ui.workshop.handout_view import PAGE, render_room_sheet
from tests.ui.workshop.support import SHIFT, key_for, open_room, settle, ws


def vote_then_pick(pilot) -> None:
    """Decision 1: hands 3 for file answer 2 and 1 for file answer 1, the room's answer wins;
    decision 2: the facilitator's pick of file answer 2 with no votes; then the debrief."""
    room = ws(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    for _ in range(3):
        pilot.press(key_for(pilot, 2))
    pilot.press(key_for(pilot, 1))
    pilot.press(pygame.K_PAGEDOWN)
    settle(pilot)
    for _ in range(3):
        pilot.press(pygame.K_PAGEDOWN)  # the feedback, the next line, its answers
    pilot.press(key_for(pilot, 2), mod=SHIFT)
    settle(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.ENDING
    pilot.press(pygame.K_PAGEDOWN)
    assert pilot.name == "workshop-debrief"


def saved_files(data_dir):
    return sorted((data_dir / "handouts").glob("*"))


def pdf_is_valid(data: bytes, size: tuple[int, int]) -> bool:
    """A PDF whose cross-references point at its objects and whose image holds `size` pixels."""
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    xref_at = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[xref_at:].startswith(b"xref")
    offsets = [int(o) for o in re.findall(rb"(\d{10}) 00000 n", data)]
    for number, offset in enumerate(offsets, 1):
        assert data[offset:].startswith(f"{number} 0 obj".encode())
    stream = re.search(rb"/FlateDecode /Length (\d+) >>\nstream\n", data)
    pixels = data[stream.end() : stream.end() + int(stream.group(1))]
    return len(zlib.decompress(pixels)) == size[0] * size[1] * 3


def test_s_on_the_debrief_saves_the_handout_as_png_and_pdf(make_pilot, data_dir):
    pilot = open_room(make_pilot, "missing-penne")
    vote_then_pick(pilot)
    pilot.press(pygame.K_s)
    png, pdf = sorted(saved_files(data_dir), key=lambda p: p.suffix != ".png")
    assert png.name.startswith("missing-penne-room-") and png.suffix == ".png"
    assert pygame.image.load(str(png)).get_size() == PAGE
    assert pdf.stem == png.stem and pdf_is_valid(pdf.read_bytes(), PAGE)


def test_a_notice_names_the_file_and_the_folder(make_pilot, data_dir):
    pilot = open_room(make_pilot, "missing-penne")
    vote_then_pick(pilot)
    pilot.press(pygame.K_s)
    png = next(p for p in saved_files(data_dir) if p.suffix == ".png")
    notice = pilot.app.ctx.toasts.history[-1]
    assert png.stem in notice and str(data_dir / "handouts") in notice


def test_next_on_the_last_page_saves_it_so_a_clicker_alone_can(make_pilot, data_dir):
    pilot = open_room(make_pilot, "missing-penne")
    vote_then_pick(pilot)
    for _ in range(len(pilot.scene.pages) - 1):
        pilot.press(pygame.K_PAGEDOWN)
    assert saved_files(data_dir) == []
    pilot.press(pygame.K_PAGEDOWN)
    assert len(saved_files(data_dir)) == 2
    assert any(t.startswith("Handout saved") for t in pilot.texts())


def the_sheet(pilot):
    scene = pilot.scene
    when = datetime(2026, 12, 1, 17, 40)
    return room_sheet(scene.scenario, scene.start, scene.steps, scene.decisions, scene.seed, when)


def test_the_handout_shows_how_the_room_split_at_each_decision(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    vote_then_pick(pilot)
    first, second = the_sheet(pilot).rows
    decided = pilot.scene.decisions[0]
    assert first.total == 4 and first.chosen.place == decided.number
    assert sorted((o.votes, o.share) for o in first.options if o.votes) == [(1, 25), (3, 75)]
    assert not first.override and second.override and second.total == 0
    texts = [box.text for box in render_room_sheet(pilot.app.ctx.fonts, the_sheet(pilot)).boxes]
    assert {"3 · 75%", "1 · 25%"} <= set(texts)  # the split, as drawn on the page
    assert any(t.startswith("Decision 2 · ★ Facilitator's pick") for t in texts)


def test_the_handout_ends_with_the_lesson(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    vote_then_pick(pilot)
    sheet = the_sheet(pilot)
    ending = pilot.scene.scenario.endings[pilot.scene.steps[-1].target]
    assert sheet.lesson == ending.lesson and ending.lesson
    texts = [box.text for box in render_room_sheet(pilot.app.ctx.fonts, sheet).boxes]
    assert f"The lesson: {ending.lesson}" in texts
