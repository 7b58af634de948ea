"""`make-it-right script`: the whole script as HTML or CSV for a subject expert to read."""

import csv
import io

from tests.tools.support import DESIGN_EXAMPLE, HERE, REPO, cli

FORMULAS = HERE / "script-formulas.yaml"


def write_script(source, out, *extra):
    run = cli("script", source, "-o", out, *extra)
    assert run.returncode == 0, run.stderr
    return out.read_text(encoding="utf-8")


def rows(source, tmp_path):
    text = write_script(source, tmp_path / "script.csv")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_lists_every_line_in_reading_order_with_its_word_count(tmp_path):
    found = rows(DESIGN_EXAMPLE, tmp_path)
    first, last = found[0], found[-1]
    assert (first["place"], first["kind"], first["who"]) == ("call", "Line", "Maria")
    assert first["text"].startswith("I just got home with the penne")
    assert first["words"] == "16" and first["line"] == "17"
    assert [r["place"] for r in found if r["kind"] == "Ending"] == [
        "loyal",
        "stays-wary",
        "hangs-up",
    ]
    assert last["text"] == "Maria hangs up and orders from the place across town."


def test_answers_and_feedback_follow_their_line(tmp_path):
    kinds = [r["kind"] for r in rows(DESIGN_EXAMPLE, tmp_path) if r["place"] == "call"]
    assert kinds == ["Line", "Answer", "Feedback", "Answer"]


def test_contractions_and_hyphenated_words_count_once(tmp_path):
    answer = next(r for r in rows(DESIGN_EXAMPLE, tmp_path) if r["text"].startswith("That's"))
    assert (
        answer["text"] == "That's our mistake and I'm sorry. I'll have a fresh one made now, on us."
    )
    assert answer["words"] == "15"


def test_csv_cells_that_look_like_formulas_stay_text(tmp_path):
    texts = [r["text"] for r in rows(FORMULAS, tmp_path)]
    assert '\'=HYPERLINK("http://example.com") @Dana, -5 stars <b>and</b> more' in texts
    assert "'+1 for the counter check, it's our policy." in texts
    assert not any(text.startswith(("=", "+", "-", "@")) for text in texts)


def test_html_is_one_printable_page_with_text_escaped(tmp_path):
    page = write_script(FORMULAS, tmp_path / "script.html")
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page
    assert "&lt;b&gt;and&lt;/b&gt;" in page and "<b>and</b>" not in page
    assert "<script" not in page and "<link" not in page and "src=" not in page


def test_html_has_a_heading_per_node_and_ending_in_reading_order(tmp_path):
    page = write_script(DESIGN_EXAMPLE, tmp_path / "script.html")
    headings = [part.split("</h3>")[0] for part in page.split("<h3>")[1:]]
    assert headings == [
        "Node call",
        "Node bristles",
        "Node remedy",
        "Ending loyal",
        "Ending stays-wary",
        "Ending hangs-up",
    ]
    assert '<td class="words">16</td>' in page


def test_a_folder_gives_every_scenario_and_the_total_words(tmp_path):
    run = cli("script", REPO / "scenarios", "-o", tmp_path / "all.html")
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert page.count("<section>") == len(list((REPO / "scenarios").glob("*.yaml")))
    assert "The Missing Penne" in page and "words</p>" in page


def test_a_file_with_errors_is_named_and_left_out(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.yaml").write_text(DESIGN_EXAMPLE.read_text())
    broken = DESIGN_EXAMPLE.read_text().replace("goto: bristles", "goto bristles")
    (folder / "broken.yaml").write_text(broken)
    run = cli("script", folder, "-o", tmp_path / "out.csv")
    assert run.returncode == 1
    assert "broken.yaml: cannot be used until its errors are fixed" in run.stderr
    files = {r["file"] for r in csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8"))}
    assert files == {str(folder / "good.yaml")}


def test_an_output_without_a_known_extension_is_a_usage_error(tmp_path):
    run = cli("script", DESIGN_EXAMPLE, "-o", tmp_path / "script.txt")
    assert run.returncode == 2 and "--format html or csv" in run.stderr
    assert not (tmp_path / "script.txt").exists()


def test_format_option_overrides_the_extension(tmp_path):
    text = write_script(DESIGN_EXAMPLE, tmp_path / "script.txt", "--format", "csv")
    assert text.startswith("file,scenario,place,kind,who,text,words,line")
