"""A call on others in any tense is the caller's stance, never a pledge of what it asks for; a stance verb's
complement clause without "that"; a verb the parser leaves without its subject after a participle or a
passive clause. Sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Peru and Bolivia held talks in La Paz on Monday. "


def _records(sentence, published="2024-05-02"):
    return extract_text(CONTEXT + sentence, published=published).commitments


def _kinds(records):
    return [(r.kind, r.parties) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("We call on the smugglers' backers to stop the trafficking of fuel across the border.", None),
        ("Bolivia has repeatedly called on Chile to lift the port restrictions in Arica.", ["BOL"]),
        ("The two presidents called on the donor countries to continue funding the refugee shelters in the Andes.",
         ["BOL", "PER"]),
        ("Peru calls on the international community to keep supporting flood relief in the highlands.", ["PER"]),
        ("Bolivia is calling on neighbouring states to reopen the shared water commission.", ["BOL"]),
        ("Peru urges the mining companies to respect the indigenous consultations.", ["PER"]),
    ],
)
def test_a_call_on_others_is_a_stance_in_any_tense(sentence, parties):
    records = _records(sentence)
    assert [r.kind for r in records] == ["position"], [(r.kind, r.parties, r.text) for r in records]
    if parties is not None:
        assert records[0].parties == parties


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Bolivia's interior ministry denied its troops had crossed into Peruvian territory.", ["BOL"]),
        ("Peru acknowledged Bolivian customs had cut the waiting times at Desaguadero.", ["PER"]),
    ],
)
def test_a_stance_verbs_clause_without_that(sentence, parties):
    assert _kinds(_records(sentence)) == [("position", parties)]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        # the reason given after the denial ("saying …") is a stance of its own (test_reasons_given.py)
        ("Bolivia's foreign ministry denied the charges, saying the convoy carried only medicine, and called on Lima "
         "to release the drivers.", [("position", ["BOL"]), ("position", ["BOL"]), ("position", ["BOL"])]),
        ("The two presidents recalled that the border committee was created in 2009 and expressed satisfaction with "
         "its work on the lake.", [("position", ["BOL", "PER"])]),
    ],
)
def test_a_verb_without_its_subject_keeps_the_main_subject(sentence, kinds):
    records = _records(sentence)
    assert sorted(_kinds(records)) == sorted(kinds), [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Talks also covered the floods in the north, with both presidents stressing the need for a joint relief fund.",
         ["BOL", "PER"]),
        ("The meeting ended late, with Peru insisting on a new survey of the lake border.", ["PER"]),
    ],
)
def test_a_participle_with_its_own_subject_states_a_stance(sentence, parties):
    assert _kinds(_records(sentence)) == [("position", parties)]


def test_a_participle_after_a_reported_passive_clause_is_the_reporters():
    sentence = ("Bolivia's transport ministry had announced in May that the Peruvian airline would be barred from "
                "landing in Santa Cruz, accusing it of repeated safety breaches.")
    assert _kinds(_records(sentence)) == [("position", ["BOL"])]


@pytest.mark.parametrize(
    "sentence,texts",
    [
        ("Noting with satisfaction the growth of cross-border trade at Desaguadero, the two governments agreed to "
         "build a second bridge over the river.", ["Noting", "build a second bridge"]),
        ("Welcoming the progress of the joint survey of Lake Titicaca, the ministers stressed the need to protect its "
         "fisheries.", ["Welcoming", "stressed the need"]),
    ],
)
def test_an_opening_participle_states_a_stance_of_its_own(sentence, texts):
    records = _records(sentence)
    assert len(records) == 2, [(r.kind, r.parties, r.text) for r in records]
    for text in texts:
        assert any(r.text.startswith(text) and r.parties == ["BOL", "PER"] for r in records), [r.text for r in records]
    assert not any(r.text.startswith("Noting") and "bridge" in r.text for r in records)


def test_an_opening_premise_with_a_that_clause_stays_part_of_the_main_clause():
    records = _records("Recognising that Peru is one of Bolivia's largest buyers of gas, the two presidents agreed to "
                       "extend the supply contract.")
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("The Bolivian president invited his host to rejoin the Andean water council.", [("position", ["BOL"])]),
        ("Peru invited Bolivian exporters to take part in its new tax incentive scheme.", [("position", ["PER"])]),
        ("The Bolivian president invited his Peruvian counterpart to visit La Paz next year.", []),
        ("Peru invited Bolivia to attend the summit of the Pacific forum in November.", []),
    ],
)
def test_an_invitation_to_act_is_a_call_and_one_to_visit_is_none(sentence, kinds):
    assert [(r.kind, r.parties) for r in _records(sentence) if r.kind == "position"] == kinds


def test_an_invitation_to_chair_the_pairs_meeting_is_no_call():
    records = _records("He invited President Arce to co-chair the 6th Session of the commission in Lima in 2026.")
    assert not [r for r in records if r.modality == "call"], [(r.kind, r.text) for r in records]
