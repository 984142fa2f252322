"""Fields of clauses that named none before: a claim to disputed waters or a sea boundary is security (the labelling
guide has no maritime field), a staple crop or livestock shipped or grown is agriculture. Clauses written for
other country pairs, two phrasings each."""

import pytest

from pactline.extractors.domains import classify


@pytest.mark.parametrize(
    "text,domains",
    [
        ("Jakarta said it rejects Beijing's claims in the South China Sea off the Natuna islands", {"security"}),
        ("Tokyo protested against the vessels sent into the East China Sea near the disputed islands", {"security"}),
        ("Nairobi rejects Mogadishu's maritime claims in the Indian Ocean", {"security"}),
        ("called on both sides to settle their territorial disputes under the law of the sea", {"security"}),
        ("Ghana and Togo agreed to conclude talks on their maritime boundary by 2026", {"security"}),
        ("Brazil will ship two million tonnes of soybeans to Egypt every year until 2028", {"agriculture"}),
        ("Thailand is to sell 500,000 tonnes of rice a year to Senegal", {"agriculture"}),
        ("Argentina will open its market to Mexican beef and poultry", {"agriculture"}),
        ("Morocco agreed to supply fertilisers to Nigeria's farmers at cost", {"agriculture"}),
    ],
)
def test_waters_are_security_and_crops_agriculture(text, domains):
    assert domains <= set(classify(text)), classify(text)


def test_no_crop_is_named_by_a_word_inside_another():
    assert "agriculture" not in classify("the cornerstone of our ties is the pricing of services")
    assert "energy" not in classify("will set up a council of palm oil producing countries")
