"""A pledged project's act told with the project as subject and a time of its own is a term of the pledge told before
it, held by that pledge's parties; without a stated time it stays a forecast."""

import pytest

from tests.helpers import extract_text

LEADS = [
    "Norway will finance a new fish-processing plant in Tema, Ghana, the two governments announced on Monday. ",
    "Chile and Uruguay agreed on Monday to build a joint research station on King George Island. ",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("sentence", [
    "Dredging of the access channel will start before the autumn rains.",
    "The quay extension is to be finished within thirty months.",
    "The cold-storage hall is due to open by 2028.",
    "The handover of the keys is planned for March 2027.",
    "Surveys will begin next month, with the perimeter fence to be put up within eighteen months.",
])
def test_a_dated_act_of_the_project_is_a_term_of_the_pledge_before_it(lead, sentence):
    records = extract_text(lead + sentence, published="2025-06-02").commitments
    pledge, *terms = [r for r in records if r.kind == "commitment"]
    assert [sentence[:20] in r.evidence[0].quote for r in terms] == [True], [(r.kind, r.text) for r in records]
    assert terms[0].parties == pledge.parties and terms[0].deadline is not None


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("sentence", [
    "The facility will open to visitors every summer.",
    "Trade between the two countries is expected to grow strongly.",
    "The station was completed by 1995 and renovated in 2010.",
    "The hall is planned for 1200 visitors a day.",
    "The quay is designed for 2000 containers a week.",
])
def test_an_undated_or_past_act_stays_a_forecast_or_history(lead, sentence):
    records = extract_text(lead + sentence, published="2025-06-02").commitments
    assert not [r for r in records if sentence[:20] in r.evidence[0].quote and r.kind == "commitment"], \
        [(r.kind, r.text) for r in records]
