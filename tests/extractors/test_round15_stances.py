"""Round 15 stance shapes, each written from the labelling guide's definitions about other countries: the second half
of a joint stance whose verb the tagger reads as a participle; a past condemnation whose "by" names an agent, no
time limit; a call coordinated with a verb under "let" or "should"; fields named by a market opened to fruit, weapons
delivered, sanctions."""

import pytest

from pactline.extractors.domains import classify
from tests.helpers import extract_text


def _records(text, published="2024-05-08"):
    return [(r.kind, sorted(r.parties), r.deadline) for r in extract_text(text, published=published).commitments]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Kenya and Tanzania agreed that the lake is vital and rejected attempts to divert its waters.", ["KEN", "TZA"]),
        ("Ghana and Togo agreed that the corridor is essential and condemned attacks on truck drivers.", ["GHA", "TGO"]),
    ],
)
def test_both_halves_of_a_joint_stance_stand(sentence, parties):
    assert _records(sentence) == [("position", parties, None), ("position", parties, None)]


@pytest.mark.parametrize(
    "sentence,party",
    [
        ("Romania condemned the detention of its fishermen by the Ukrainian coast guard on Friday.", "ROU"),
        ("Norway on Sunday denounced the boarding of a research vessel by Russian border troops.", "NOR"),
        ("Bulgaria condemned the attack by two gunmen on its consulate in Skopje.", "BGR"),
    ],
)
def test_a_past_condemnation_has_no_time_limit(sentence, party):
    assert _records(sentence) == [("position", [party], None)]


def test_a_stance_keeps_the_time_limit_it_states():
    assert _records("Paraguay urged Brazil to settle the dam tariff before the end of the year.") == [
        ("position", ["PRY"], "2024")]


@pytest.mark.parametrize(
    "text,domains",
    [
        ("will open its market to Chilean avocados and cherries", {"trade", "agriculture"}),
        ("agreed to open their markets to each other's table grapes", {"trade", "agriculture"}),
        ("will deliver three air defence systems to Lithuania", {"security"}),
        ("pledged artillery and armoured vehicles to the Baltic states", {"security"}),
        ("does not back the new sanctions package against Belarus", {"security"}),
        ("rejected the restrictive measures adopted against its banks", {"security"}),
    ],
)
def test_field_words(text, domains):
    assert domains <= set(classify(text)), classify(text)


def test_sanctions_are_no_field_of_farming():
    assert "agriculture" not in classify("Austria does not support unilateral sanctions against its neighbours")


@pytest.mark.parametrize(
    "sentence,party,second",
    [
        ("Paraguay, for its part, insisted that the bloc should let members set their own quotas and called for the "
         "common tariff on machinery to be cut.", "PRY", "called for the common tariff on machinery to be cut"),
        ("The Ghanaian minister said Accra would let traders cross freely and called for the checkpoints on the "
         "corridor to be removed.", "GHA", "called for the checkpoints on the corridor to be removed"),
    ],
)
def test_a_call_after_a_clause_of_base_forms_is_the_speakers_stance(sentence, party, second):
    records = extract_text(sentence, published="2024-05-08").commitments
    assert ("position", [party], second) in [(r.kind, sorted(r.parties), r.text) for r in records]
