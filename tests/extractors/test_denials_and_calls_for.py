"""A denial of what a party will do is its stance, not a pledge ("denies that its dam will cut the river's flow");
"called for X to be held to account" after a passive clause and "asked for guarantees" are calls."""

from tests.helpers import extract_text

LEAD = "Zambia and Malawi held talks in Lusaka on Monday. "


def _records(sentence):
    return [r for r in extract_text(LEAD + sentence, published="2024-05-02").commitments
            if not r.evidence[0].quote.startswith("Zambia and Malawi held")]


def test_what_a_party_denies_it_will_do_is_a_stance():
    records = _records("Malawi insists the new reservoir is vital for its farmers and denies that it will sharply cut the "
                       "flow of the Shire river.")
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]
    texts = [r.text for r in records if r.kind == "position" and r.parties == ["MWI"]]
    assert any(t.startswith("denies that it will") for t in texts), texts
    assert any(t.startswith("insists the new reservoir is vital") for t in texts), texts


def test_a_denied_plan_under_would_is_no_pledge():
    records = _records("Zambia's defence minister denied that its troops would cross into Malawi.")
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


def test_a_call_after_a_passive_clause_is_a_call_not_a_pledge():
    records = _records("Both presidents stressed that any settlement must be based on the AU charter, and called for "
                       "Namibia to be held accountable for the raids carried out in Zambia.")
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]
    calls = [r for r in records if r.modality == "call"]
    assert calls and calls[0].text.startswith("called for Namibia to be held accountable"), [r.text for r in records]
    assert calls[0].parties == ["MWI", "ZMB"]


def test_a_passive_clause_with_its_own_verbs_keeps_its_modal():
    records = _records("Both presidents agreed that the border posts will be upgraded and modernised by 2026.")
    assert [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


def test_asking_for_something_is_a_call():
    records = _records("Malawi's foreign minister said she had phoned her Zambian counterpart and asked for "
                       "guarantees of a fair trial for the detained traders.")
    calls = [r for r in records if r.kind == "position" and r.modality == "call"]
    assert calls and calls[0].parties == ["MWI"], [(r.kind, r.text, r.parties) for r in records]
    assert calls[0].text.startswith("asked for guarantees")


def test_a_refusal_to_attend_talks_is_a_stance():
    records = _records("Lusaka said it would not attend the third round of water talks with Lilongwe that had been "
                       "set for Friday in Harare.")
    assert [(r.kind, r.parties) for r in records] == [("position", ["ZMB"])], [(r.kind, r.text) for r in records]


def test_confidence_voiced_in_what_a_project_will_bring_is_a_stance():
    records = _records("Both sides expressed confidence that the new power line, agreed with Mozambique and Tanzania "
                       "three years ago, will bring cheap electricity from the lake to the mines.")
    assert [(r.kind, r.parties) for r in records] == [("position", ["MWI", "ZMB"])], [(r.kind, r.text) for r in records]


def test_welcoming_the_person_addressed_is_a_courtesy():
    text = ("Joint press conference of Zambia and Malawi\n\nPresident Hakainde Hichilema:\n\nGood afternoon. It is "
            "an honour, Lazarus, to welcome you to Livingstone with your ministers. We welcome the decision to reopen "
            "the Mwami border post.")
    records = extract_text(text, published="2024-05-02").commitments
    assert [r.text for r in records] == ["welcome the decision to reopen the Mwami border post"], [r.text for r in records]


def test_a_stance_told_in_a_clause_on_a_declaration_is_its_actors():
    records = _records("The presidents adopted a joint declaration, in which Malawi reaffirmed its firm backing for "
                       "Mozambique's sovereignty and territorial integrity.")
    assert [(r.kind, r.parties) for r in records] == [("position", ["MWI"])], [(r.kind, r.text) for r in records]


def test_a_pledge_in_a_clause_on_an_occasion_only_describes_it():
    records = _records("The ministers recalled the 2019 summit, in which Malawi promised a new rail link.")
    assert not [r for r in records if r.parties == ["MWI"] and r.kind == "position"], [(r.kind, r.text) for r in records]


def test_a_positive_assessment_is_a_stance_a_bare_one_is_not():
    records = _records("They positively assessed the opening in March of the new one-stop border post at Chirundu.")
    assert [(r.kind, r.parties) for r in records] == [("position", ["MWI", "ZMB"])], [(r.kind, r.text) for r in records]
    assert not _records("Engineers assessed the damage to the Chirundu bridge.")


def test_support_beside_a_pledge_in_one_sentence_keeps_its_own_kind():
    records = _records("The two sides resolved to raise bilateral trade to USD 2 billion by 2030, and both presidents "
                       "supported the early conclusion of a balanced SADC-EAC trade agreement by the end of 2025.")
    kinds = {r.text.split()[0]: r.kind for r in records}
    assert kinds.get("supported") == "position" and "commitment" in kinds.values(), [(r.kind, r.text) for r in records]


def test_a_judgement_inside_what_a_call_asks_stays_in_the_call():
    records = _records("In a note to Lusaka, Malawi's foreign minister called on Zambia to find the raiders and bring "
                       "them to justice.")
    assert [(r.modality, r.parties) for r in records] == [("call", ["MWI"])], [(r.modality, r.text) for r in records]
    assert records[0].text.endswith("bring them to justice")
    both = _records("Malawi's foreign minister called on Lusaka to investigate the raid and said the attack was "
                    "unacceptable.")
    assert sorted(r.modality for r in both) == ["believe", "call"], [(r.modality, r.text) for r in both]


def test_encouraging_another_actor_to_act_is_a_call():
    records = _records("Zambia encourages the insurgents and the authorities in Maputo to settle their dispute at the "
                       "Pretoria talks.")
    assert [(r.kind, r.modality, r.parties) for r in records] == [("position", "call", ["ZMB"])], [
        (r.kind, r.text) for r in records]
    own = _records("The two sides encouraged their businesses to invest in each other's economies.")
    assert [r.kind for r in own] == ["commitment"], [(r.kind, r.text) for r in own]


def test_a_commitment_to_a_declaration_adopted_earlier_is_a_stance():
    records = _records("President Chakwera reaffirmed Malawi's commitment to the Lilongwe Declaration on Refugees, "
                       "agreed by the region's leaders in 2021.")
    assert [(r.kind, r.parties) for r in records] == [("position", ["MWI"])], [(r.kind, r.text) for r in records]


def test_defending_a_right_or_a_decision_is_a_stance_defending_a_town_is_not():
    records = _records("On Sudan the presidents disagreed. Malawi's president defended the army's right to "
                       "self-defence; Zambia's blamed both armies for the famine.")
    assert any(r.parties == ["MWI"] and r.text.startswith("defended the army's right") for r in records), [
        (r.text, r.parties) for r in records]
    assert not _records("Malawian troops defended the town against the rebels.")
