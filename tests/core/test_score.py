"""The Assessment score on rounds whose numbers were worked out by hand.

tests/fixtures/score/refund-first.yaml: Lee starts at 50, walks out at 15 or below.
  open: 1 refund +10 (mistimed restitution)  2 sorry +20 (apologize, own-it)
        3 porch -30 (blame-customer)
  next: 1 refund and voucher +10 (restitution)  2 "that's all" 0  3 "not my problem"
        -10 (argue)  4 "goodbye" -> walks (leave)
Best final trust 80 (2, 1); worst 10 (3, 3: 20 - 10 walks out). Span 70, so
trust points = 35 x (final - 10) / 70, rounded half up.

  path    ending  final  outcome  trust            principles (good - bad - mistimed)  score
  (2, 1)  stay    80     50       35               3 - 0 - 0 = 3 -> 15                  100 pass
  (2, 2)  stay    70     50       30               2 - 0 - 0 = 2 -> 10                   90 pass
  (1, 1)  stay    70     50       30               1 - 0 - 1 = 0 ->  0                   80 pass
  (1, 3)  stay    50     50       20               0 - 1 - 1 < 0 ->  0                   70 pass (at the line)
  (3, 1)  stay    30     50       10               1 - 1 - 0 = 0 ->  0                   60 fail
  (3, 2)  stay    20     50        5               0 - 1 - 0 < 0 ->  0                   55 fail
  (2, 4)  leave   70      0       30               2 - 0 - 0 = 2 -> 10                   40 fail (left)
  (3, 3)  leave   10      0        0               0 - 2 - 0 < 0 ->  0                    0 fail

The design example (tests/fixtures/design-example.yaml, Maria): best 100, worst 10.
  (1, 1, 1) stay 45: 50 + 35 x 35/90 = 13.6 -> 14, good {apologize, fix-fast} less bad
            {blame-customer} = 1 -> 5; 69, one point under the line.
"""

import pytest

from game.engine.analysis import analyse
from game.engine.round import Round
from game.engine.score import assess, principle_points, trust_points
from game.io.loader import load_scenario
from tests.conftest import DESIGN_EXAMPLE, FIXTURES

REFUND_FIRST = FIXTURES / "score" / "refund-first.yaml"


def scenario(path=REFUND_FIRST):
    return load_scenario(path).scenario


def played(*numbers, path=REFUND_FIRST):
    round_ = Round(scenario(path))
    for number in numbers:
        round_.choose(number)
    return round_


def assessed(*numbers):
    return assess(played(*numbers), best=80, worst=10)


def test_the_analysis_agrees_with_the_hand_computed_best_and_worst():
    found = analyse(scenario())
    assert (found.best.trust, found.worst.trust) == (80, 10)


@pytest.mark.parametrize(
    "path, points, score, passed",
    [
        ((2, 1), (50, 35, 15), 100, True),
        ((2, 2), (50, 30, 10), 90, True),
        ((1, 1), (50, 30, 0), 80, True),
        ((1, 3), (50, 20, 0), 70, True),
        ((3, 1), (50, 10, 0), 60, False),
        ((3, 2), (50, 5, 0), 55, False),
        ((2, 4), (0, 30, 10), 40, False),
        ((3, 3), (0, 0, 0), 0, False),
    ],
)
def test_hand_computed_rounds(path, points, score, passed):
    result = assessed(*path)
    assert tuple(part.points for part in result.parts) == points
    assert (result.score, result.passed) == (score, passed)


def test_a_score_exactly_at_the_pass_line_passes():
    assert assessed(1, 3).score == 70 and assessed(1, 3).passed


def test_the_design_example_one_point_under_the_line_does_not_pass():
    result = assess(played(1, 1, 1, path=DESIGN_EXAMPLE), best=100, worst=10)
    assert (result.score, result.passed) == (69, False)


def test_a_mistimed_move_counts_against_the_player_like_a_bad_one():
    result = assessed(1, 1)  # restitution used well once and too early once
    assert (result.good, result.mistimed) == (("restitution",), ("restitution",))
    assert result.parts[2].points == 0


def test_a_customer_who_leaves_never_passes_even_with_good_moves():
    result = assessed(2, 4)
    assert not result.passed
    assert result.reason.startswith("Not passed: Lee left with trust at 70")


def test_each_principle_counts_once_per_round():
    assert assessed(2, 1).good == ("apologize", "own-it", "restitution")


def test_trust_points_round_half_up():
    assert trust_points(15, best=20, worst=10) == 18  # 17.5
    assert trust_points(14, best=20, worst=10) == 14  # 14.0


def test_trust_points_are_full_when_every_path_ends_at_the_same_trust():
    assert trust_points(60, best=60, worst=60) == 35


def test_a_final_trust_beyond_the_analysed_best_counts_as_the_best():
    assert assess(played(2, 1), best=50, worst=10).parts[1].points == 35


@pytest.mark.parametrize("net, points", [(-2, 0), (0, 0), (1, 5), (3, 15), (5, 15)])
def test_principle_points_are_five_a_net_good_move_up_to_fifteen(net, points):
    assert principle_points(net) == points


def test_the_scaled_score_is_the_score_out_of_one():
    assert assessed(2, 2).scaled == 0.9


def test_an_unfinished_round_cannot_be_assessed():
    with pytest.raises(ValueError):
        assess(played(2), best=80, worst=10)


def test_a_pass_names_the_good_moves():
    assert assessed(2, 1).reason == (
        "Passed (score 100 of 100): Lee stayed, trust ended at 80 of a possible 80,"
        " and you used Apologize, Own it and Restitution."
    )


def test_a_pass_with_a_mistimed_move_says_so():
    assert assessed(1, 1).reason.endswith(
        "you used Restitution but also Restitution at the wrong moment."
    )


def test_a_stay_under_the_line_names_what_held_it_back():
    assert assessed(3, 2).reason == (
        "Not passed (score 55, 70 needed): Lee stayed, but trust ended at 20 of a possible 80"
        " and you used Blame the customer."
    )


def test_a_leave_names_the_answer_that_cost_the_most():
    assert assessed(3, 3).reason == (
        "Not passed: Lee left with trust at 10 after “Did you check the porch?” (−30);"
        " a round where the customer leaves never passes."
    )
