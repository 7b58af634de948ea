"""The History screen and the scenario cards, against hand-computed values."""

from game.records import RecordStore, best_results, player_history
from tests.records.support import T0, record, record_class


def store_with_class(tmp_path):
    store = RecordStore.open(tmp_path)
    record_class(store)
    return store


def test_a_players_history_counts_used_and_missed_principles(tmp_path):
    history = player_history(store_with_class(tmp_path), "ana")
    assert (history.player, history.rounds, history.stays) == ("Ana", 2, 1)
    assert history.used == (
        ("blame-customer", 2), ("apologize", 1), ("fix-fast", 1), ("hide-behind-policy", 1),
    )  # fmt: skip
    # round 1 (blame, apologise, fix-fast) missed own-it and make-whole; round 2 also apologize
    assert history.missed == (("make-whole", 2), ("own-it", 2), ("apologize", 1))
    (card,) = history.scenarios
    assert (card.scenario_id, card.title, card.rounds, card.stays) == (
        "missing-penne", "The Missing Penne", 2, 1,
    )  # fmt: skip
    assert (card.best_outcome, card.best_trust, card.best_ending) == ("stay", 45, "stays-wary")
    assert card.last_played.isoformat() == "2026-11-23T17:11:00+00:00"


def test_missing_what_was_never_offered_does_not_count(tmp_path):
    history = player_history(store_with_class(tmp_path), "Ben")
    assert history.missed == (("fix-fast", 1), ("restitution", 1))
    assert dict(history.used) == {
        "own-it": 2, "apologize": 2, "make-whole": 2, "restitution": 1, "fix-fast": 1,
    }  # fmt: skip


def test_best_results_for_the_cards(tmp_path):
    store = store_with_class(tmp_path)
    assert best_results(store, "Ben")["missing-penne"].best_ending == "loyal"
    cy = best_results(store, "Cy")["missing-penne"]
    assert (cy.best_outcome, cy.best_trust, cy.best_tells) == ("leave", 10, 12)
    assert best_results(store, "Nobody") == {}
    assert player_history(store, "Nobody").empty


def test_rewinds_are_kept(tmp_path):
    rounds = store_with_class(tmp_path).rounds(player="Cy")
    assert [r.rewinds for r in rounds] == [1]
    assert rounds[0].started == T0.replace(minute=40)


def test_assessments_are_listed_newest_first_with_their_stored_verdict(tmp_path):
    store = store_with_class(tmp_path)
    ben = player_history(store, "Ben")
    assert [(r.score, r.passed) for r in ben.assessments] == [(96, True)]
    assert ben.passed == 1
    record(store, "Ben", (1, 2), minute=50, mode="assessment")
    assert [r.score for r in player_history(store, "Ben").assessments] == [0, 96]


def test_practice_rounds_are_not_among_the_assessments(tmp_path):
    ana = player_history(store_with_class(tmp_path), "Ana")
    assert ana.rounds == 2 and [r.mode for r in ana.assessments] == ["assessment"]
