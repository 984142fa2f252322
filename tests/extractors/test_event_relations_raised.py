"""Relations raised, relaunched, restored or normalised are AGREE (CAMEO 050) of the pair, told in the past or
as a headline's present; willingness or readiness expressed is AGREE intent (030); an act named only as a
condition ("until X restored relations") is no act. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Nepal and Bhutan raised their ties on Friday to a strategic partnership, the Nepalese prime minister "
        "said after meeting his counterpart.",
        "Nepal and Bhutan relaunch their strategic partnership during Prime Minister Tobgay's first trip abroad",
        "Nepal, Bhutan lift ties to comprehensive partnership",
        "Nepal and Bhutan restored diplomatic relations on Monday.",
        "Nepal and Bhutan normalised their relationship in March.",
    ],
)
def test_relations_raised_is_agree(text):
    events = extract_text(text, published="2024-05-08").events
    assert any(e.type == "AGREE" and e.mode == "relations" and set(e.parties) == {"NPL", "BTN"} for e in events), [
        (e.type, e.mode, e.parties) for e in events]


def test_concerns_raised_are_no_upgrade():
    text = "The President of Nepal raised concerns about the border with the Prime Minister of Bhutan."
    assert not [e for e in extract_text(text, published="2024-05-08").events if e.mode == "relations"]


def test_relations_restored_only_as_a_condition_are_no_act():
    text = ("The President of Togo said his country would keep the port closed to Ghanaian cargo until Accra "
            "reopened the border and restored normal relations.")
    events = extract_text(text, published="2024-05-08").events
    assert not [e for e in events if e.mode == "relations"], [(e.type, e.mode, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay expressed its willingness to study financing for a rail link across Paraguay.",
        "Paraguay reaffirmed its readiness to take back its citizens from Uruguay.",
        "The Uruguayan government voiced its readiness to send flood experts to Paraguay.",
    ],
)
def test_willingness_expressed_is_intent_to_cooperate(text):
    events = extract_text(text, published="2024-05-08").events
    assert any(e.type == "AGREE" and e.mode == "intent" for e in events), [(e.type, e.mode, e.parties) for e in events]
