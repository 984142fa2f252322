"""Domains of pledges and stances, on clauses written for other country pairs: the families of wording each
domain is told in (conflict and its escalation are security; the economy and business ties are trade and
investment; fuels are energy; blocs and their summits are multilateral; diplomacy itself is politics)."""

import pytest

from pactline.extractors.domains import classify


@pytest.mark.parametrize(
    "text,domain",
    [
        ("condemned the missile strikes on civilian areas of Kharkiv", "security"),
        ("warned of the danger of the region sliding into wider instability", "security"),
        ("agreed on the urgent need to end the escalation along the border", "security"),
        ("stressed its determination not to allow Pyongyang to acquire a nuclear weapon", "security"),
        ("condemned the ballistic missile launch in the strongest terms", "security"),
        ("called for an immediate ceasefire and the release of hostages", "security"),
        ("reaffirmed their support for peace and stability in the Sahel", "security"),
        ("pledged to keep supporting Kyiv in its war of self-defence", "security"),
        ("said Ghana posed no threat to any of its neighbours", "security"),
        ("agreed to speed up deliveries of artillery ammunition", "security"),
        ("welcomed the strength of economic ties between the two countries", "trade"),
        ("agreed to deepen their economic partnership", "trade"),
        ("stressed the role of private sector participation in the partnership", "investment"),
        ("welcomed a forum of Chilean and Peruvian businesses in Lima", "investment"),
        ("welcomed further cooperation in hydrogen and ammonia", "energy"),
        ("agreed to expand cooperation on offshore wind and geothermal power", "energy"),
        ("expressed satisfaction at the outcome of the EU-Mercosur summit", "multilateral"),
        ("agreed to coordinate closely at the G7 and NATO", "multilateral"),
        ("agreed to maintain shuttle diplomacy between the two capitals", "politics"),
        ("will hold regular summits and ministerial visits", "politics"),
        ("build the industrial zone into a satellite city of Lusaka", "industry"),
        ("agreed to step up the fight against people smuggling rings on the coast", "security"),
        ("agreed to finish the electrical interconnection between the two grids", "energy"),
        ("welcomed progress on the undersea cable linking Suva and Apia", "digital"),
        ("agreed to extend the licences of fishermen working in each other's waters", "agriculture"),
        ("agreed to upgrade the two border crossing points on the river", "transport"),
    ],
)
def test_domain_families(text, domain):
    assert domain in classify(text), classify(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("supports Zambia's efforts to maintain political stability", "security"),
        ("will expand cooperation on the digital economy", "security"),
        ("make it a flagship project of international cooperation and a satellite city of Lusaka", "science_tech"),
        ("agreed to dismantle people smuggling networks", "digital"),
    ],
)
def test_a_word_of_another_domain_is_not_read_alone(text, absent):
    assert absent not in classify(text), classify(text)
