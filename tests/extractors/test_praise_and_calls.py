"""Stances of readouts and wire reports: praise of what a party does ("commended X for its reforms", "praised the
role Y plays"), a call on a named leader to act ("calling on President X to lift it"; no courtesy call), and
a call in a declaration's subjectless item after another ("Expressed concern … and called on …")."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _stances(text):
    return [r for r in extract_text(LEAD + text, published="2024-05-02").commitments if r.kind == "position"]


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("Ghanaian President John Mahama praised the role Peru is playing as chair of the Andean Community.",
         "praised the role"),
        ("Ghanaian President John Mahama lauded Peru's efforts to curb illegal mining.", "lauded Peru's efforts"),
        ("Ghana's president praised Peru's economic achievements.", "praised Peru's economic achievements"),
        ("Ghanaian President John Mahama commended the Peruvian premier for the pension reform passed in March.",
         "commended the Peruvian premier for the pension reform"),
        ("The Ghanaian foreign minister thanked his host for chairing the group and praised the results of the "
         "conference Peru organised in Cusco.", "praised the results"),
    ],
)
def test_praise_of_what_a_party_does_is_a_stance(sentence, words):
    records = _stances(sentence)
    assert any(words in r.text for r in records), [(r.text, r.parties) for r in records]
    assert all(r.parties == ["GHA"] for r in records if words in r.text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghanaian President John Mahama praised President Dina Boluarte.",
        "Ghanaian President John Mahama praised the friendship between the two nations.",
        "Ghanaian President John Mahama commended his Peruvian counterpart for the warm hospitality.",
        "Ghanaian President John Mahama later called on President Dina Boluarte at the Government Palace.",
        "Ghanaian President John Mahama welcomed Peruvian President Dina Boluarte to Accra today for formal talks.",
    ],
)
def test_praise_of_a_person_or_a_courtesy_call_is_no_stance(sentence):
    assert not _stances(sentence), [r.text for r in _stances(sentence)]


def test_a_call_on_a_named_leader_to_act_is_a_stance():
    records = _stances('"The embargo hurts our farmers," Ghanaian President John Mahama said in a speech, calling on '
                       "President Dina Boluarte to lift it.")
    assert any(r.text.startswith("calling on President Dina Boluarte to lift it") for r in records), [r.text for r in records]


def test_a_subjectless_declaration_item_after_another_is_held_by_both():
    records = _stances("Voiced their alarm at the fighting in Mali and called on donors to fund the camps hosting "
                       "the refugees.")
    calls = [r for r in records if r.text.startswith("called on donors")]
    assert calls and calls[0].parties == ["GHA", "PER"], [(r.text, r.parties) for r in records]


@pytest.mark.parametrize(
    "sentence,found",
    [
        ("Ghana asked Peru to lift the ban on cocoa imports.", "asked Peru to lift the ban on cocoa imports"),
        ("Ghana's foreign minister also asked Lima to reconsider its measures.", "also asked Lima to reconsider its measures"),
        # the one asked to leave, or a question asked, holds no stance
        ("Peru's ambassador was asked to leave Ghana within 72 hours.", None),
        ("Ghana asked about the status of the fisheries talks.", None),
    ],
)
def test_asking_another_to_act_is_a_call(sentence, found):
    texts = [r.text for r in _stances(sentence)]
    assert texts == ([found] if found else []), texts


def test_what_must_be_done_added_after_a_request_is_the_speakers_stance():
    records = extract_text(LEAD + "A spokesperson for the African Union said the commission had asked Accra for details "
                           "of the deal, adding that it must respect international law.", published="2024-05-02").commitments
    assert [(r.kind, r.text) for r in records] == [("position", "respect international law")], \
        [(r.kind, r.text) for r in records]


def test_a_request_made_told_in_the_perfect_is_an_act_not_a_stance():
    assert _stances("Ghana has asked the African Union to mediate the fisheries dispute.") == []
