"""The condition language: grammar, precedence, evaluation and error columns."""

import pytest

from game.engine.conditions import parse_condition


def holds(text, trust=50, flags=()):
    expr, problem = parse_condition(text)
    assert problem is None, problem
    return expr.holds(trust, frozenset(flags))


def test_a_flag_holds_when_raised():
    assert holds("apologized", flags=["apologized"])
    assert not holds("apologized")


@pytest.mark.parametrize(
    ("text", "trust", "expected"),
    [
        ("trust < 50", 49, True),
        ("trust <= 50", 50, True),
        ("trust > 50", 50, False),
        ("trust >= 50", 50, True),
        ("trust == 50", 50, True),
        ("trust != 50", 50, False),
    ],
)
def test_trust_comparisons(text, trust, expected):
    assert holds(text, trust=trust) is expected


def test_and_binds_tighter_than_or():
    assert holds("a or b and c", flags=["a"])
    assert not holds("(a or b) and c", flags=["a"])


def test_not_applies_to_the_next_atom():
    assert holds("not a and b", flags=["b"])
    assert not holds("not (a and b) ", flags=["a", "b"])


def test_flags_may_contain_dashes_and_digits():
    assert holds("offered-remedy-2", flags=["offered-remedy-2"])


@pytest.mark.parametrize(
    ("text", "offset", "words"),
    [
        ("trust >=", 8, "whole number"),
        ("trust = 5", 6, "'=='"),
        ("a b", 2, "'and', 'or'"),
        ("(a or b", 7, "')'"),
        ("", 0, "empty"),
        ("Apologized", 0, "not a valid flag"),
        ("a & b", 2, "unexpected character"),
        ("a and", 5, "a flag"),
        ("shouted > 3", 8, "only 'trust'"),
    ],
)
def test_errors_name_the_column_inside_the_string(text, offset, words):
    expr, problem = parse_condition(text)
    assert expr is None
    assert problem.offset == offset
    assert words in problem.message
