"""The model's small helpers: who speaks a line, what a condition tests, moving a span."""

from game.engine.conditions import parse_condition
from game.io.loader import load_bytes
from game.model.condition import Condition, FlagTest, TrustTest
from game.model.span import Span
from tests.conftest import DESIGN_EXAMPLE


def test_the_customer_speaks_unless_the_node_names_someone_else():
    text = DESIGN_EXAMPLE.read_text(encoding="utf-8").replace(
        "  bristles:\n    say:", "  bristles:\n    speaker: Manager\n    say:"
    )
    scenario = load_bytes(text.encode(), "speaker.yaml").scenario
    assert scenario.speaker_of(scenario.nodes["call"]) == "Maria"
    assert scenario.speaker_of(scenario.nodes["bristles"]) == "Manager"


def test_a_condition_lists_its_flag_tests_and_its_trust_thresholds():
    expr, _ = parse_condition("kind and (trust >= 50 or not rude) and trust < 90")
    condition = Condition("…", expr, Span("f.yaml", 3, 9))
    assert condition.flag_tests() == [FlagTest("kind", 0), FlagTest("rude", 29)]
    assert condition.trust_thresholds() == [TrustTest(">=", 50), TrustTest("<", 90)]


def test_a_shifted_span_stays_in_its_file_and_line():
    assert Span("f.yaml", 3, 9).shifted(4) == Span("f.yaml", 3, 13)
