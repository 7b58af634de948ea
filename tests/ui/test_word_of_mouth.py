"""Word of mouth: the figures, the line over them and the ending's own words give one number."""

import re

import pygame
import pytest

from game import SCENARIOS_DIR
from game.io.library import load_library
from game.ui.theme import WARM
from game.ui.widgets.crowd import draw_crowd, word_of_mouth
from tests.ui.helpers import open_scenario_by_keys, witness

NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
}  # fmt: skip
PEOPLE = (
    "people|persons|neighbors|neighbours|friends|firms|directors|teachers|aides|drivers|"
    "members|parents|colleagues|customers|guests|owners|coordinators"
)
# "<number> [up to three words] <people>", optionally followed by "hear(s)"
NUMBER = r"\d+|" + "|".join(NUMBERS)
COUNT = re.compile(rf"\b({NUMBER})\b((?:\s+[\w-]+){{0,3}}?)\s+(?:{PEOPLE})\b(\s+hears?\b)?", re.I)
TELLING = re.compile(r"\b(?:tells|tell|sends|warns)\s*$", re.I)

ENDINGS = [
    (f"{s.id}:{key}", e)
    for s in load_library([SCENARIOS_DIR], analyse=False).scenarios
    for key, e in s.endings.items()
]


def counts_in(text: str) -> list[tuple[int, bool]]:
    """Each number of people the text names, and whether it is the number told (after
    "tells", or before "hear")."""
    found = []
    for match in COUNT.finditer(text):
        word = match.group(1).lower()
        number = int(word) if word.isdigit() else NUMBERS[word]
        told = bool(match.group(3)) or bool(TELLING.search(text[: match.start()]))
        found.append((number, told))
    return found


def test_the_reader_finds_the_numbers_the_issue_reported():
    assert counts_in("Friday pizza now comes from elsewhere, and a dozen neighbors hear why.") == [
        (12, True)
    ]
    assert counts_in("Greg tells two other firms about the printer.") == [(2, True)]
    assert counts_in("Forty people like it by Monday.") == [(40, False)]


@pytest.mark.parametrize("name, ending", ENDINGS, ids=[n for n, _ in ENDINGS])
def test_the_endings_words_agree_with_its_word_of_mouth(name, ending):
    for number, told in counts_in(ending.say):
        if told:
            assert number == ending.tells, f"{name} says {number} hear it but tells {ending.tells}"
        assert number <= ending.tells, f"{name} names {number} people but tells {ending.tells}"


def test_the_line_over_the_crowd_names_the_number_not_the_teller():
    assert word_of_mouth(6, True) == "Word of mouth: 6 people hear a good story."
    assert word_of_mouth(1, False) == "Word of mouth: 1 person hears a bad story."
    assert word_of_mouth(0, True) == "Word of mouth: nobody hears about it."


@pytest.mark.parametrize("count", [1, 3, 10, 12, 15, 60])
def test_the_crowd_draws_one_figure_per_person(count):
    surface = pygame.Surface((600, 200))
    figures = draw_crowd(surface, pygame.Rect(10, 10, 580, 180), count, True, WARM)
    assert len(figures) == count
    assert all(surface.get_rect().contains(f) for f in figures)
    assert not any(a.colliderect(b) for i, a in enumerate(figures) for b in figures[i + 1 :])


def test_the_ending_screen_draws_as_many_figures_as_its_words_say(pilot):
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(pygame.K_1)
    for number in witness(pilot, "missing-penne", "quietly-elsewhere"):
        pilot.answer(number)
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending"
    pilot.app.draw()
    ending = pilot.session.round.ending
    assert len(pilot.scene.figures) == ending.tells == 10
    assert "ten neighbors hear why" in ending.say
    pilot.box(f"Word of mouth: {ending.tells} people hear a bad story.")
