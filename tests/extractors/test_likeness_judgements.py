"""A judgement told by likeness or comparison, with no evaluative word, is the speaker's stance (sentences written
for other country pairs); a likeness of friendship, or a comparative that is no judgement, is not."""

import pytest

from tests.helpers import extract_text


def _records(text):
    return [(r.kind, r.parties) for r in extract_text(text, published="2024-05-02").commitments]


@pytest.mark.parametrize(
    "text,party",
    [
        ('"They behave like bandits," the Ghanaian minister said of the Norwegian trawler crews.', "GHA"),
        ('"They are like pirates," the Chilean admiral said of the Peruvian fishing fleet.', "CHL"),
        ('"These people are thieves," the Ugandan fisheries minister told reporters in Kampala.', "UGA"),
        ('Peru\'s president said Peru and Chile were "better off when we talk".', "PER"),
        ("The Estonian premier said both nations would be worse off without the pipeline.", "EST"),
    ],
)
def test_a_likeness_to_wrongdoers_or_a_better_off_is_a_stance(text, party):
    assert _records(text) == [("position", [party])]


@pytest.mark.parametrize(
    "text",
    [
        '"We are better prepared now," the Chilean minister said.',
        "The Peruvian captain said the ship was operating as a cargo vessel.",
    ],
)
def test_other_comparisons_are_no_stance(text):
    assert _records(text) == []


@pytest.mark.parametrize(
    "text,party",
    [
        ("Kenyan President William Ruto has met Brazilian President Lula da Silva in Brasilia, telling him that Kenya "
         "and Brazil are better off when they work together.", "KEN"),
        ('Brazilian President Lula da Silva met Indonesian President Joko Widodo in Jakarta, telling him that Brazil '
         'and Indonesia are "better off when we trade".', "BRA"),
    ],
)
def test_a_judgement_of_two_states_told_to_the_leader_met_is_a_stance(text, party):
    assert _records(text) == [("position", [party])]


def test_a_remark_about_the_person_met_stays_a_courtesy():
    assert _records("Kenyan President William Ruto welcomed President Lula da Silva, noting that he is a leader much "
                    "respected in Africa.") == []
