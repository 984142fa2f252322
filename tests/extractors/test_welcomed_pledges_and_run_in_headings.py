"""A pledge a party owns, welcomed or praised by another ("welcomed Chile's commitment to reopen …"), is the
speaker's stance and the owner's pledge; a decision welcomed stays a stance. An item of a list that opens with a
run-in heading ("• Fisheries: The two sides agreed …") is read as the sentence after the heading. Sentences written
for other country pairs."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "sentence,owner,speaker",
    [
        ("Peru welcomed Chile's commitment to reopen the Tacna border crossing for freight.", "CHL", "PER"),
        ("The Ghanaian minister praised Togo's pledge to train 300 nurses for rural clinics.", "TGO", "GHA"),
        ("Mongolia also welcomes Kazakhstan's undertaking to train 200 veterinary doctors.", "KAZ", "MNG"),
    ],
)
def test_a_welcomed_pledge_is_the_owners_pledge_and_the_speakers_stance(sentence, owner, speaker):
    records = extract_text("The two governments held talks on Monday. " + sentence, published="2024-05-02").commitments
    got = [(r.kind, r.parties) for r in records]
    assert ("commitment", [owner]) in got and any(k == "position" and speaker in p for k, p in got), got


def test_a_welcomed_decision_stays_a_stance():
    records = extract_text("Namibia and Angola held talks on Monday. Namibia welcomed Angola's decision to host the "
                           "next regional water summit.", published="2024-05-02").commitments
    assert [r.kind for r in records] == ["position"], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "item,parties",
    [
        ("• Energy: The two sides committed to build a second power line to Tumbes.", ["ECU", "PER"]),
        ("- Rail and ports: Both governments agreed to double freight trains on the Guayaquil corridor.", ["ECU", "PER"]),
    ],
)
def test_a_listed_item_with_a_run_in_heading_is_read_as_its_sentence(item, parties):
    text = "FACT SHEET: Ecuador and Peru\n\nEcuador and Peru held talks in Quito on Monday.\n\n" + item
    records = extract_text(text, published="2024-05-02").commitments
    assert [r.parties for r in records if r.kind == "commitment"] == [parties], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The Ghanaian president thanked his host and the two leaders agreed to open a joint border post at Aflao.",
         ["GHA", "TGO"]),
        ("Togo's premier thanked the minister for the dinner and the two sides agreed to build a second bridge on the "
         "Mono river.", ["GHA", "TGO"]),
    ],
)
def test_a_pledge_whose_subject_the_parser_joined_to_an_object(sentence, parties):
    records = extract_text("Ghana and Togo held talks in Lome on Monday. " + sentence, published="2024-05-02").commitments
    assert [r.parties for r in records if r.kind == "commitment"] == [parties], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "text,holder",
    [
        ("The Ministry of Foreign Affairs of Ghana summoned Togo's ambassador on Monday over the fishing dispute.\n\n"
         "The Ministry will submit the case to the ECOWAS court.", "GHA"),
        ("The Peruvian Foreign Ministry said Chile's new tariffs were regrettable. The Ministry will take the case to "
         "the WTO dispute panel.", "PER"),
        ("The Ghana Revenue Service opened a new office in Kumasi on Monday. Its head said the Service would hire 500 "
         "tax inspectors next year.", "GHA"),
    ],
)
def test_the_ministry_unplaced_is_the_one_the_text_named(text, holder):
    records = extract_text(text, published="2024-05-02").commitments
    assert [r.parties for r in records if r.kind == "commitment"] == [[holder]], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the new plan, the two countries will merge or share their customs desks at Chacalluta.",
        "By 2027, Peru and Chile will widen or rebuild the coastal highway.",
    ],
)
def test_a_bare_verb_after_a_fronted_phrase_shares_the_next_verbs_object(sentence):
    records = extract_text("Chile and Peru held talks in Arica on Monday. " + sentence, published="2024-05-02").commitments
    assert len([r for r in records if r.kind == "commitment"]) == 1, [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,deadline",
    [
        ("The two navies will stage a yearly rescue drill, with the first to take place off Arica in June 2025.",
         "2025-06"),
        ("The ministers agreed to set up an annual mining dialogue, with the first session to take place in Santiago "
         "in October 2025.", "2025-10"),
    ],
)
def test_a_recurring_pledge_is_timed_by_its_first_occurrence(sentence, deadline):
    records = extract_text("Chile and Peru held talks in Lima on Monday. " + sentence, published="2024-05-02").commitments
    pledges = [r for r in records if r.kind == "commitment"]
    assert [r.deadline for r in pledges] == [deadline], [(r.kind, r.text, r.deadline) for r in records]


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Prime Minister Fumio Kishida met the Emir of Kuwait in Tokyo. The Emir thanked the Prime Minister for "
        "his hospitality and the two leaders decided to set up a joint solar energy fund.",
        "German Chancellor Olaf Scholz met Chinese Premier Li Qiang in Berlin. The Chancellor thanked the Premier for his "
        "hospitality and the two leaders vowed to double student exchanges by 2027.",
    ],
)
def test_a_pledge_whose_subject_follows_the_object_of_a_preposition(text):
    records = extract_text(text, published="2024-05-02").commitments
    assert [len(r.parties) for r in records if r.kind == "commitment"] == [2], [(r.kind, r.parties, r.text) for r in records]


def test_the_ministry_is_nobodys_when_the_text_named_two_countries_ministries():
    text = ("The Ministry of Foreign Affairs of Ghana and Togo's Ministry of Trade met on Monday. The Ministry will publish "
            "the new tariff schedule next week.")
    records = extract_text(text, published="2024-05-02").commitments
    assert not [r for r in records if r.parties in (["GHA"], ["TGO"])], [(r.kind, r.parties, r.text) for r in records]
