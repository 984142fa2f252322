"""A binding instrument's reach affirmed is the affirmer's commitment to honour it there (sentences written for
other country pairs); a measure's reach, or a treaty's reach told in the past, is not."""

import pytest

from tests.helpers import extract_text


def _records(text):
    return [(r.kind, r.parties) for r in extract_text(text, published="2024-05-02").commitments]


@pytest.mark.parametrize(
    "text,party",
    [
        ("Ghana reaffirmed that the 1998 defence pact extends to attacks on Ghanaian ships in the Gulf of Guinea.", "GHA"),
        ("France confirmed that its security guarantee applies to the islands.", "FRA"),
        ("Norway reiterated that the mutual assistance clause covers cyber attacks on Estonian grids.", "NOR"),
    ],
)
def test_an_instruments_reach_affirmed_is_a_commitment(text, party):
    assert ("commitment", [party]) in _records(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile confirmed that the new tariff applies to Peruvian wine.",
        "Norway stressed that the 1920 treaty covered the archipelago.",
    ],
)
def test_other_reaches_stay_no_commitment(text):
    assert not [k for k, _p in _records(text) if k == "commitment"]
