"""What one speaker says the pair must or should do is that speaker's stance (one side cannot bind both); what the
pair agrees must happen, a dated plan and a joint text's own "the two sides should …" stay pledges. Sentences
written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Kenya and Brazil held talks in Nairobi on 3 May 2024. "


def _records(sentence):
    return [(r.kind, r.parties) for r in extract_text(CONTEXT + sentence, published="2024-05-03").commitments]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Prime Minister Ruto stated that both nations must stand together on the new corridor.", ["KEN"]),
        ("President Lula said both sides should accelerate work on the railway to Mombasa.", ["BRA"]),
        ("President Lula told reporters that Kenya and Brazil must cooperate more closely on biofuels.", ["BRA"]),
        ("President Ruto said the two countries should deepen their cooperation in tea processing.", ["KEN"]),
        ("The Brazilian president said both countries should deepen cooperation on fisheries.", ["BRA"]),
    ],
)
def test_one_speakers_must_is_a_stance(sentence, parties):
    assert _records(sentence) == [("position", parties)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides agreed that both nations must stand together on the new corridor.",
        "The two sides should accelerate work on the railway to Mombasa.",
        "Ruto said the two countries must complete the new railway by 2027.",
    ],
)
def test_an_agreed_joint_or_dated_must_stays_a_pledge(sentence):
    assert [kind for kind, _parties in _records(sentence)] == ["commitment"]


def test_an_inverted_condition_is_no_exhortation():
    sentence = '"Should Kenya take another step of this kind, we will respond," the Brazilian foreign ministry said.'
    assert ("position", ["KEN"]) not in _records(sentence)
