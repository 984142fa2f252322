"""Round 16 merged review, on sentences about countries of their own: a dated project sentence binds the pair
only in the paragraph of their pledge and when the project is not named as another's; an official's stance goes
to the other main country only when the subject is named with no title of a non-government voice; an expectation to act stays a pledge."""

import pytest

from tests.helpers import extract_text

_PLEDGE = "Kenya and Uganda agreed on Monday to upgrade the railway line between Nairobi and Kampala. "


def _commitments(text: str) -> list[tuple[str, str, list[str]]]:
    return [(c.kind, c.evidence[0].quote, c.parties) for c in extract_text(text, published="2024-05-08").commitments]


@pytest.mark.parametrize("sentence", [
    "Argentina's new airport terminal in Mendoza will open by 2026.",
    "\n\nThe new stadium is to be completed within two years.",
])
def test_a_project_not_the_pairs_is_no_term_of_their_pledge(sentence: str) -> None:
    found = _commitments(_PLEDGE + sentence)
    assert not [c for c in found if c[0] == "commitment" and sentence.strip()[:15] in c[1]], found


@pytest.mark.parametrize("subject", ["Pope Francis", "Mediator John Carter", "Senator Maria Lopez"])
def test_a_voice_of_no_government_is_neither_side(subject: str) -> None:
    text = f"Chile and Peru held talks in Lima on the border dispute. {subject} called on Peru to show restraint."
    found = extract_text(text, published="2024-05-08").commitments
    assert not [c for c in found if c.kind == "position" and c.parties == ["CHL"]], [(c.kind, c.parties) for c in found]


def test_a_minister_named_alone_still_speaks_for_the_other_side() -> None:
    text = "Chile and Peru held talks in Lima on the border dispute. Foreign Minister Ana Ruiz accused Peru of delaying the survey."
    found = extract_text(text, published="2024-05-08").commitments
    assert [c.parties for c in found if c.kind == "position"] == [["CHL"]]


@pytest.mark.parametrize("text", [
    "Ghana expects to complete the power line to Togo by 2026.",
    "The Kenyan government expects to sign the trade deal with Uganda in June.",
])
def test_an_expectation_to_act_is_no_wish(text: str) -> None:
    assert [k for k, _, _ in _commitments(text)] == ["commitment"]
