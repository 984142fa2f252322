"""Round 14 stance shapes, each written from the labelling guide's definitions about other countries: a hope that a
trouble will be settled, a second content clause beside a pledge, a name the parser splits, passive measures and
phone calls that state nothing, lead-ins and background labels, a surname as an interview's speaker label."""

import pytest

from tests.helpers import extract_text


def _records(text, published="2024-05-02"):
    return [(r.kind, sorted(r.parties)) for r in extract_text(text, published=published).commitments]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Ljubljana lodged its objections on Tuesday and hopes the quota quarrel with Croatia will be solved by "
         "arbitration.", ["SVN"]),
        ("The Hungarian minister said Budapest hoped the pipeline dispute would be resolved soon.", ["HUN"]),
        ("Peru hopes that the quarrel over the anchovy quotas will be resolved by arbitration.", ["PER"]),
    ],
)
def test_a_hope_that_a_trouble_is_settled_is_a_stance(sentence, parties):
    assert _records(sentence) == [("position", parties)]


def test_a_hope_for_anothers_fortune_stays_nothing():
    assert _records("Uruguay hopes that Paraguay will continue to prosper and grow stronger.") == []


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The Brazilian minister stressed that the Mercosur talks had been difficult, and that Brazil will publish its "
         "tariff offer in May.", ["BRA"]),
        ("Morocco stressed that the Atlantic corridor serves the whole region, and that it will open a port office in "
         "Nouakchott.", ["MAR"]),
    ],
)
def test_a_stance_beside_a_pledge_in_a_second_clause_stands(sentence, parties):
    kinds = _records(sentence)
    assert ("position", parties) in kinds and ("commitment", parties) in kinds, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Côte d'Ivoire welcomed Liberia's decision to reopen the border market at Toulepleu.",
        "Côte d'Ivoire condemned the attack on its consulate in Accra.",
    ],
)
def test_a_name_whose_first_word_the_parser_leaves_unattached_holds_the_stance(sentence):
    # (the bundled parser splits this name alone of the accented names tried; the repair reads any such name)
    assert _records(sentence) == [("position", ["CIV"])]


@pytest.mark.parametrize(
    "sentence,twin",
    [
        ("Under the new rules, foreign fishing crews shall be denied shore leave in Riga.",
         "Latvia denied the reports about foreign fishing crews in Riga."),
        ("The journalists were denied entry into Tajikistan at the airport.",
         "Tajikistan denied the reports about the journalists at the airport."),
        ("Riga's mayor rang the Estonian ambassador, and the Latvian premier called his Estonian counterpart on Monday.",
         "The Latvian premier called on his Estonian counterpart on Monday to reopen the ferry line."),
    ],
)
def test_a_measure_on_someone_or_a_phone_call_states_no_stance(sentence, twin):
    """Each sentence states nothing; its twin, differing in the one feature the rule reads (an active denial, a
    call on a party), is a stance."""
    assert _records("Latvia and Tajikistan held talks. " + sentence) == []
    assert [kind for kind, _parties in _records("Latvia and Tajikistan held talks. " + twin)] == ["position"]


def test_a_summons_with_its_purpose_is_a_stance():
    text = "Peru called Chile's ambassador to the ministry on Monday to protest the new map."
    assert _records(text) == [("position", ["PER"])]


def test_a_denial_by_a_named_party_stays_a_stance():
    assert _records("The claims of espionage were denied by Latvia.") == [("position", ["LVA"])]


@pytest.mark.parametrize(
    "sentence,twin",
    [
        ("Both premiers welcomed the results listed below:", "Both premiers welcomed the results of the talks."),
        ("Background: last month Chile closed its consulate in Tacna and asked Peru to pay for the damage.",
         "Last month Chile closed its consulate in Tacna and asked Peru to pay for the damage."),
        ("Context: Peru accused Chile of spying on its navy.", "Peru accused Chile of spying on its navy."),
    ],
)
def test_lead_ins_and_background_labels_state_nothing(sentence, twin):
    """Each lead-in or labelled line states nothing; its twin without the colon or the label is a stance."""
    assert _records("Chile and Peru held talks. " + sentence) == []
    assert [kind for kind, _parties in _records("Chile and Peru held talks. " + twin)] == ["position"]


def test_a_call_upon_others_is_a_call():
    assert _records("Chile called upon all parties to show restraint on the border.") == [("position", ["CHL"])]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Lithuania handed the Belarusian charge d'affaires a note demanding an explanation for the balloon incursions.",
         ["LTU"]),
        ("The Estonian ministry sent Latvia a letter urging a swift investigation of the border raid.", ["EST"]),
    ],
)
def test_what_a_sent_message_asks_is_the_senders_stance(sentence, parties):
    assert _records(sentence) == [("position", parties)]


def test_a_message_received_states_nothing_of_the_receiver():
    assert _records("Latvia received a note demanding an apology for the border incident.") == []


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ('The Nigerien junta called the French claims "absurd".', ["NER"]),
        ('Chad\'s government called the charges "false" on Sunday.', ["TCD"]),
    ],
)
def test_a_quoted_predicate_after_the_named_thing_is_a_judgement(sentence, parties):
    assert _records("Niger and Chad held talks. " + sentence) == [("position", parties)]


@pytest.mark.parametrize(
    "sentence,holder",
    [
        ("Peru's president called for the Andean bloc to cut its common tariff, a position Bolivia has long resisted.",
         ["PER"]),
        ("Ghana's president called for ECOWAS to lift the sanctions, a proposal Togo welcomed.", ["GHA"]),
    ],
)
def test_a_call_for_others_to_act_stays_a_call_beside_a_named_stance(sentence, holder):
    assert ("position", holder) in _records(sentence)


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Fiji's cabinet approved the new fisheries law, the Fijian government said. Government spokesman Tom Rabuka "
         "said the law was vital for coastal villages.", ["FJI"]),
        ("Laos has asked Thailand to explain the closure of the bridge, the Lao government said. A government spokesperson "
         "said the closure was unacceptable.", ["LAO"]),
    ],
)
def test_an_unplaced_government_title_speaks_for_the_country_named_last(text, parties):
    assert ("position", parties) in _records(text), _records(text)


def test_a_government_title_with_its_country_keeps_it():
    text = ("Guinea has protested to Mali over a border raid. Malian government spokesman Issa Konate rejected the "
            "protest as baseless.")
    assert ("position", ["MLI"]) in _records(text)


def test_a_day_before_the_subject_is_no_part_of_its_name():
    assert _records("Monday Ghana said it would reopen the border with Togo.") == [("commitment", ["GHA"])]


@pytest.mark.parametrize(
    "headline",
    [
        '"Our ports stay open to Bolivian cargo": Foreign Minister Ana Lucia Ramos\n\nInterview | Published 12/03/2025',
        "Talking trade with Foreign Minister Ana Lucia Ramos\nQuestions and answers edition",
    ],
)
def test_an_interviewees_name_ends_at_its_line(headline):
    text = (f"{headline}\n\nPeru's Foreign Minister Ana Lucia Ramos spoke to this newspaper about ties with Bolivia."
            "\n\nQ: What comes next?\n\n"
            "A: We urge Bolivia to lift the new customs fees without delay.\n")
    assert ("position", ["PER"]) in _records(text), _records(text)
