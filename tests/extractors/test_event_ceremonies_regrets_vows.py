"""Three type families: a ceremony of a visit (wreath laid, ceremonial welcome accorded) is part of the meeting
(CONSULT), not praise; regret over a party's act is a protest (PROTEST), not an accusation or a concession; a
vow to retaliate or respond is a threat (THREATEN), while a vow to deepen ties stays a pledge (AGREE)."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _types(sentence: str) -> list[tuple[str, bool]]:
    events = extract_text(LEAD + sentence, published="2024-05-02").events
    return [(e.type, e.planned) for e in events if sentence[:25] in e.evidence[0].quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, President Boluarte laid a wreath at the Black Star monument.",
        "The visiting ministers laid wreaths at the memorial to the fallen.",
        "President Boluarte was accorded a ceremonial welcome at Jubilee House.",
        "The Peruvian leader was accorded full military honours on arrival.",
    ],
)
def test_a_ceremony_of_the_visit_is_part_of_the_meeting(sentence):
    assert _types(sentence) and all(t == "CONSULT" for t, _ in _types(sentence)), _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima expressed regret over Accra's decision to suspend the flights.",
        "Peru's foreign ministry said it regretted the decision to expel its consul.",
        "The Peruvian government deplored the closure of its trade office.",
    ],
)
def test_regret_over_an_act_is_a_protest(sentence):
    assert [t for t, _ in _types(sentence)] == ["PROTEST"], _types(sentence)


def test_regret_over_a_loss_of_life_is_no_protest():
    assert "PROTEST" not in [t for t, _ in _types("Peru expressed regret over the loss of life in the ferry accident.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana vowed to retaliate against the seizure of its fishing boats.",
        "Peru vows retaliation after the raid on its embassy.",
        "President Mahama vowed to respond firmly to any further incursion.",
        "Lima pledged a swift response to the attack on its consulate.",
    ],
)
def test_a_vow_to_hit_back_is_a_threat(sentence):
    assert [t for t, _ in _types(sentence)] == ["THREATEN"], _types(sentence)


def test_a_vow_to_deepen_ties_stays_a_pledge():
    assert [t for t, _ in _types("Peru vowed to deepen its trade ties with Ghana.")] == ["AGREE"]
