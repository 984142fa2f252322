"""Pledges and stances as unseen joint statements, readouts and wire reports word them, on sentences written for
country pairs outside the dev sets (Peru, Bolivia, Mongolia, Nepal, Senegal, Mali, Zambia, Malawi, Portugal,
Angola, Sri Lanka, the Maldives, Uruguay, Paraguay, Estonia, Latvia)."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Peru and Bolivia held talks in Lima on Monday. "


def _records(sentence, published="2024-05-02", context=CONTEXT):
    return extract_text(context + sentence, published=published).commitments


def _kinds(records):
    return sorted(r.kind for r in records)


# -- headlines: a news headline states the story's pledges and stances; each is a mention of its own


@pytest.mark.parametrize(
    "text,parties,count",
    [
        ("Peru, Bolivia agree to reopen border crossing, expand rail link\nLIMA, May 2 (Reuters) - Peru and Bolivia on "
         "Monday agreed to reopen the Desaguadero border crossing, officials said.\n", ["BOL", "PER"], 2),
        ("Mongolia and Nepal Agree to Open Direct Flights\nULAANBAATAR, May 2 - Mongolia and Nepal agreed on Monday to "
         "open direct flights between their capitals.\n", ["MNG", "NPL"], 1),
        ("Senegal, Mali agree to finish Dakar-Bamako railway by 2027\nDAKAR, May 2 - The presidents of Senegal and Mali "
         "on Monday vowed to finish the railway by 2027.\n", ["MLI", "SEN"], 1),
    ],
)
def test_a_headline_states_its_pledges(text, parties, count):
    records = extract_text(text, published="2024-05-02").commitments
    first_line = text.split("\n")[0]
    headline = [r for r in records if r.evidence[0].quote == first_line]
    assert len(headline) == count and all(r.kind == "commitment" and r.parties == parties for r in headline), [
        (r.kind, r.parties, r.text, r.evidence[0].quote) for r in records]


@pytest.mark.parametrize(
    "sentence,count",
    [
        ("Zambia and Malawi agreed to reopen borders and upgrade the Mchinji road.", 2),
        ("The two sides agreed to deepen and expand cooperation in mining.", 1),
        ("Portugal and Angola will open new consulates and expand direct flights.", 2),
    ],
)
def test_a_verb_with_its_own_object_is_a_pledge_of_its_own(sentence, count):
    assert len([r for r in _records(sentence) if r.kind == "commitment"]) == count, [r.text for r in _records(sentence)]
