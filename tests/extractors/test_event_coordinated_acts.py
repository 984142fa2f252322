"""Several acts in one sentence each count: a participle conjunct shares the tense of the participle it follows
("severed relations, declaring it a 'hostile state' and recalling its ambassador"); naming a state an
aggressor or its act "an act of war" is an accusation; standing by or in solidarity with a country is support
(also told ahead: "will stand by Ghana"). Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_LEAD = "JUBA, May 7 - Fighting continued along the border between South Sudan and Kenya on Wednesday.\n\n"


def _kinds(sentence: str) -> list[str]:
    events = extract_text(_LEAD + sentence + "\n", published="2025-05-07").events
    return sorted(e.type for e in events if e.evidence[0].quote.strip() in sentence)


@pytest.mark.parametrize(
    "sentence,wanted",
    [
        ("South Sudan's government on Tuesday severed diplomatic relations with Kenya, declaring it a \"hostile state\" "
         "and recalling its ambassador from Nairobi.", ["ACCUSE", "SANCTION", "SANCTION"]),
        ("Prime Minister Kamau called the shelling \"an act of war\" on Tuesday.", ["ACCUSE"]),
        ("The Kenyan government declared South Sudan an aggressor on Monday.", ["ACCUSE"]),
        ("The African Union stood in solidarity with Kenya on Tuesday and called on Juba to halt the shelling.",
         ["REQUEST", "SUPPORT"]),
        ("Uganda said on Tuesday that it would stand by Kenya.", ["SUPPORT"]),
    ],
)
def test_each_act_of_the_sentence_is_coded(sentence, wanted):
    assert _kinds(sentence) == wanted, _kinds(sentence)


def test_declaring_a_ceasefire_stays_a_retreat():
    assert _kinds("Kenya declared a ceasefire along the border on Monday.") == ["RETREAT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "South Sudan's customs service warned that it might impound any Kenyan lorry.",
        "The South Sudanese border authority warned it would seize any vehicle crossing without a permit.",
    ],
)
def test_a_state_service_threatens(sentence):
    assert "THREATEN" in _kinds(sentence), _kinds(sentence)
