"""New optional keys: a node's `mood` and `prompt`, a scenario's `channel`, the `look` words: read, defaulted, checked."""

from game.io.loader import load_bytes
from game.model import format as fmt
from tests.core.test_loader_fields import MINIMAL


def load_with(old: str, new: str):
    text = MINIMAL.replace(old, new, 1)
    assert text != MINIMAL
    return load_bytes(text.encode(), "moods.yaml", analyse=False)


def test_a_node_mood_reaches_the_model():
    result = load_with("    say: Hi.\n", "    say: Hi.\n    mood: sarcastic\n")
    assert result.diagnostics == []
    assert result.scenario.nodes["a"].mood == "sarcastic"


def test_a_node_without_a_mood_has_none():
    result = load_bytes(MINIMAL.encode(), "moods.yaml", analyse=False)
    assert result.scenario.nodes["a"].mood is None


def test_every_listed_mood_is_accepted():
    for mood in fmt.MOODS:
        result = load_with("    say: Hi.\n", f"    say: Hi.\n    mood: {mood}\n")
        assert result.diagnostics == [], mood


def test_an_unknown_mood_is_refused_at_its_value_with_a_suggestion():
    result = load_with("    say: Hi.\n", "    say: Hi.\n    mood: sarcstic\n")
    assert [(d.code, d.span.line, d.span.column, d.hint) for d in result.diagnostics] == [
        ("E112", 11, 11, "did you mean 'sarcastic'?")
    ]
    assert "one of furious, upset, sarcastic" in result.diagnostics[0].message


def test_a_scenario_channel_reaches_the_model():
    result = load_with("customer: {name: Ann}\n", "customer: {name: Ann}\nchannel: phone\n")
    assert result.diagnostics == []
    assert result.scenario.channel == "phone"


def test_a_scenario_without_a_channel_is_at_the_counter():
    result = load_bytes(MINIMAL.encode(), "moods.yaml", analyse=False)
    assert result.scenario.channel == "counter"


def test_an_unknown_channel_is_refused_with_a_suggestion():
    result = load_with("customer: {name: Ann}\n", "customer: {name: Ann}\nchannel: phnoe\n")
    assert [(d.code, d.span.line, d.span.column, d.hint) for d in result.diagnostics] == [
        ("E112", 6, 10, "did you mean 'phone'?")
    ]


def test_a_node_prompt_reaches_the_model_and_defaults_to_empty():
    result = load_with("    say: Hi.\n", "    say: Hi.\n    prompt: What did Ann need first?\n")
    assert result.diagnostics == []
    assert result.scenario.nodes["a"].prompt == "What did Ann need first?"
    plain = load_bytes(MINIMAL.encode(), "moods.yaml", analyse=False)
    assert plain.scenario.nodes["a"].prompt == ""


def test_a_scenario_setting_reaches_the_model():
    result = load_with("customer: {name: Ann}\n", "customer: {name: Ann}\nsetting: restaurant\n")
    assert result.diagnostics == []
    assert result.scenario.setting == "restaurant"


def test_a_scenario_without_a_setting_is_placed_by_its_channel():
    result = load_with("customer: {name: Ann}\n", "customer: {name: Ann}\nchannel: phone\n")
    assert result.scenario.setting == "call-center"


def test_an_unknown_setting_is_refused_at_its_value_with_a_suggestion():
    result = load_with("customer: {name: Ann}\n", "customer: {name: Ann}\nsetting: ofice\n")
    assert [(d.code, d.span.line, d.span.column, d.hint) for d in result.diagnostics] == [
        ("E112", 6, 10, "did you mean 'office'?")
    ]


def test_the_look_words_reach_the_model():
    look = "{name: Ann, look: {age: senior, clothing: raincoat, glasses: round}}"
    result = load_with("customer: {name: Ann}\n", f"customer: {look}\n")
    assert result.diagnostics == []
    found = result.scenario.customer.look
    assert (found.age, found.clothing, found.glasses) == ("senior", "raincoat", "round")


def test_a_look_without_the_words_takes_the_defaults():
    result = load_with(
        "customer: {name: Ann}\n", 'customer: {name: Ann, look: {skin: "#111111"}}\n'
    )
    look = result.scenario.customer.look
    assert (look.age, look.build, look.clothing, look.facial_hair) == (
        "adult",
        "average",
        "tee",
        "none",
    )


def test_an_unknown_look_word_is_refused_at_its_value_with_a_suggestion():
    result = load_with(
        "customer: {name: Ann}\n", "customer: {name: Ann, look: {clothing: rainco}}\n"
    )
    assert [(d.code, d.span.line, d.span.column, d.hint) for d in result.diagnostics] == [
        ("E112", 5, 40, "did you mean 'raincoat'?")
    ]
