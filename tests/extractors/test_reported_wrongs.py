"""A wrong laid on another in a reported clause ("said X had violated …", "said the crew ignored repeated warnings")
is the speaker's stance, as a judgement of harm is. Sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Peru and Bolivia traded accusations on Monday over the lake border. "


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Peru's foreign ministry said Bolivian troops had violated Peruvian airspace again.", ["PER"]),
        ("The Bolivian navy said the Peruvian crew had ignored repeated warnings from its patrol boats.", ["BOL"]),
        ("Bolivia said Peru abused the privileges granted to its consulate in Puno.", ["BOL"]),
        ("Peru's defence minister said the new posts breached the 1932 border protocol.", ["PER"]),
    ],
)
def test_a_wrong_laid_on_another_in_a_reported_clause(sentence, parties):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


def test_a_reported_fact_without_a_wrong_stays_no_stance():
    records = extract_text(CONTEXT + "Peru's foreign ministry said Bolivian troops had crossed the river at dawn.",
                           published="2024-05-02").commitments
    assert records == []


def test_the_speakers_own_act_after_the_reported_wrong_is_no_second_stance():
    sentence = "Peru's president said Bolivia had once again violated Peruvian territory and declared a day of mourning."
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", ["PER"])], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Bolivia's coast guard said the Peruvian boats had ignored repeated warnings.", ["BOL"]),
        ("The Peruvian border police denied the Bolivian claims about the raid.", ["PER"]),
    ],
)
def test_a_body_named_through_its_country_holds_its_stance(sentence, parties):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


def test_a_thing_of_a_country_binds_no_one():
    records = extract_text(CONTEXT + "Bolivia's gas exports will double by 2027.", published="2024-05-02").commitments
    assert records == []


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ('"The Bolivian navy once again committed illegal and aggressive acts," the Peruvian coast guard said in a '
         "statement.", ["PER"]),
        ("Peru's foreign ministry said Bolivia had carried out unprovoked attacks on its fishermen.", ["PER"]),
    ],
)
def test_an_act_told_with_a_condemning_word_is_the_speakers_stance(sentence, parties):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


def test_an_act_told_with_a_plain_word_stays_a_fact():
    records = extract_text(CONTEXT + "Peru said Bolivia had signed key agreements with Chile.", published="2024-05-02")
    assert records.commitments == []


@pytest.mark.parametrize(
    "sentence,texts",
    [
        ("Bolivia's president said the new border battalion posed no threat to Peru and urged Lima to respect the truce.",
         ["said the new border battalion posed no threat to Peru", "urged Lima to respect the truce"]),
        ("Peru said the raid constituted a violation of its sovereignty.", ["said the raid constituted a violation of its sovereignty"]),
        ("Bolivia said the new levy amounted to a breach of the trade accord.", ["said the new levy amounted to a breach of the trade accord"]),
    ],
)
def test_a_judgement_told_through_a_verb_like_a_copula(sentence, texts):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [r.text for r in records if r.kind == "position"] == texts, [(r.kind, r.text) for r in records]


def test_a_figure_told_through_represent_is_no_judgement():
    records = extract_text(CONTEXT + "Peru said the project represented an investment of two billion dollars.",
                           published="2024-05-02")
    assert records.commitments == []
