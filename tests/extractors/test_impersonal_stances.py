"""An impersonal passive without a modal ("It was emphasized that …", "It was stressed that …") states the pair's
stance; only a writer's reminder told with a modal ("it should be noted that the two countries signed …") is
neither."""

from tests.helpers import extract_text


def _records(text: str) -> list[tuple[str, list[str]]]:
    return [(c.kind, c.parties) for c in extract_text(text).commitments]


def test_an_impersonal_passive_without_a_modal_is_the_pairs_stance():
    assert _records("Kenya and Ghana hold talks\n\nNAIROBI, May 5, 2025 - Kenya and Ghana held talks in Nairobi. "
                    "It was emphasized that Sudan should return to the negotiating table.") == [
        ("position", ["GHA", "KEN"])]
    assert _records("Chile and Peru hold talks\n\nLIMA, May 5, 2025 - Chile and Peru held talks in Lima. It was "
                    "stressed that all parties must respect the ceasefire in Haiti.") == [("position", ["CHL", "PER"])]


def test_a_reminder_told_with_a_modal_stays_neither():
    assert _records("Chile and Peru hold talks\n\nLIMA, May 5, 2025 - Chile and Peru held talks in Lima. It should "
                    "be noted that the two countries settled their maritime border before the court in 2014.") == []
