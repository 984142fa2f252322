"""Fields named by words the cue lists lacked, on clauses written for other country pairs: a levy on imported cars
is trade and industry, a foreign investor investment, detained crews and nationals consular, a trilateral summit
multilateral, an exclusive economic zone security (not the industry of an economic zone), people fleeing a war an
emergency, asylum consular (migration)."""

import pytest

from pactline.extractors.domains import classify


@pytest.mark.parametrize(
    "text,domains",
    [
        ("Canberra will cut its levy on imported Korean cars", {"trade", "industry"}),
        ("urged Ottawa to drop the new import duties on steel", {"trade", "industry"}),
        ("noted that Norway remains the second largest foreign investor in Chile", {"investment"}),
        ("called on Lisbon to release the detained crew of the trawler", {"consular"}),
        ("agreed to allow third-country nationals to use the new checkpoint", {"consular"}),
        ("asked Accra to guarantee humane treatment of the arrested traders", {"consular"}),
        ("agreed to hold the next trilateral summit with Peru in Quito", {"multilateral"}),
        ("will not let foreign trawlers fish in its exclusive economic zone", {"security"}),
        ("said it was ready to shelter families fleeing the fighting in the north", {"emergency"}),
        ("pledged to speed up the handling of asylum claims at the shared border", {"consular"}),
    ],
)
def test_fields_named_by_new_cues(text, domains):
    assert domains <= set(classify(text)), classify(text)


def test_an_exclusive_economic_zone_is_no_industrial_zone():
    assert "industry" not in classify("will defend its exclusive economic zone against illegal fishing")
