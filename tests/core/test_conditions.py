"""The condition language: grammar, precedence, evaluation and error columns."""

import pytest

from game.engine.conditions import ConditionError, parse_condition
from game.model.condition import And, FlagTest, Not, Or, TrustTest, walk


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


def tree(text):
    expr, problem = parse_condition(text)
    assert problem is None, problem
    return expr


@pytest.mark.parametrize(
    ("flags", "expected"), [((), False), (["a"], True), (["b"], True), (["a", "b"], True)]
)
def test_or_holds_when_either_side_holds(flags, expected):
    assert holds("a or b", flags=flags) is expected


@pytest.mark.parametrize(
    ("flags", "expected"), [((), False), (["a"], False), (["b"], False), (["a", "b"], True)]
)
def test_and_holds_only_when_both_sides_hold(flags, expected):
    assert holds("a and b", flags=flags) is expected


def test_a_chain_of_ors_is_one_flat_or_and_any_link_makes_it_hold():
    assert tree("a or b or c") == Or((FlagTest("a", 0), FlagTest("b", 5), FlagTest("c", 10)))
    assert holds("a or b or c", flags=["c"])
    assert not holds("a or b or c", flags=["d"])


def test_a_chain_of_ands_is_one_flat_and_that_needs_every_link():
    assert tree("a and b and c") == And((FlagTest("a", 0), FlagTest("b", 6), FlagTest("c", 12)))
    assert holds("a and b and c", flags=["a", "b", "c"])
    assert not holds("a and b and c", flags=["a", "b"])


def test_not_not_is_the_flag_itself():
    assert tree("not not a") == Not(Not(FlagTest("a", 8)))
    assert holds("not not a", flags=["a"])
    assert not holds("not not a")


def test_not_binds_tighter_than_and_and_or():
    assert tree("not a or b") == Or((Not(FlagTest("a", 4)), FlagTest("b", 9)))
    assert tree("not a and b") == And((Not(FlagTest("a", 4)), FlagTest("b", 10)))


def test_parentheses_group_and_leave_no_trace_in_the_tree():
    assert tree("(a)") == FlagTest("a", 1)
    assert tree("a and (b or c)") == And(
        (FlagTest("a", 0), Or((FlagTest("b", 7), FlagTest("c", 12))))
    )


@pytest.mark.parametrize(
    ("text", "trust", "expected"),
    [
        ("trust > -5", 0, True),
        ("trust > -5", -5, False),
        ("trust >= -5", -5, True),
        ("trust == +7", 7, True),
        ("trust < 0", 0, False),
    ],
)
def test_signed_numbers_are_whole_numbers(text, trust, expected):
    assert holds(text, trust=trust) is expected


def test_a_trust_test_keeps_its_comparison_and_number():
    assert tree("trust <= -12") == TrustTest("<=", -12)
    assert tree("trust!=3") == TrustTest("!=", 3)


@pytest.mark.parametrize("keyword", ["and", "or", "not", "trust"])
def test_keywords_are_never_flags(keyword):
    expr, problem = parse_condition(keyword)
    assert expr is None
    assert problem.offset == (len(keyword) if keyword in ("not", "trust") else 0)


@pytest.mark.parametrize("keyword", ["and", "or"])
def test_a_keyword_in_a_flag_position_is_an_error_at_the_keyword(keyword):
    expr, problem = parse_condition(f"a and {keyword}")
    assert expr is None
    assert problem.offset == 6
    assert problem.message == f"expected a flag, 'trust', 'not' or '(', found '{keyword}'"


def test_flag_offsets_are_where_each_flag_starts():
    tests = [e for e in walk(tree("  sorry and (not  fixed or kind)")) if isinstance(e, FlagTest)]
    assert [(t.name, t.offset) for t in tests] == [("sorry", 2), ("fixed", 18), ("kind", 27)]


@pytest.mark.parametrize(
    ("text", "offset", "message"),
    [
        ("trust >=", 8, "expected a whole number after '>=', found the end of the condition"),
        ("trust >= x", 9, "expected a whole number after '>=', found 'x'"),
        ("trust 5", 6, "expected a comparison such as >= after 'trust', found '5'"),
        ("trust = 5", 6, "'=' is not a comparison; write '==' to test equality"),
        ("a b", 2, "expected 'and', 'or' or the end, found 'b'"),
        ("a )", 2, "expected 'and', 'or' or the end, found ')'"),
        ("(a or b", 7, "expected ')', found the end of the condition"),
        ("(a or b c", 8, "expected ')', found 'c'"),
        ("(a (b", 3, "expected ')', found '('"),
        ("", 0, "empty condition"),
        ("   ", 0, "empty condition"),
        ("Apologized", 0, "'Apologized' is not a valid flag name (lowercase letters, digits, '-')"),
        ("a and x_y", 6, "'x_y' is not a valid flag name (lowercase letters, digits, '-')"),
        ("a & b", 2, "unexpected character '&'"),
        ("a and", 5, "expected a flag, 'trust', 'not' or '(', found the end of the condition"),
        ("a and   ", 5, "expected a flag, 'trust', 'not' or '(', found the end of the condition"),
        ("not", 3, "expected a flag, 'trust', 'not' or '(', found the end of the condition"),
        ("()", 1, "expected a flag, 'trust', 'not' or '(', found ')'"),
        ("shouted > 3", 8, "only 'trust' can be compared; 'shouted' is a flag"),
        ("a or 5", 5, "expected a flag, 'trust', 'not' or '(', found '5'"),
    ],
)
def test_errors_say_what_was_expected_at_the_exact_column(text, offset, message):
    expr, problem = parse_condition(text)
    assert expr is None
    assert problem == ConditionError(offset, message)
