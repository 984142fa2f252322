"""Round 17 (na1): acts in sentences that yielded no event, each on sentences written for other countries and
situations of their own: a courtesy a speaker performs as it is said (a verb of conveying with its courtesy noun,
or under a speaker's frame); a concrete act announced under a future modal or a plan word, which the learned
typer finds as the act still to come (a vague resolve to cooperate stays no event); an act done with no listed
verb (a roadmap adopted, an initiative launched)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _events(text: str) -> list[tuple[str, bool, list[str]]]:
    return sorted((e.type, e.planned, e.parties) for e in extract_text(text, published="2024-05-08").events)


@pytest.mark.parametrize("sentence,parties", [
    ("The President of Norway extends his congratulations to Chile on the opening of its first Antarctic school.", ["CHL", "NOR"]),
    ("The Prime Minister of Portugal conveys condolences to Morocco over the mine collapse near Khouribga.", ["MAR", "PRT"]),
    ("Estonia expresses its gratitude to Finland for the rescue of its sailors.", ["EST", "FIN"]),
])
def test_courtesy_conveyed_in_the_present_is_done(sentence: str, parties: list[str]) -> None:
    assert ("SUPPORT", False, parties) in _events(sentence)


@pytest.mark.parametrize("sentence", [
    "PRESIDENT BORIC: Let me congratulate President Lula on the Brazilian team's victory in the regional chess cup.",
    "PRESIDENT BORIC: I wish to praise President Lula for the rescue of the Chilean climbers on the Andes.",
    "PRESIDENT BORIC: Allow me to commend President Lula for the clean-up of the shared river basin.",
])
def test_courtesy_under_a_speakers_frame_is_done(sentence: str) -> None:
    assert ("SUPPORT", False, ["BRA", "CHL"]) in _events(sentence)


@pytest.mark.parametrize("sentence,kind", [
    ("PRESIDENT BORIC: It is a privilege to congratulate President Lula on the launch of Brazil's first polar research ship.", "SUPPORT"),
    ("PRESIDENT BORIC: It is a pleasure to praise President Lula for the rescue of our climbers in the Andes.", "SUPPORT"),
])
def test_courtesy_framed_by_a_noun_is_done_now(sentence: str, kind: str) -> None:
    assert (kind, False, ["BRA", "CHL"]) in _events(sentence)


@pytest.mark.parametrize("sentence", [
    "Korea expresses its support for the peace process in Colombia.",  # support so conveyed stays a stance
    "I wanted to thank the King of Jordan, but there was no time.",  # a frame told of another time
])
def test_stance_or_past_frame_is_no_courtesy_done(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0] == "SUPPORT" and not e[1]]


@pytest.mark.parametrize("sentence,kind", [
    ("Denmark will give Kenya 40 million kroner to rebuild rural clinics after the floods.", "AID"),
    ("The Saudi development fund plans to lend Tunisia 80 million dollars for a desalination plant.", "AID"),
    ("The armies of Ghana and Togo will hold a joint exercise near Lomé in September.", "COOPERATE"),
    ("Senegal and Mauritania will run joint coast guard patrols off Saint-Louis from next month.", "COOPERATE"),
])
def test_concrete_act_announced_is_the_act_to_come(sentence: str, kind: str) -> None:
    found = _events(sentence)
    assert found and all(planned for _type, planned, _parties in found)
    assert kind in {t for t, _p, _parties in found}


@pytest.mark.parametrize("sentence", [
    "Argentina and Uruguay will continue to work closely together on issues of common interest.",
    "Both Thailand and Vietnam will strive to deepen their friendship in the years ahead.",
])
def test_vague_resolve_is_no_event(sentence: str) -> None:
    assert _events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The presidents of Colombia and Panama adopted a roadmap for the development of the Darién region.",
    "Ghana and Nigeria launched a joint initiative to protect the forests along their border.",
])
def test_act_with_no_listed_verb_is_agreed(sentence: str) -> None:
    assert "AGREE" in {t for t, _p, _parties in _events(sentence)}


@pytest.mark.parametrize("sentence,found", [
    ("Norway's coast guard chief told reporters that the oil spill off Svalbard was spreading, and blamed a Russian"
     " tanker for the leak.", ("ACCUSE", False, ["NOR", "RUS"])),
    ("Estonia's interior minister stated that the cyber attack had cost millions of euros, and urged Finland to share"
     " its server logs.", ("REQUEST", False, ["EST", "FIN"])),
])
def test_act_beside_a_reported_clause_is_the_reporters(sentence: str, found: tuple[str, bool, list[str]]) -> None:
    # the reported clause's subject (a spill, an attack) does nothing: the act coordinated with it is the reporter's
    assert found in _events(sentence)


def test_act_beside_a_reported_actor_stays_that_actors() -> None:
    found = _events("Peru said Ecuador had expelled a Peruvian consul and recalled its ambassador from Lima.")
    assert found and all(parties == ["ECU", "PER"] for _t, _p, parties in found)


@pytest.mark.parametrize("sentence,found", [
    ("The Prime Minister of Latvia ordered his customs officers to stop all freight trains coming from Belarus.",
     ("SANCTION", False, ["BLR", "LVA"])),
    ("The government of Croatia instructed its police to close the crossings with Serbia for three days.",
     ("SANCTION", False, ["HRV", "SRB"])),
])
def test_measure_ordered_to_own_agents_is_taken_by_the_order(sentence: str, found: tuple[str, bool, list[str]]) -> None:
    assert found in _events(sentence)


@pytest.mark.parametrize("sentence", [
    "The government of Croatia did not instruct its police to close the crossings with Serbia.",
    "The regional court ordered Chile to release the detained Bolivian fishermen.",  # ordered to another party
    "Kenya's parliament authorised the army to strike rebel camps inside Somalia.",  # a permission, no act taken
])
def test_order_not_given_or_given_to_another_is_no_act_done(sentence: str) -> None:
    assert not [e for e in _events(sentence) if not e[1] and e[0] in ("SANCTION", "CONCEDE", "ASSAULT")]


def test_frame_of_no_speaker_is_no_courtesy() -> None:
    found = _events("The new terminal will allow Namibia to welcome larger cruise ships from South Africa.")
    assert not [e for e in found if e[0] == "SUPPORT" and not e[1]]
