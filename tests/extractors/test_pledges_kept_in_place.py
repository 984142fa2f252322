"""Round 11 pledge families told about other countries: a measure said to stay in place, a truce announced or
agreed, an offer by an organisation, a deal's stated aim, a section of a project a country's name marks as its own,
and a short country name ("Korea") or a spelling variant of an armed movement ("the Huthis")."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _records(text, published="2025-03-10"):
    return extract_text(LEAD + text, published=published).commitments


def _with(text, words, published="2025-03-10"):
    return [r for r in _records(text, published) if words in r.text]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("Ghana's trade minister said the new border controls would remain in place for no less than 60 days.",
         "remain in place", "GHA"),
        ("Lima said the counter-tariffs it set last week would stay in place.", "stay in place", "PER"),
        ("Peru's president said the import levies will remain in force until the dispute is settled.",
         "remain in force", "PER"),
        ("Peru's president said the military operation would continue until the rebels laid down their arms.",
         "continue until", "PER"),
    ],
)
def test_a_measure_said_to_stay_in_place_is_its_announcers_pledge(sentence, words, party):
    found = _with(sentence, words)
    assert found and all(r.kind == "commitment" and r.parties == [party] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,words,parties",
    [
        ("Late on Friday the Peruvian government announced a four-day unilateral truce.", "truce", ["PER"]),
        ("Ghana declared a unilateral ceasefire in the disputed district.", "ceasefire", ["GHA"]),
        ('The two armies agreed to an "immediate and complete ceasefire" from dawn.', "ceasefire", ["GHA", "PER"]),
        ("Ghana and Peru agreed a truce in the border district.", "truce", ["GHA", "PER"]),
    ],
)
def test_a_truce_announced_or_agreed_is_a_pledge(sentence, words, parties):
    found = _with(sentence, words)
    assert found and all(r.kind == "commitment" and sorted(r.parties) == parties for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(sentence)]


def test_a_call_to_agree_a_truce_stays_a_call():
    found = _with("The UN envoy urged the warring sides to agree a truce ahead of the rainy season.", "truce")
    assert found and all(r.kind == "position" for r in found)


def test_an_organisation_offers_help():
    text = "The International Organization for Migration, which welcomed the meeting, offered to help with the census."
    found = _with(text, "help with the census")
    assert found and all(r.kind == "commitment" and r.parties == ["IOM"] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(text)]


def test_the_aim_of_a_signed_deal_is_its_signatories_pledge():
    text = "The two sides signed a maritime security agreement. The agreement aims to expand joint patrols."
    found = _with(text, "expand joint patrols")
    assert found and all(r.kind == "commitment" and sorted(r.parties) == ["GHA", "PER"] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(text)]


def test_a_section_named_for_a_country_is_its_pledge():
    text = "The Peruvian section between Lima and Ica will be completed this year."
    found = _with(text, "completed this year")
    assert found and all(r.kind == "commitment" and r.parties == ["PER"] and r.deadline == "2025" for r in found), \
        [(r.kind, r.text, r.parties, r.deadline) for r in _records(text)]


def test_korea_alone_is_the_republic_of_korea():
    text = "I spoke today with the President of Ghana. Korea will actively support Ghana's cocoa processing."
    found = [r for r in extract_text(text, published="2025-03-10").commitments if "cocoa" in r.text]
    assert found and all(r.kind == "commitment" and r.parties == ["KOR"] for r in found)


def test_the_huthis_are_yemens():
    text = ("Saudi Arabia and Yemen held talks in Muscat. The Huthis offered to halt drone attacks on Saudi oil "
            "facilities.")
    found = [r for r in extract_text(text, published="2025-03-10").commitments if "halt drone" in r.text]
    assert found and all(r.parties == ["YEM"] for r in found)


def test_a_plan_a_cabinet_approves_binds_it():
    text = ("The Ghanaian cabinet approved a plan in March for the army to clear the mines along the river by the end "
            "of the year.")
    found = _with(text, "clear the mines", published="2025-11-20")
    assert found and all(r.kind == "commitment" and r.parties == ["GHA"] and r.deadline == "2025" for r in found), \
        [(r.kind, r.text, r.parties, r.deadline) for r in _records(text, "2025-11-20")]


def test_what_a_deal_provides_for_binds_its_sides():
    text = "Peru has long blamed Ghana's dams, and the agreement provides for joint works to restore the wetlands " \
           "over the next ten years, officials said."
    found = _with(text, "provides for", published="2025-11-20")
    assert found and all(r.kind == "commitment" and sorted(r.parties) == ["GHA", "PER"] and r.deadline == "2035-11"
                         for r in found), [(r.kind, r.text, r.parties, r.deadline) for r in _records(text, "2025-11-20")]


def test_a_meeting_dated_days_ahead_is_a_date_in_the_calendar():
    text = ("Local army officers are scheduled to meet on Wednesday, and the joint border committee will convene "
            "in Lima on March 14. The joint commission will hold its next session in Accra in October.")
    records = _records(text)
    assert not [r for r in records if "convene" in r.text or "meet on Wednesday" in r.text], [r.text for r in records]
    assert [r for r in records if "next session" in r.text and r.kind == "commitment"]


def test_a_subject_read_as_more_of_a_fronted_phrase_still_binds():
    text = "The two ministers signed a new security accord. Under the new Accord, Ghana and Peru will consult each " \
           "other on threats to their security."
    found = _with(text, "consult each other")
    assert found and all(r.kind == "commitment" and sorted(r.parties) == ["GHA", "PER"] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(text)]


@pytest.mark.parametrize("sentence", [
    "Peru's army chief Gen. Luis Alberto Quispe-Rojas warned that any foreign troops in the valley would be treated "
    "as hostile.",
    "Peru's army chief warned that any foreign troops in the valley would be treated as hostile.",
])
def test_an_army_chief_warning_is_his_countrys_threat(sentence):
    found = _with(sentence, "treated as hostile")
    assert found and all(r.kind == "commitment" and r.parties == ["PER"] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(sentence)]


def test_what_a_new_body_will_do_is_a_further_pledge():
    text = "Both governments decided to form a fisheries panel, which will hold its opening session " \
           "within three months."
    records = _records(text)
    made = [r for r in records if "fisheries panel" in r.text]
    first = [r for r in records if "opening session" in r.text]
    assert made and first and "opening session" not in made[0].text, [r.text for r in records]
    assert all(r.kind == "commitment" and sorted(r.parties) == ["GHA", "PER"] for r in made + first)


@pytest.mark.parametrize("sentence,words,kind", [
    ("Ghana would not accept any migrants deported from Peru, the president said.", "migrants", "commitment"),
    ("Peru would not accept the shipment of used tyres.", "shipment", "commitment"),
    ("Ghana will never accept any change of its borders by force.", "change of its borders", "position"),
])
def test_a_refusal_to_take_in_people_or_goods_is_an_act(sentence, words, kind):
    found = _with(sentence, words)
    assert found and all(r.kind == kind for r in found), [(r.kind, r.text) for r in _records(sentence)]


def test_due_to_act_is_a_pledge_and_due_to_meet_a_date_in_the_calendar():
    text = ("Officials from the two interior ministries are due to meet in Lima next week to discuss patrols. "
            "Ghana's national assembly is due to approve the treaty by the end of the year.")
    records = _records(text)
    assert not [r for r in records if "meet in Lima" in r.text], [r.text for r in records]
    found = [r for r in records if "approve the treaty" in r.text]
    assert found and all(r.kind == "commitment" and r.parties == ["GHA"] and r.deadline == "2025" for r in found)


def test_a_pledge_set_beside_a_trip_with_while_is_its_own():
    text = "Peru's president said she would fly to Accra next month, while Ghana's national assembly is " \
           "due to approve the treaty before December."
    found = _with(text, "approve the treaty")
    assert found and all(r.kind == "commitment" and r.parties == ["GHA"] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(text)]


@pytest.mark.parametrize("sentence,pledge", [
    ('The two presidents decided to raise the relationship to the level of a "Special Partnership".', False),
    ("The two leaders agreed to upgrade bilateral ties to a Comprehensive Strategic Partnership.", False),
    ("The presidents resolved to elevate the Ghana-Peru Strategic Partnership to greater heights.", True),
])
def test_relations_raised_to_a_named_level_are_done_as_told(sentence, pledge):
    found = [r for r in _records(sentence) if r.kind == "commitment"]
    assert bool(found) == pledge, [r.text for r in found]


def test_a_states_part_in_a_conference_is_its_programme():
    text = ("The president confirmed that Ghana will host a conference on fisheries in Accra in July. Peru will take "
            "part in COP31 next year. Peru will host the first meeting of the joint council within six months.")
    records = _records(text)
    assert [r.text for r in records if r.kind == "commitment"] == ["host the first meeting of the joint council within six months"]


@pytest.mark.parametrize("sentence,words,deadline", [
    ("Ghana will continue to train Peruvian cadets under the joint programme through 2026.", "train Peruvian", "2026"),
    ("Ghana will open the new terminal in Tema by spring 2027.", "new terminal", "2027"),
    ("Ghana and Peru committed to build a gas pipeline, with the first deliveries to Lima by 2029.", "gas pipeline", "2029"),
])
def test_a_year_after_through_or_a_season_ends_the_pledge(sentence, words, deadline):
    found = _with(sentence, words, published="2025-11-20")
    assert found and all(r.deadline == deadline for r in found), \
        [(r.text, r.deadline) for r in _records(sentence, "2025-11-20")]


def test_the_allies_are_the_pair():
    text = "The allies decided to create a joint task force on coastal patrols and to complete repairs at the border posts."
    found = _with(text, "task force")
    assert found and all(r.kind == "commitment" and sorted(r.parties) == ["GHA", "PER"] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(text)]


def test_a_question_passed_on_is_no_pledge():
    text = ("Reporter: Will the summit take place as planned?\n\nSpokesperson Kwame Mensah: I would refer you to the "
            "organising committee.\n\nReporter: Peru will refer the dispute to the court, won't it?")
    records = extract_text(LEAD + text, published="2025-03-10").commitments
    assert not [r for r in records if "refer you" in r.text], [r.text for r in records]


def test_two_participles_of_one_passive_are_one_pledge():
    text = "Peru's minister said the two centres will be built and run by Peru."
    found = [r for r in _records(text) if "centres" in r.text or "run by" in r.text]
    assert [r.text for r in found] == ["the two centres will be built and run by Peru"], [r.text for r in _records(text)]


def test_exercises_held_days_ahead_stay_a_pledge():
    text = ("Ghana will hold joint naval exercises with Peru on 15 March. "
            "The two foreign ministers will hold talks in Lima on 14 March.")
    records = _records(text)
    assert [r for r in records if "naval exercises" in r.text and r.kind == "commitment"], \
        [(r.kind, r.text) for r in records]
    assert not [r for r in records if "hold talks" in r.text], [r.text for r in records]
