"""Live preview's replay: the round's answers given again on an edited scenario."""

from pathlib import Path

from game.io.glossary import builtin_glossary
from game.io.loader import load_bytes
from game.play.preview import replay
from game.play.recorder import Recorder
from game.play.session import PRACTICE, Services, begin
from game.play.settings import Settings, SettingsStore
from game.play.watch import Debounce

PENNE = Path(__file__).resolve().parents[2] / "scenarios" / "missing-penne.yaml"
TEXT = PENNE.read_text(encoding="utf-8")
OWN_IT = (
    "      - say: That's our mistake, and I'm sorry. The penne is the whole point of that pie.\n"
)


def scenario(text: str = TEXT):
    result = load_bytes(text.encode("utf-8"), str(PENNE), builtin_glossary())
    assert result.scenario is not None, result.diagnostics
    return result.scenario


def played(tmp_path, *numbers: int):
    """A Practice session of the shipped file, answered with file-order `numbers`."""
    services = Services(Settings(), SettingsStore(tmp_path), Recorder(tmp_path), seed=5)
    session = begin(services, scenario(), PRACTICE)
    for number in numbers:
        session.round.choose(number)
    return session


def test_an_edited_line_is_replayed_to_the_same_node_with_the_new_words(tmp_path):
    session = played(tmp_path, 1, 1)  # call -> options -> delivery
    edited = scenario(TEXT.replace("Okay. Thank you.", "Fine. Thanks.", 1))
    done = replay(session, edited)
    assert done.complete and done.followed == 2
    assert done.session.round.node.id == session.round.node.id == "delivery"
    assert done.session.round.trust == session.round.trust
    assert done.session.round.seed == session.round.seed
    assert done.session.scenario is edited


def test_an_answer_whose_words_were_edited_is_followed_by_its_place(tmp_path):
    session = played(tmp_path, 1)
    edited = scenario(TEXT.replace("That's our mistake, and I'm sorry.", "Our mistake. Sorry.", 1))
    done = replay(session, edited)
    assert done.complete and done.session.round.node.id == "options"


def test_an_answer_moved_within_its_node_is_followed_by_its_words(tmp_path):
    session = played(tmp_path, 1)
    block_end = TEXT.index("      - say: >-\n          I hear you")
    own_it = TEXT[TEXT.index(OWN_IT) : block_end]
    moved = TEXT.replace(own_it, "", 1).replace(
        "        goto: shrug\n", "        goto: shrug\n" + own_it, 1
    )
    done = replay(session, scenario(moved))
    assert done.complete and done.session.round.node.id == "options"


def test_a_removed_answer_stops_the_replay_where_it_diverged(tmp_path):
    session = played(tmp_path, 1, 1)
    block_end = TEXT.index("      - say: >-\n          I hear you")
    removed = TEXT[: TEXT.index(OWN_IT)] + TEXT[block_end:]
    done = replay(session, scenario(removed))
    assert not done.complete and done.followed == 0 and done.total == 2
    assert done.session.round.node.id == "call"
    assert done.diverged.startswith("Replayed 0 of 2 answers and stopped at 'call': the answer")
    assert "is gone from the file" in done.diverged


def test_a_goto_sent_elsewhere_stops_the_replay_at_the_new_node(tmp_path):
    session = played(tmp_path, 1, 1)
    edited = scenario(TEXT.replace("        goto: options\n", "        goto: doubted\n", 1))
    done = replay(session, edited)
    assert done.followed == 1 and done.session.round.node.id == "doubted"
    assert "stopped at 'doubted': the old round answered at 'options' next." in done.diverged


def test_a_replay_never_finishes_the_round_so_nothing_is_recorded(tmp_path):
    session = played(tmp_path, 1)
    edited = scenario(TEXT.replace("        goto: options\n", "        goto: hangs-up\n", 1))
    done = replay(session, edited)
    assert not done.session.round.finished and done.session.round.node.id == "call"
    assert "now ends the round" in done.diverged


def test_a_change_is_loaded_only_once_the_file_has_settled():
    watch = Debounce(seen=(1, 10), settle=0.3)
    assert not watch.observe((1, 10), 0.0)  # unchanged
    assert not watch.observe((2, 5), 0.1)  # half written
    assert not watch.observe((3, 12), 0.2)  # still being written
    assert not watch.observe((3, 12), 0.4)  # not settled long enough
    assert watch.observe((3, 12), 0.55)
    assert not watch.observe((3, 12), 0.9)  # loaded: nothing new
