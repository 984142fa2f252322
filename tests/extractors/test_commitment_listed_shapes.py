"""Pledges told in shapes of news and communiqués that the plain cue rules miss: list items the parser hangs
elsewhere, pledges inside "agreed that …", the pair's next meeting, "going to", and who holds them."""

import pytest

from tests.helpers import extract_text


def _pledges(text, published="2024-05-02"):
    return [r for r in extract_text(text, published=published).commitments if r.kind == "commitment"]


@pytest.mark.parametrize(
    "text,first,second",
    [
        ("Ghana and Togo held talks in Accra on Monday. The foreign ministers further agreed to renew the treaty that "
         "allows traders from Lome to sell in Ghanaian markets and to deepen customs cooperation at the Aflao post.",
         "renew the treaty", "deepen customs cooperation"),
        ("Ghana and Togo held talks in Accra on Monday. The two presidents agreed to establish, within three months, a "
         "joint task force to fight arms trafficking and cattle rustling in the north, and to support the river basin "
         "agency in its cleanup of the Oti.", "joint task force", "support the river basin agency"),
    ],
)
def test_a_repeated_and_to_hung_below_the_first_item_is_a_pledge_of_its_own(text, first, second):
    texts = [r.text for r in _pledges(text)]
    assert any(first in t and second not in t for t in texts), texts
    assert any(t.startswith(second) for t in texts), texts


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile and Peru held talks. The two governments agreed that Peruvian nurses will be able to work in Chilean "
         "hospitals from 2025, and that the dialogue on water rights will go on.",
         ["work in Chilean hospitals", "water rights will go on"]),
        ("Chile and Peru held talks. The ministers agreed that the rail link must be ready by 2027 and that customs "
         "officers of both countries will share one post at Chacalluta.", ["ready by 2027", "share one post"]),
    ],
)
def test_each_that_clause_of_what_a_pair_agreed_is_a_pledge(text, expected):
    texts = [r.text for r in _pledges(text)]
    for words in expected:
        assert sum(words in t for t in texts) == 1, texts


@pytest.mark.parametrize(
    "sentence,pledged",
    [
        ("The third Joint Commission meeting will be held in Nepal in 2025.", True),
        ("The next High-Level Dialogue will convene in Bhutan in 2025.", True),
        ("The XIV Joint Commission session will be held in Paro next year.", True),
        ("The next BIMSTEC Summit will be held in Nepal in 2025.", False),
    ],
)
def test_the_next_meeting_of_the_pairs_own_body_is_a_pledge_of_both(sentence, pledged):
    records = _pledges("Nepal and Bhutan held talks in Thimphu on Monday. " + sentence)
    assert bool(records) == pledged, [(r.text, r.parties) for r in records]
    assert all(r.parties == ["BTN", "NPL"] for r in records)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nepal's envoy said Kathmandu wished to turn the valley into a hub of tourism and that the two nations would "
        "seek to lift two-way investment to $3 billion by 2030.",
        "Nepal's envoy said Kathmandu wished to turn the valley into \"a hub of tourism and trade\" and that the two "
        "nations would seek to lift two-way investment to $3 billion by 2030.",
    ],
)
def test_a_that_clause_said_beside_a_wish_is_no_wish(sentence):
    records = _pledges("Nepal and Bhutan held talks in Thimphu. " + sentence)
    assert any(r.text.startswith("lift two-way investment") for r in records), [r.text for r in records]


def test_a_second_that_clause_of_a_hope_stays_a_hope():
    records = _pledges("Nepal and Bhutan held talks in Thimphu. Nepal hopes that Bhutan will prosper and that "
                       "the region will grow.")
    assert records == [], [r.text for r in records]


@pytest.mark.parametrize(
    "sentence,pledged",
    [
        ("\"We are going to build the power line together,\" the Nepali prime minister said at a news conference.",
         True),
        ("Nepal is going to build a second bridge over the river next year.", True),
        ("\"It is going to rain,\" the Nepali prime minister told reporters after the meeting.", False),
    ],
)
def test_going_to_binds_as_will_does(sentence, pledged):
    records = _pledges("Nepal and Bhutan held talks in Thimphu. " + sentence)
    assert bool(records) == pledged, [r.text for r in records]


@pytest.mark.parametrize("officials", ["vice-ministers", "deputy ministers", "vice-presidents"])
def test_officials_with_a_hyphenated_title_bind_their_pair(officials):
    records = _pledges("Nepal and Bhutan held talks in Thimphu on Monday. The " + officials +
                       " will gather in Paro in October to draft the trade protocol.")
    assert [(r.parties, r.deadline) for r in records] == [(["BTN", "NPL"], "2024-10")], [r.text for r in records]
    assert "vice" not in records[0].text


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("\"The government will keep patrolling the border with Bhutan to stop timber smuggling,\" the Nepali "
         "interior ministry said.", ["NPL"]),
        ("\"Our government will build the second bridge,\" Bhutan's foreign ministry said.", ["BTN"]),
    ],
)
def test_the_government_in_a_placed_speakers_quotation_is_the_speakers(sentence, parties):
    records = _pledges("Nepal and Bhutan held talks in Thimphu. " + sentence)
    assert [r.parties for r in records] == [parties], [(r.text, r.parties) for r in records]


def test_a_second_object_after_a_comma_is_a_pledge_of_its_own():
    records = _pledges("Norway and Ghana held talks in Accra on Monday. Norway will give 40 buses to the Accra city "
                       "council for its rapid transit line, and another 15 ambulances for district hospitals.")
    texts = [r.text for r in records]
    assert len(records) == 2 and texts[1].startswith("another 15 ambulances"), texts
    assert "ambulances" not in texts[0] and all(r.parties == ["NOR"] for r in records)


def test_a_plain_list_of_objects_stays_one_pledge():
    records = _pledges("Norway and Ghana held talks in Accra on Monday. Norway will provide vaccines and clinics to Ghana.")
    assert len(records) == 1, [r.text for r in records]
