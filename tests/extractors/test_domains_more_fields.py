"""More fields named by their own words, on clauses about other countries: surveillance and the use of force are
security, minerals industry, shared rivers environment, a campus education, AI digital, a settlement politics;
the verb "train" (training pilots) is no transport, a train line is."""

import pytest

from pactline.extractors.domains import classify
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text,domain",
    [
        ("agreed to expand cooperation on maritime surveillance in the Gulf of Guinea", "security"),
        ("pledged never to use force against one another", "security"),
        ("voiced alarm at the presence of foreign mercenaries in northern Mali", "security"),
        ("agreed to work together on supplies of lithium and other critical minerals", "industry"),
        ("agreed to coordinate the management of the water resources of the Zambezi basin", "environment"),
        ("will open a joint university campus in Lilongwe next year", "education"),
        ("welcomed Zambia's offer to host a regional AI conference", "digital"),
        ("reaffirmed their support for a two-state solution", "politics"),
        ("pledged to support the economic development of the border districts", "development"),
        ("agreed to build a new train line between the two capitals", "transport"),
        ("stressed that a secure border matters to both peoples", "security"),
        ("urged Lilongwe to cooperate fully with the investigation", "security"),
        ("agreed to begin talks on renewing the Zambezi water treaty", "environment"),
        ("underlined the need to work with countries of origin and transit", "consular"),
        ("agreed to extend the working holiday scheme to people under 35", "consular"),
        ("reaffirmed its commitment to the rights of the Zambian national minority", "culture"),
        ("welcomed the joint bid to host the 2034 FIFA World Cup", "culture"),
        ("agreed to set up a consultative body on low birth rates and ageing societies", "health"),
    ],
)
def test_a_field_named_by_its_own_words(text, domain):
    assert domain in classify(text), classify(text)


def test_training_pilots_is_no_transport():
    assert "transport" not in classify("Malawi will train Zambian pilots at its air force academy")


def test_a_grave_mistake_told_by_a_leader_is_his_stance():
    records = extract_text("Zambia and Malawi held talks in Lusaka. Zambian President Hakainde Hichilema said at a "
                           "news conference that Malawi had made a \"grave mistake\" in sheltering the smugglers.",
                           published="2024-05-02").commitments
    stances = [r for r in records if r.kind == "position"]
    assert stances and stances[0].parties == ["ZMB"], [(r.kind, r.text) for r in records]


def test_where_it_was_said_names_no_field():
    assert "culture" not in classify("said at a news conference that Malawi had broken the deal")
    assert "culture" in classify("agreed to expand cooperation between their news agencies")


def test_a_position_the_other_side_resisted_is_its_stance():
    records = extract_text("Zambia and Malawi held talks in Lusaka. Zambian President Hakainde Hichilema urged SADC to "
                           "scrap its common tariff, a position Lilongwe has long resisted.",
                           published="2024-05-02").commitments
    assert any(r.parties == ["MWI"] and r.kind == "position" for r in records), [(r.text, r.parties) for r in records]


def test_a_town_named_after_its_port_is_no_port():
    assert "transport" not in classify("called on Port Moresby to investigate the killings")
    assert "transport" in classify("agreed to expand the port of Beira")


@pytest.mark.parametrize("text", ["Ghana, Togo Sign Port Deal", "Port Authority to widen the container terminal"])
def test_a_port_in_title_case_is_still_a_port(text):
    assert "transport" in classify(text)
