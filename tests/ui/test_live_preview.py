"""Live preview in trainer mode: saving the played file shows the round on the new version."""

import shutil
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PENNE = REPO / "scenarios" / "missing-penne.yaml"
OWN_IT = (
    "      - say: That's our mistake, and I'm sorry. The penne is the whole point of that pie.\n"
)
HANG = 20.0  # seconds: a bound for a broken watch, never a speed requirement


@pytest.fixture
def penne(tmp_path):
    path = tmp_path / "missing-penne.yaml"
    shutil.copy(PENNE, path)
    return path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def at_options(make_pilot, penne, trainer=True):
    pilot = make_pilot(play_file=str(penne), trainer=trainer)
    pilot.answer(1)  # call -> options
    pilot.settle()
    assert pilot.session.round.node.id == "options"
    return pilot


def drawn(pilot) -> list[str]:
    pilot.app.draw()
    return pilot.texts()


def test_saving_the_file_shows_the_edited_line_at_the_same_node(make_pilot, penne):
    pilot = at_options(make_pilot, penne)
    edit(penne, "Okay. Thank you. We'd been", "Right. Thanks. We had been")
    pilot.app.finish_loading()
    assert pilot.name == "play" and pilot.session.round.node.id == "options"
    assert len(pilot.session.round.steps) == 1
    assert any("Right. Thanks. We had been" in t for t in drawn(pilot))
    assert any(
        t.startswith("Updated from missing-penne.yaml") for t in pilot.app.ctx.toasts.history
    )


def test_the_watch_sees_a_save_by_itself_off_the_frame_loop(make_pilot, penne):
    pilot = at_options(make_pilot, penne)
    edit(penne, "Okay. Thank you. We'd been", "Right. Thanks. We had been")
    deadline = time.monotonic() + HANG
    while "Right. Thanks." not in pilot.session.round.node.say:
        assert time.monotonic() < deadline, "the save was never taken in"
        pilot.step()
        time.sleep(0.01)
    assert pilot.name == "play" and pilot.session.round.node.id == "options"


def test_an_invalid_save_keeps_the_last_good_version_and_says_where(make_pilot, penne):
    pilot = at_options(make_pilot, penne)
    playing = pilot.session.scenario
    edit(penne, "        goto: options\n", "        goto: optoins\n")
    pilot.app.finish_loading()
    assert pilot.session.scenario is playing and pilot.session.round.node.id == "options"
    said = [t for t in pilot.app.ctx.toasts.history if "has errors" in t]
    assert said and said[-1].startswith(
        "missing-penne.yaml has errors; the last good version stays in play. missing-penne.yaml:"
    )
    assert "optoins" in said[-1]
    assert pilot.app.ctx.catalog.entry_of(playing).stale


def test_a_removed_answer_stops_at_the_furthest_node_and_says_where(make_pilot, penne):
    pilot = at_options(make_pilot, penne)
    text = penne.read_text(encoding="utf-8")
    start, end = text.index(OWN_IT), text.index("      - say: >-\n          I hear you")
    penne.write_text(text[:start] + text[end:], encoding="utf-8")
    pilot.app.finish_loading()
    assert pilot.name == "play" and pilot.session.round.node.id == "call"
    notices = pilot.app.ctx.toasts.history
    assert any("Replayed 0 of 1 answers and stopped at 'call'" in t for t in notices), notices


def test_learners_get_no_live_preview(make_pilot, penne):
    pilot = at_options(make_pilot, penne, trainer=False)
    playing = pilot.session.scenario
    edit(penne, "Okay. Thank you. We'd been", "Right. Thanks. We had been")
    pilot.app.finish_loading()
    assert pilot.app.work.preview.watch is None and pilot.session.scenario is playing


def test_undoing_an_invalid_save_clears_the_errors(make_pilot, penne):
    pilot = at_options(make_pilot, penne)
    playing = pilot.session.scenario
    good = penne.read_text(encoding="utf-8")
    edit(penne, "        goto: options\n", "        goto: optoins\n")
    pilot.app.finish_loading()
    penne.write_text(good, encoding="utf-8")
    pilot.app.finish_loading()
    assert pilot.session.scenario is playing
    assert not pilot.app.ctx.catalog.find("missing-penne").stale
    assert "missing-penne.yaml has no errors again; the round goes on unchanged" in (
        pilot.app.ctx.toasts.history
    )
