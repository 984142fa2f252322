"""A wish to do an act of one's own (hope, want, look forward to) is a stance, dated or not (labelling guide: a
position expresses hope); agreeing, pledging or vowing to do the act binds."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Togo held talks in Accra on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "We want to conclude the agreement on the mutual supply of fuel before the end of the year, the Ghanaian president said.",
        "Ghana wants to open the new border post at Aflao by March next year, the minister said.",
        "Togo hopes to finish the coastal road to the border within two years, the Togolese president said.",
        "Ghana wanted to make the Gulf of Guinea a sea of peace and trade, the minister said.",
        "Togo wants to see the relationship reach a new stage, the minister said.",
        "The Ghanaian minister said he looked forward to signing the fisheries accord with Togo.",
        "We hope to launch the joint electricity market with Ghana next year, the Togolese minister said.",
    ],
)
def test_a_wish_to_act_is_a_stance_dated_or_not(sentence):
    records = extract_text(LEAD + sentence, published="2023-05-02").commitments
    assert records and all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Togo vowed to finish the coastal road to the border within two years.",
        "Ghana pledged to open the new border post at Aflao by March next year.",
    ],
)
def test_vowing_or_pledging_the_act_binds(sentence):
    records = extract_text(LEAD + sentence, published="2023-05-02").commitments
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text) for r in records]
    assert records[0].deadline is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Togolese president said he looked forward to welcoming his guest in Lome in the spring.",
        "Both ministers look forward to meeting again at the Abidjan conference in June.",
    ],
)
def test_looking_forward_to_meeting_someone_is_a_courtesy(sentence):
    records = extract_text(LEAD + sentence, published="2023-05-02").commitments
    assert not records, [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides hope to raise the share of their own currencies in bilateral trade.",
        "Ghana and Togo hope to open a joint border post at Aflao by 2026.",
    ],
)
def test_a_joint_texts_shared_aim_to_act_is_a_pledge(sentence):
    records = extract_text(LEAD + sentence, published="2023-05-02").commitments
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Togo looks forward to holding talks with Benin on the lagoon fisheries next year.",
        "The Ghanaian minister said Ghana looked forward to holding its first offshore licensing round in May.",
    ],
)
def test_looking_forward_to_holding_talks_or_a_round_stays_a_stance(sentence):
    records = extract_text(LEAD + sentence, published="2023-05-02").commitments
    assert records and all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]
