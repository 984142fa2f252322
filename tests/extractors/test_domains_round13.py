"""Fields named by words the cue lists lacked, on clauses written from the guide's field list for other situations:
a levy on imported steel is trade and industry, a foreign investor investment, airline crews and third-country
nationals consular, a trilateral summit multilateral, an exclusive economic zone security (not the industry of an
economic zone), civilians fleeing unrest an emergency, asylum consular (migration), rolling stock industry, the
level of relations, normal relations and an apology politics."""

import pytest

from pactline.extractors.domains import classify


@pytest.mark.parametrize(
    "text,domains",
    [
        ("Seoul will scrap its levy on imported Vietnamese steel pipes", {"trade", "industry"}),
        ("urged Ottawa to drop the new import duties on aluminium sheet", {"trade", "industry"}),
        ("said Singapore's pension funds were now the main foreign investor in Rwanda's tea estates", {"investment"}),
        ("agreed that cabin crew of both national airlines may stay three nights without a visa", {"consular"}),
        ("third-country nationals studying in Latvia may renew their permits in Riga", {"consular"}),
        ("pledged humane treatment for asylum seekers returned under the new scheme", {"consular"}),
        ("proposed a trilateral summit on the river basin with Laos next spring", {"multilateral"}),
        ("plans seabed surveys for cobalt inside its exclusive economic zone", {"security"}),
        ("opened its schools to civilians fleeing the unrest in the capital", {"emergency"}),
        ("pledged to speed up the handling of asylum claims at the shared border", {"consular"}),
        ("the state railway will buy new rolling stock for the coastal line", {"industry"}),
        ("agreed to raise the level of relations to ambassadors next year", {"politics"}),
        ("said the two capitals were on the way to normal relations after a decade of frost", {"politics"}),
        ("demanded a formal apology for the remarks of the visiting envoy", {"politics"}),
        ("praised the strategic relations built over two decades of summits", {"politics"}),
    ],
)
def test_fields_named_by_new_cues(text, domains):
    assert domains <= set(classify(text)), classify(text)


def test_an_exclusive_economic_zone_is_no_industrial_zone():
    assert "industry" not in classify("plans seabed surveys for cobalt inside its exclusive economic zone")
