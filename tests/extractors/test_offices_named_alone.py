"""Stances held by an office named alone after the text introduced its holder ("the Hon. Minister", a ministry's
readout's article-less "Prime Minister thanked …", an organisation's "the Chairperson"), by a state organ the text
introduced with its country ("the Federal Government"), and stances told by "is following with concern", "takes
note of" and by backing a partner in an act of its own ("supports Peru in hosting …")."""

import pytest

from tests.helpers import extract_text


def _stances(text):
    return [(r.text, r.parties) for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]


def _held(records, words):
    return [parties for text, parties in records if words in text]


def test_a_styled_office_alone_is_the_minister_introduced_before():
    records = _stances(
        "Ministry of Foreign Affairs, Ghana\n\nHon. Samuel Ablakwa, Minister for Foreign Affairs of Ghana, paid an "
        "official visit to Lima at the invitation of Peru's foreign minister.\n\nDuring the talks, the Hon. Minister "
        "conveyed Ghana's objection to the fishing deal between Peru and Chile. The Hon. Minister underlined that "
        "maritime matters should be settled through dialogue.")
    assert _held(records, "underlined that maritime matters") == [["GHA"]], records


def test_a_readouts_office_without_article_is_its_leader():
    records = _stances(
        "Prime Minister's visit to Peru\n\nPrime Minister Keir Starmer paid an official visit to Peru on 4 May. "
        "Prime Minister was met on arrival in Lima by President of Peru Dina Boluarte.\n\nPrime Minister "
        "appreciated Peru's support during the United Kingdom's presidency of the Council.")
    assert _held(records, "appreciated Peru's support") == [["GBR"]], records


def test_the_chairperson_is_the_organisation_whose_commission_the_text_names():
    records = _stances(
        "The Chairperson of the African Union Commission is following with deep concern the fighting in the north "
        "of Chad.\n\nThe Chairperson takes note of the dispatch of more Nigerien units to the border, and "
        "strongly condemns the attack on a camp near Lake Chad.")
    assert _held(records, "following with deep concern") == [["AU"]], records
    assert _held(records, "takes note of the dispatch") == [["AU"]], records
    assert _held(records, "condemns the attack") == [["AU"]], records


def test_a_state_organ_named_alone_is_the_country_it_was_introduced_with():
    records = _stances(
        "The Federal Government of Ghana has begun to apply the measures against Togo. The Federal Government "
        "firmly condemns the jailing of the Togolese opposition leader and demands his release.")
    assert _held(records, "firmly condemns the jailing") == [["GHA"]], records
    assert _held(records, "demands his release") == [["GHA"]], records


def test_a_page_menu_naming_the_office_does_not_hide_its_holder():
    records = _stances(
        "Presidency of Ghana\nHome | The President | News\n\nPresident John Mahama received Peru's Prime "
        "Minister Gustavo Adrianzen in Accra on Monday.\n\nThe President stressed the need for a prompt truce in the Sahel.")
    assert _held(records, "stressed the need for a prompt truce") == [["GHA"]], records


def test_backing_a_partner_in_its_own_act_is_a_stance():
    records = extract_text("Ghana and Peru held talks in Accra on Monday. Ghana supports Peru in hosting the APEC "
                           "summit next year.", published="2024-05-02").commitments
    assert [r.kind for r in records if "supports Peru in hosting" in r.text] == ["position"], [(r.kind, r.text) for r in records]


@pytest.mark.xfail(strict=True, reason="round 15: the statement judge refitted on cm20's and st19's exemplars reads "
                   "backing a partner's accession as a stance (P 0.83 > KIND_SWITCH 0.75) against the data rule "
                   "(action_objects) that makes it a pledge; open")
def test_backing_a_partner_in_joining_a_body_is_a_pledge():
    joining = extract_text("Ghana and Peru held talks in Accra on Monday. Ghana supports Peru in joining the African "
                           "Continental Free Trade Area as an observer.", published="2024-05-02").commitments
    assert [r.kind for r in joining if "supports Peru in joining" in r.text] == ["commitment"], [(r.kind, r.text) for r in joining]


def test_taking_part_or_following_a_situation_is_no_stance():
    records = _stances("Ghana and Peru held talks in Accra on Monday. The Peruvian army took part in the exercise. "
                       "Ghana is following the situation closely. Ghana condemned the attack on the convoy.")
    assert not [r for r in records if "took part" in r[0] or "following" in r[0]], records
    assert _held(records, "condemned the attack") == [["GHA"]], records


def test_blaming_an_actor_is_a_stance():
    records = _stances("Ghana and Peru held talks in Accra on Monday. Ghana's army spokesman blamed the Peruvian "
                       "navy, which has patrolled the strait since May.")
    assert _held(records, "blamed the Peruvian navy") == [["GHA"]], records
    weather = _stances("Ghana and Peru held talks in Accra on Monday. Ghana blamed the weather. Ghana condemned the "
                       "raid on the port.")
    assert not _held(weather, "blamed the weather") and _held(weather, "condemned the raid") == [["GHA"]], weather


def test_an_organs_acronym_stands_for_its_country():
    records = _stances("Ghana and Peru held talks in Accra on Monday. The Ghana Armed Forces (GAF) moved units to "
                       "the border. The GAF denied responsibility for the shelling.")
    assert _held(records, "denied responsibility") == [["GHA"]], records


def test_a_judgement_in_coordinated_adjectives_is_a_stance():
    records = _stances('Ghana and Peru held talks in Accra on Monday. The Ghanaian defence ministry said its strikes '
                       'were "precise, measured and non-escalatory".')
    assert _held(records, "its strikes were") == [["GHA"]], records


def test_a_un_mission_and_the_migration_agency_are_organisations():
    records = _stances("Ghana and Peru held talks in Accra on Monday. MINUSMA said it was concerned by the fighting "
                       "and urged both sides to respect the truce. The International Organization for Migration "
                       "welcomed the dialogue.")
    assert _held(records, "concerned by the fighting") == [["UN"]], records
    assert _held(records, "urged both sides") == [["UN"]], records
    assert _held(records, "welcomed the dialogue") == [["IOM"]], records


def test_the_state_of_a_country_owns_the_stance_restated():
    records = _stances("Libya and Sudan held talks in Tripoli on Monday. The envoy reaffirmed the State of Libya's steady "
                       "position in support of the Sudanese nation and the aid it keeps sending to Darfur.")
    assert _held(records, "steady position in support") == [["LBY"]], records


def test_korea_alone_is_the_republic_of_korea():
    records = _stances("Korea and Chile held talks in Seoul on Monday. Korea supports the centrality of the Pacific "
                       "Alliance and will keep working with Chile on trade.")
    assert _held(records, "supports the centrality") == [["KOR"]], records


def test_a_territorial_claim_reported_is_a_stance():
    records = _stances("Ghana and Peru held talks in Accra on Monday. Lima said the island is part of Peru's Loreto "
                       "region.")
    assert _held(records, "is part of Peru's Loreto region") == [["PER"]], records


def test_a_hope_expressed_after_a_courtesy_is_still_a_stance():
    records = _stances("Ghana and Peru held talks in Accra on Monday. Greeting the guest at the palace, President "
                       "John Mahama noted that this was her first visit to Ghana as president, and expressed hope that "
                       "the visit would add new impetus to relations.")
    assert _held(records, "expressed hope") == [["GHA"]], records
    assert not _stances("Ghana and Peru held talks in Accra on Monday. President Mahama expressed gratitude for the "
                        "warm hospitality extended to his delegation.")


def test_a_courtesy_call_the_parser_reads_as_an_object_is_no_stance():
    records = _stances("Pakistan and Nepal held talks in Islamabad on Monday. On Tuesday the visiting Nepali envoy "
                       "called on Prime Minister Shri Shehbaz Sharif in his office. Nepal condemned the raid on the "
                       "border post.")
    assert not _held(records, "called on"), records
    assert _held(records, "condemned the raid") == [["NPL"]], records


def test_the_topics_a_meeting_considered_are_no_stance():
    records = _stances("Ghana and Peru held talks in Accra on Monday. Regional questions of bilateral cooperation were "
                       "considered, above all in trade and energy. Ghana condemned the raid on the port.")
    assert not [r for r in records if "considered" in r[0]], records
    assert _held(records, "condemned the raid") == [["GHA"]], records
    assert _held(_stances("Ghana and Peru held talks in Accra on Monday. Ghana considers the proposal a breach of the "
                          "accord."), "considers the proposal") == [["GHA"]]


def test_a_stance_conveyed_is_its_owners_and_greetings_conveyed_are_none():
    records = _stances("Ghana and Peru held talks in Accra on Monday. The minister conveyed Ghana's objection to the "
                       "recent deal between Peru and Chile on fishing rights. The minister conveyed the warm greetings "
                       "of President Mahama.")
    assert _held(records, "conveyed Ghana's objection") == [["GHA"]], records
    assert not _held(records, "greetings"), records


def test_a_countrys_position_told_as_a_that_clause_is_its_stance():
    records = _stances("Ghana and Peru held talks in Accra on Monday. Ghana's position remains that Peru's claims have "
                       "no basis in the law of the sea.")
    assert _held(records, "remains that Peru's claims") == [["GHA"]], records
    assert not _stances("Ghana and Peru held talks in Accra on Monday. Ghana's support is vital for the region.")
