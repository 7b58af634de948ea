"""`make-it-right proof`: the script a trainer hands to a proofreader, with notes on each line."""

from tests.tools.support import DESIGN_EXAMPLE, HERE, cli

NOTES = HERE / "proof-notes.yaml"


def proof(*args):
    run = cli("proof", *args)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_every_line_is_printed_with_its_speaker_in_play_order():
    lines = proof(DESIGN_EXAMPLE).splitlines()
    said = [
        line.strip() for line in lines if line.strip().startswith(("Maria:", "Answer", "Ending"))
    ]
    assert said[0].startswith("Maria: I just got home with the penne")
    assert said[1].startswith("Answer 1: Next time, please say clearly")
    assert said[3] == "Maria: Excuse me? I ordered off your own menu."
    assert said[-1] == "Ending (leave): Maria hangs up and orders from the place across town."


def test_nodes_come_in_the_order_a_player_meets_them():
    headings = [line for line in proof(DESIGN_EXAMPLE).splitlines() if line.startswith("[")]
    assert headings == [
        "[node call]",
        "[node bristles]",
        "[node remedy]",
        "[ending loyal]",
        "[ending stays-wary]",
        "[ending hangs-up]",
    ]


def test_a_sound_script_has_no_notes():
    assert "!" not in "".join(line[:3] for line in proof(DESIGN_EXAMPLE).splitlines())


def test_a_doubled_word_is_noted():
    assert "  ! line 18: doubled word 'the the'" in proof(NOTES)


def test_the_minority_spelling_of_a_mixed_script_is_noted():
    text = proof(NOTES)
    assert "'favorite' mixes spellings: the rest of the script writes 'favourite'" in text
    assert "'favourite' mixes" not in text and "'colour' mixes" not in text


def test_a_line_too_long_for_the_screen_is_noted():
    assert "characters; the screen shows about 300 comfortably" in proof(NOTES)


def test_markdown_has_a_section_per_node_and_bold_speakers():
    text = proof(NOTES, "--format", "markdown")
    assert "## Node `call`" in text and "- **Answer 1:** Next time" in text
    assert "  - ⚠ line 18: doubled word 'the the'" in text


def test_a_file_with_errors_is_not_proofread(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(DESIGN_EXAMPLE.read_text().replace("goto: bristles", "goto bristles"))
    run = cli("proof", broken)
    assert run.returncode == 1 and "a colon is missing after 'goto'" in run.stderr
