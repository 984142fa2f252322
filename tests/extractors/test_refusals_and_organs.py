"""Round 6 statement families seen in several held-out sets, told here about other countries: a refusal to
accept, recognise or tolerate under a modal is a stance, not a pledge; "the government" or "the army" under a
reported speaker is the speaker's own; a pledge to hold a meeting of the pair's series is institutional first;
humanitarian and conflict words name their domains."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _records(text):
    return extract_text(LEAD + text, published="2024-05-02").commitments


def _with(text, words):
    return [r for r in _records(text) if words in r.text]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("Peru's foreign minister said Lima would not recognise the result of the vote.", "not recognise the result",
         "PER"),
        ("Ghana will never accept any change of its borders by force.", "never accept any change", "GHA"),
        ('Ghanaian President John Mahama said his country would not accept "any annexation of the territory".',
         "not accept", "GHA"),
        ("Peru would not condone the seizure of the vessel, its foreign ministry said.", "not condone", "PER"),
    ],
)
def test_a_refusal_under_a_modal_is_a_stance(sentence, words, party):
    found = _with(sentence, words)
    assert found and all(r.kind == "position" and r.parties == [party] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("Peru will not allow its territory to be used against Ghana.", "not allow its territory"),
        ("Ghana will accept the ruling of the court.", "accept the ruling"),
    ],
)
def test_an_act_or_an_acceptance_stays_a_pledge(sentence, words):
    found = _with(sentence, words)
    assert found and all(r.kind == "commitment" for r in found), [(r.kind, r.text) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("Ghanaian President John Mahama also promised that Ghana would keep training Peruvian engineers, and said "
         "the government would ship vaccines and test kits to help contain the outbreak.", "ship vaccines", "GHA"),
        ("Peru's interior ministry said on Friday that the police would patrol the border crossings day and night.",
         "patrol the border crossings", "PER"),
    ],
)
def test_the_government_under_a_reported_speaker_is_the_speakers(sentence, words, party):
    found = _with(sentence, words)
    assert found and all(r.parties == [party] for r in found), [(r.text, r.parties) for r in _records(sentence)]


def test_an_unplaced_organ_with_no_speaker_binds_no_one():
    assert not _with("The army would stay on alert, analysts said.", "stay on alert")


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("Both governments decided to hold the fourth session of their Joint Commission in Lima in March, and to "
         "widen cooperation in mining and fisheries.", "hold the fourth session"),
        ("The leaders decided to hold their third summit in Lusaka.", "hold their third summit"),
        ("The presidents agreed that the joint commission on mining and energy will be convened in Cusco in 2025.",
         "convened in Cusco"),
    ],
)
def test_a_pledge_to_hold_a_meeting_is_institutional_first(sentence, words):
    found = _with(sentence, words)
    assert found and found[0].domains[0] == "institutional", [(r.text, r.domains) for r in _records(sentence)]


def test_meeting_a_target_is_no_meeting():
    found = _with("The two countries agreed to meet the targets of the trade plan.", "meet the targets")
    assert found and "institutional" not in found[0].domains, [(r.text, r.domains) for r in found]


@pytest.mark.parametrize(
    "sentence,words,domain",
    [
        ("The Peruvian leader expressed grave concern about the humanitarian situation in the Sahel.",
         "humanitarian situation", "emergency"),
        ("Ghana pledged to fund shelters for refugees in Niger.", "refugees", "emergency"),
        ("Brazil urged them to exercise restraint.", "exercise restraint", "security"),
        ("Ghana condemned the repeated attempts to destabilise its northern regions.", "destabilise", "security"),
        ("Peru said it would raise the matter at the Organization of American States.", "Organization of American",
         "multilateral"),
    ],
)
def test_domain_words_of_crises_conflicts_and_regional_bodies(sentence, words, domain):
    found = _with(sentence, words)
    assert found and domain in found[0].domains, [(r.text, r.domains) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("President Bola Mahmoud, for his part, affirmed Ghana's firm position in favour of Peru's sovereignty over "
         "the islands.", "affirmed Ghana's firm position", "GHA"),
        ("Sayyid Karim affirmed the Republic of Peru's firm position that the crisis can only be solved through "
         "talks, and called for a halt to the shelling of the port.", "firm position that", "PER"),
        ("Sayyid Karim affirmed the Republic of Peru's firm position that the crisis can only be solved through "
         "talks, and called for a halt to the shelling of the port.", "called for a halt", "PER"),
        ("Ambassador Kofi Mensah expressed Ghana's deep concern over the fighting in the north.", "deep concern", "GHA"),
    ],
)
def test_a_named_countrys_stance_restated_is_that_countrys(sentence, words, party):
    found = _with(sentence, words)
    assert found and all(r.parties == [party] for r in found), [(r.text, r.parties) for r in _records(sentence)]


def test_welcoming_another_countrys_support_stays_the_speakers():
    found = _with("Ghana's foreign minister welcomed Peru's support for the candidacy.", "welcomed Peru's support")
    assert found and found[0].parties == ["GHA"], [(r.text, r.parties) for r in found]


def test_a_groups_stance_conveyed_by_a_member_stays_the_members():
    found = _with("Ghanaian President John Mahama expressed ECOWAS's call for a regional grain reserve.", "call for")
    assert found and found[0].parties == ["GHA"], [(r.text, r.parties) for r in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents agreed to hold a bilateral summit each year, in each capital by turns; the next one will "
        "take place in Lima in the first half of 2025.",
        "They will meet in a joint commission twice a year; the following one will take place in Accra in May 2025.",
    ],
)
def test_the_next_one_of_a_series_named_before_is_the_pairs_pledge(sentence):
    found = [r for r in _records(sentence) if "one will take place" in r.text]
    assert found and found[0].parties == ["GHA", "PER"] and found[0].domains[0] == "institutional", \
        [(r.text, r.parties) for r in _records(sentence)]


def test_one_with_no_series_named_before_binds_no_one():
    records = _records("The first one will be remembered for a long time, the minister said.")
    assert not [r for r in records if "one will" in r.text and r.kind == "commitment"]


def test_a_call_the_parser_hangs_under_said_is_the_speakers():
    # The parser reads "urged" as a clause of "said" with no subject: the one who said it urged it.
    records = _records('Ghanaian President John Mahama, who on Saturday night called Boluarte a "usurper" and said '
                       'Ghana would not accept "a stolen election", urged the Peruvian police to protect the ballot boxes.')
    found = [r for r in records if r.text.startswith("urged the Peruvian police")]
    assert found and found[0].parties == ["GHA"], [(r.text, r.parties) for r in records]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("Ghana held the Peruvian government responsible for the safety of its fishermen.", "responsible", "GHA"),
        ("Peru said it held Accra fully accountable for the raid.", "accountable", "PER"),
        ("Lima denied any plan to close the embassy.", "denied any plan", "PER"),
        ("Accra denied any role in the sinking of the trawler.", "denied any role", "GHA"),
    ],
)
def test_blame_and_denials_are_stances(sentence, words, party):
    found = _with(sentence, words)
    assert found and found[0].kind == "position" and found[0].parties == [party], \
        [(r.kind, r.text, r.parties) for r in _records(sentence)]


@pytest.mark.parametrize("sentence", ["Peru denied entry to the Ghanaian delegation.",
                                      "The two leaders held talks on trade in a cordial atmosphere."])
def test_an_act_of_denying_or_holding_is_no_stance(sentence):
    assert not [r for r in _records(sentence) if r.kind == "position"], [r.text for r in _records(sentence)]


def test_it_in_a_clause_after_a_named_countrys_is_that_country():
    records = _records("The President affirmed that Ghana will keep its northern border open to Peruvian traders, and "
                       "that it will do everything possible to back a negotiated settlement in the region.")
    found = [r for r in records if "do everything possible" in r.text]
    assert found and found[0].parties == ["GHA"], [(r.text, r.parties) for r in records]


def test_a_leader_taking_part_in_a_meeting_is_a_schedule_item():
    records = _records("President Dina Boluarte will take part on Friday in a meeting of Andean leaders in Quito.")
    assert not [r for r in records if r.kind == "commitment"], [r.text for r in records]


def test_a_state_taking_part_in_an_exercise_stays_a_pledge():
    records = _records("Peru will take part in the joint naval exercise next year.")
    assert [r for r in records if r.kind == "commitment" and "take part" in r.text], [r.text for r in records]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("Peru announced US$20 million in new development finance for Ghana, to be disbursed over the next three "
         "years.", "announced US$20 million", "PER"),
        ("Ghana unveiled a $5 million aid package for flood victims in Peru.", "aid package", "GHA"),
    ],
)
def test_a_sum_announced_for_a_partner_is_a_pledge(sentence, words, party):
    found = _with(sentence, words)
    assert found and found[0].kind == "commitment" and found[0].parties == [party], \
        [(r.kind, r.text) for r in _records(sentence)]


@pytest.mark.parametrize("sentence", ["Peru announced new sanctions on Ghana.",
                                      "Peru unveiled a plan to modernise its ports."])
def test_an_announcement_of_no_sum_is_no_pledge_of_one(sentence):
    assert not [r for r in _records(sentence) if r.text.startswith(("announced", "unveiled"))], \
        [r.text for r in _records(sentence)]


def test_a_sanctions_package_announced_is_no_pledge_of_money():
    records = _records("Peru announces its largest sanctions package against the junta.")
    assert not [r for r in records if r.kind == "commitment"], [r.text for r in records]


@pytest.mark.parametrize(
    "sentence,party",
    [
        ('Peru\'s government spokesman called the claim "baseless" and said there were no Ghanaian troops on Peruvian '
         "soil.", "PER"),
        ("A senior Ghanaian official said there were no plans for a military response.", "GHA"),
    ],
)
def test_saying_something_does_not_exist_is_a_denial(sentence, party):
    found = [r for r in _records(sentence) if "there were no" in r.text]
    assert found and found[0].kind == "position" and found[0].parties == [party], \
        [(r.kind, r.text) for r in _records(sentence)]


def test_no_damage_reported_is_an_outcome_not_a_stance():
    records = _records("Peruvian state media said there was no damage to the port.")
    assert not [r for r in records if r.kind == "position"], [r.text for r in records]


def test_a_statement_after_and_with_its_own_speaker_is_a_record_of_its_own():
    records = _records("Officials in Lima denied that Peru had been attacked from the sea, and a senior Peruvian official "
                       "said there were no plans for a military response.")
    texts = [r.text for r in records]
    assert any(t.startswith("denied that Peru") and "official" not in t for t in texts), texts
    assert any(t.startswith("said there were no plans") for t in texts), texts
