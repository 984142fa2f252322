"""Pledges in news syntax, stance verbs, and what is neither, on sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Ghana and Togo held talks in Accra on Monday. "


def _records(sentence, published="2024-05-02"):
    return extract_text(CONTEXT + sentence, published=published).commitments


@pytest.mark.parametrize(
    "sentence,parties,deadline",
    [
        ("The leaders agreed to finalise a visa-waiver deal by the end of the year.", ["GHA", "TGO"], "2024"),
        ("The two presidents agreed to double trade to $10 billion within five years.", ["GHA", "TGO"], "2029"),
        ("Tokyo also pledged to provide $500 million in loans to Ghana over the next three years.", ["JPN"], "2027"),
        ("Togo vowed to complete the coastal highway in the first half of the year.", ["TGO"], "2024-06"),
        ("The leaders of Ghana and Togo committed to working towards a joint customs post.", ["GHA", "TGO"], None),
        ("Both leaders reaffirmed their commitment to providing humanitarian support to Burkina Faso.", ["GHA", "TGO"], None),
        ("Japan reiterated its commitment to provide $2 billion in aid to Ghana.", ["JPN"], None),
        ("The two leaders concurred to further develop bilateral relations.", ["GHA", "TGO"], None),
        ("The presidents announced upgrading their security dialogue.", ["GHA", "TGO"], None),
    ],
)
def test_news_syntax_pledges(sentence, parties, deadline):
    records = [r for r in _records(sentence) if r.kind == "commitment"]
    assert records, sentence
    assert records[0].parties == parties
    assert records[0].deadline == deadline


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents expressed satisfaction at the progress of the railway.",
        "The ministers expressed their confidence that trade would keep growing.",
        "Both sides underscored the need for a peaceful settlement of the border dispute.",
        "Both leaders noted the importance of addressing security in the Sahel.",
        "The two presidents hailed a historic new phase of cooperation.",
        "Both leaders acknowledged the importance of the diaspora to bilateral relations.",
        "The leaders shared the view that a rules-based order serves both nations.",
        "The ministers confirmed that bilateral relations are developing well.",
        "The two leaders discussed the war in Sudan, and both agreed the situation on the ground was intolerable.",
        "The two leaders concurred that similar incidents must never be allowed to happen in the region.",
        "Both leaders emphasised that regional security depended on cooperation.",
        "Both countries are pushing for a quick trade deal between ECOWAS and the European Union.",
        "Moscow argues the move was legitimate.",
        "Ghana and Togo called for de-escalation in the Sahel.",
    ],
)
def test_stances_are_positions(sentence):
    records = _records(sentence)
    assert records and all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Akufo-Addo of Ghana will also speak at an investment conference in Lome.",
        "The Togolese president will host a state banquet for his guest on Tuesday.",
        "\"We will sign agreements today,\" the Ghanaian minister said.",
        "The Ghanaian foreign minister will head the ministerial delegation.",
        "Welcoming his Ghanaian counterpart, the Togolese president praised the friendship between the two nations.",
        "Togolese President Faure Gnassingbe warmly welcomed Ghanaian President John Mahama on his third visit to Togo.",
        "The Ghanaian president also reiterated his invitation to the Togolese president to visit Accra.",
        "Analysts said the visit demonstrates a high level of political mutual trust.",
        "The two countries have long been rivals.",
        "The treaty, which entered into force on May 1, is expected to further boost trade between both countries.",
    ],
)
def test_schedule_courtesy_background_and_comment_are_neither(sentence):
    assert _records(sentence) == [], [(r.kind, r.text) for r in _records(sentence)]


def test_enumerated_pledges_stay_split():
    records = _records("The two leaders agreed on (1) deepening cooperation in trade and energy, "
                       "(2) closer coordination with regional partners and (3) cooperation on climate change.")
    assert [r.kind for r in records] == ["commitment"] * 3
    assert records[1].text == "closer coordination with regional partners"


def test_two_pledges_in_one_sentence_stay_two():
    records = _records("Ghana and Togo will expand gas exports through the West African pipeline and "
                       "will open a new ferry line between Tema and Lome.")
    assert len(records) == 2


def test_cut_clause_leaves_no_glued_words():
    [record] = _records("The two sides, building on a governance system that is fair, underlined the need for reform.")
    assert "fairunderlined" not in record.text and "fair underlined" in record.text
