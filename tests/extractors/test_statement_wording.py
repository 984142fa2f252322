"""Pledges and stances as unseen joint statements, readouts and wire reports word them, on sentences written for
country pairs outside the dev sets (Peru, Bolivia, Mongolia, Nepal, Senegal, Mali, Zambia, Malawi, Portugal,
Angola, Sri Lanka, the Maldives, Uruguay, Paraguay, Estonia, Latvia)."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Peru and Bolivia held talks in Lima on Monday. "

PAIR = "President Ruto of Kenya held talks with President Mahama of Ghana in Nairobi on Monday. "


def _records(sentence, published="2024-05-02", context=CONTEXT):
    return extract_text(context + sentence, published=published).commitments


def _kinds(records):
    return sorted(r.kind for r in records)


# -- headlines: a news headline states the story's pledges and stances; each is a mention of its own


@pytest.mark.parametrize(
    "text,parties,count",
    [
        ("Peru, Bolivia agree to reopen border crossing, expand rail link\nLIMA, May 2 (Reuters) - Peru and Bolivia on "
         "Monday agreed to reopen the Desaguadero border crossing, officials said.\n", ["BOL", "PER"], 2),
        ("Mongolia and Nepal Agree to Open Direct Flights\nULAANBAATAR, May 2 - Mongolia and Nepal agreed on Monday to "
         "open direct flights between their capitals.\n", ["MNG", "NPL"], 1),
        ("Senegal, Mali agree to finish Dakar-Bamako railway by 2027\nDAKAR, May 2 - The presidents of Senegal and Mali "
         "on Monday vowed to finish the railway by 2027.\n", ["MLI", "SEN"], 1),
    ],
)
def test_a_headline_states_its_pledges(text, parties, count):
    records = extract_text(text, published="2024-05-02").commitments
    first_line = text.split("\n")[0]
    headline = [r for r in records if r.evidence[0].quote == first_line]
    assert len(headline) == count and all(r.kind == "commitment" and r.parties == parties for r in headline), [
        (r.kind, r.parties, r.text, r.evidence[0].quote) for r in records]


@pytest.mark.parametrize(
    "sentence,count",
    [
        ("Zambia and Malawi agreed to reopen borders and upgrade the Mchinji road.", 2),
        ("The two sides agreed to deepen and expand cooperation in mining.", 1),
        ("Portugal and Angola will open new consulates and expand direct flights.", 2),
    ],
)
def test_a_verb_with_its_own_object_is_a_pledge_of_its_own(sentence, count):
    assert len([r for r in _records(sentence) if r.kind == "commitment"]) == count, [r.text for r in _records(sentence)]


# -- a pledge coordinated with a stance although the parser hangs it inside the stance's clause


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The ministers noted with satisfaction that trade between Zambia and Malawi grew by a third in 2023 and agreed "
         "to double it by 2030.", ["MWI", "ZMB"]),
        ("The two presidents expressed satisfaction at the momentum that the Portugal-Angola partnership has gained "
         "and agreed to hold annual summits.", ["AGO", "PRT"]),
        ("Estonia and Latvia welcomed the progress that the Rail Baltica project has made and pledged to open the line "
         "by 2030.", ["EST", "LVA"]),
    ],
)
def test_a_pledge_coordinated_with_a_stance_keeps_both(sentence, parties):
    records = _records(sentence, context="")
    assert _kinds(records) == ["commitment", "position"], [(r.kind, r.parties, r.text) for r in records]
    assert all(r.parties == parties for r in records), [(r.kind, r.parties, r.text) for r in records]


def test_a_pledge_reported_of_another_party_stays_its_own():
    records = _records("The minister said that Bolivia has signed the protocol and agreed to open a consulate in Tacna.")
    pledges = [r for r in records if r.kind == "commitment"]
    assert pledges and pledges[0].parties == ["BOL"], [(r.kind, r.parties, r.text) for r in records]


# -- an infinitive list whose later items the parser hangs on the first item


@pytest.mark.parametrize(
    "sentence,texts",
    [
        ("Both sides agreed to strive to raise bilateral trade to US$ 2 billion by 2028, to modernise the Chirundu "
         "border post, and to open a second crossing at Kazungula by the end of 2025.",
         ["strive to raise bilateral trade", "modernise the Chirundu border post", "open a second crossing"]),
        ("The ministers agreed to work to expand fisheries cooperation, to reopen the consulate in Luanda, and to "
         "resume direct flights.", ["work to expand fisheries", "reopen the consulate", "resume direct flights"]),
    ],
)
def test_later_items_of_an_infinitive_list_are_pledges(sentence, texts):
    records = [r for r in _records(sentence) if r.kind == "commitment"]
    assert len(records) == len(texts), [r.text for r in records]
    for record, text in zip(records, texts, strict=True):
        assert record.text.startswith(text), [r.text for r in records]


def test_an_infinitive_after_a_comma_alone_says_what_the_pledge_is_for():
    records = [r for r in _records("The two sides agreed to increase weekly flights, to boost tourism.") if r.kind == "commitment"]
    assert len(records) == 1, [r.text for r in records]


# -- a judgement told by naming


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Peruvian President Dina Boluarte called the closure of the border \"an unfriendly act\" and said talks would "
         "continue.", ["PER"]),
        ("The Bolivian foreign ministry issued a statement on Tuesday, calling the arrests \u201ca flagrant violation of "
         "consular law\u201d.", ["BOL"]),
        ("Bolivia's foreign minister described the fishing ban as an attack on the livelihoods of its people.", ["BOL"]),
        ("Peru branded the referendum illegal.", ["PER"]),
    ],
)
def test_a_judgement_told_by_naming_is_a_stance(sentence, parties):
    stances = [r for r in _records(sentence) if r.kind == "position"]
    assert stances and stances[0].parties == parties, [(r.kind, r.parties, r.text) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian president called the meeting to order.",
        "Bolivia named its former trade minister ambassador to Lima.",
        "The two ministers described the progress of the railway project in detail.",
    ],
)
def test_naming_without_a_judgement_is_no_stance(sentence):
    assert not [r for r in _records(sentence) if r.kind == "position"], [r.text for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Bolivia's defence minister warned that Peru would face consequences if its troops crossed the river.", ["BOL"]),
        ("The Peruvian government said on Sunday, warning that the smugglers would pay a heavy price.", ["PER"]),
    ],
)
def test_a_warning_of_consequences_is_a_threat(sentence, parties):
    records = _records(sentence)
    assert [r.kind for r in records] == ["commitment"] and records[0].parties == parties, [
        (r.kind, r.parties, r.text) for r in records]


def test_a_threat_coordinated_with_a_judgement_stands_beside_it():
    records = _records("The attacks were unprovoked, Bolivian spokesman Carlos Mamani said, calling them \u201can act of "
                       "aggression\u201d and warning that Peru would face \u201cconsequences it cannot control\u201d.")
    assert _kinds(records) == ["commitment", "position"], [(r.kind, r.parties, r.text) for r in records]


# -- what a named other must do is the speaker's demand


@pytest.mark.parametrize(
    "sentence,parties,count",
    [
        ("Both sides emphasised that Paraguay must not be rewarded for its blockade and that peace must be lasting.",
         ["BOL", "PER"], 2),
        ("\u201cParaguay must lift the blockade at once,\u201d the Bolivian foreign minister said.", ["BOL"], 1),
        ("The Peruvian president stressed that Uruguay should withdraw its troops from the border.", ["PER"], 1),
    ],
)
def test_what_a_named_other_must_do_is_a_demand(sentence, parties, count):
    records = _records(sentence)
    assert len(records) == count and all(r.kind == "position" and r.parties == parties for r in records), [
        (r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The two sides agreed that they should hold annual consultations.", ["BOL", "PER"]),
    ],
)
def test_what_the_parties_themselves_should_do_stays_a_pledge(sentence, parties):
    records = _records(sentence)
    assert [r.kind for r in records] == ["commitment"] and records[0].parties == parties, [
        (r.kind, r.parties, r.text) for r in records]


# -- the pair's next meeting, a project an official announces, officials acting on what the parties agreed


@pytest.mark.parametrize(
    "sentence,parties,deadline,words",
    [
        ("The next Joint Commission will be held in La Paz in 2025.", ["BOL", "PER"], "2025", "Joint Commission"),
        ("The fifth session of the bilateral council will be convened in Lima before the end of the year.",
         ["BOL", "PER"], "2024", "session"),
        ("Bolivian President Luis Arce said the Desaguadero bridge would be completed within two years.", ["BOL"], "2026-05",
         "bridge"),
        ("Peruvian President Dina Boluarte said the border crossings would reopen within 90 days.", ["PER"], "2024-07-31",
         "crossings"),
        ("Bolivian President Luis Arce thanked his guest and said the gas pipeline would be finished by 2027.", ["BOL"], "2027",
         "pipeline"),
        ("The two presidents agreed that officials will draft an action plan on fisheries.", ["BOL", "PER"], None,
         "action plan"),
    ],
)
def test_pledges_told_through_a_meeting_a_project_or_officials(sentence, parties, deadline, words):
    records = [r for r in _records(sentence) if r.kind == "commitment"]
    assert records and records[0].parties == parties and records[0].deadline == deadline, [
        (r.kind, r.parties, r.deadline, r.text) for r in _records(sentence)]
    assert words in records[0].text


@pytest.mark.parametrize(
    "sentence",
    [
        "The G20 summit will be held in Rio de Janeiro in November.",
        "Analysts said the refinery would be completed within three years.",
        "The pipeline will be completed within two years.",
        "The Peruvian president will attend the summit in Brasilia on Friday.",
    ],
)
def test_a_meeting_or_project_nobody_of_the_pair_announces_binds_no_one(sentence):
    assert not [r for r in _records(sentence) if r.kind == "commitment"], [(r.parties, r.text) for r in _records(sentence)]


# -- a fact told is no stance


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's defence ministry confirmed that it had carried out strikes on smuggling camps near the border.",
        "The two ministers welcomed the new ferry service, noting that Bolivia has become Peru's third trading partner.",
        "The Bolivian government confirmed that the talks took place in Lima.",
    ],
)
def test_a_fact_confirmed_or_noted_is_no_stance(sentence):
    stances = [r for r in _records(sentence) if r.kind == "position"]
    assert len(stances) == (1 if "welcomed" in sentence else 0), [r.text for r in stances]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers confirmed that bilateral relations are developing well.",
        "The two sides noted with satisfaction that trade grew by a fifth in 2023.",
        "Bolivia noted that the blockade was illegal.",
    ],
)
def test_a_judgement_confirmed_or_noted_is_a_stance(sentence):
    assert [r.kind for r in _records(sentence)] == ["position"], [r.text for r in _records(sentence)]


# -- stances of conflict and wire reports; agreements on what will happen; the pair's next meeting by number


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana recalled its envoy, accusing Kenya of backing the rebels.",
        "Kenya denied that the flight ban had anything to do with the border dispute.",
        "President Mahama renewed Ghana's rejection of any attempt to partition Somalia.",
        "Kenya's embassy in Accra said it was seriously concerned.",
    ],
)
def test_accusations_denials_renewed_rejections_and_concern_are_stances(sentence):
    records = _records(sentence, context=PAIR)
    assert [r.kind for r in records if r.evidence[0].start >= len(PAIR)] == ["position"], [r.text for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed that joint customs checks at the border posts will continue.",
        "The leaders agreed that the joint commission would meet twice a year.",
        "The next Binational Commission will be held in Accra in 2025.",
        "The XII Binational Commission will be held in Accra in 2025.",
        "Both leaders agreed that the gas pipeline must be operational by 2027.",
        "The next Joint Permanent Commission of Kenya and Ghana will be held in Accra early next year.",
    ],
)
def test_what_the_pair_agrees_will_happen_binds_both(sentence):
    records = [r for r in _records(sentence, context=PAIR) if r.evidence[0].start >= len(PAIR)]
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["GHA", "KEN"])], [(r.kind, r.parties, r.text) for r in records]


def test_agreeing_on_a_judgement_stays_a_stance():
    records = [r for r in _records("The leaders agreed that the talks were constructive.", context=PAIR)
               if r.evidence[0].start >= len(PAIR)]
    assert [r.kind for r in records] == ["position"]


@pytest.mark.parametrize(
    "sentence,kept",
    [
        ("Djibouti cut diplomatic ties with Eritrea in March 2019, accusing it of arming rebels in the north.", False),
        ("In 2019 Kenya said it was seriously concerned about the maritime case.", False),
        ("Somalia recalled its envoy on Sunday, accusing Kenya of interfering in its affairs.", True),
        ("The leaders reaffirmed the principles of the Joint Declaration signed in 2015.", True),
        ("The leaders welcomed the 2015 accord on fisheries.", True),
    ],
)
def test_a_stance_its_clause_dates_years_back_is_history(sentence, kept):
    context = "Kenya and Somalia reopened their border on Monday. "
    stances = [r for r in _records(sentence, published="2024-06-28", context=context) if r.kind == "position"]
    assert bool(stances) == kept, [r.text for r in stances]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year Bolivia agreed to invest $3 billion in the port of Ilo.",
        "Boric broke off relations with Lima in February 2019 after the Peruvian government backed an attempt to oust him.",
    ],
)
def test_a_pledge_or_stance_under_a_clause_dated_years_back_is_history(sentence):
    records = [r for r in _records(sentence, published="2024-06-28") if r.evidence[0].start >= len(CONTEXT)]
    assert not records, [(r.kind, r.text) for r in records]


def test_will_not_be_deterred_is_resolve_not_a_pledge():
    records = [r for r in _records('"We will not be deterred," the Bolivian minister said.')
               if r.evidence[0].start >= len(CONTEXT)]
    assert [r.kind for r in records] == ["position"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers expressed delight at the steady growth of trade.",
        "The Bolivian minister raised the importance of cooperation against cocaine trafficking.",
    ],
)
def test_delight_and_raised_importance_are_stances(sentence):
    records = [r for r in _records(sentence) if r.evidence[0].start >= len(CONTEXT)]
    assert [r.kind for r in records] == ["position"], [(r.kind, r.text) for r in records]


def test_a_declarations_subjectless_item_is_held_by_both():
    opening = ("Joint Declaration of Latvia and Moldova\n\nRiga, 12 March 2024\n\nThe President of Latvia and the "
               "President of Moldova, meeting in Riga on 12 March 2024:\n\n")
    item = "Reaffirmed their steadfast commitment to each other's independence and territorial integrity;"
    records = [c for c in extract_text(opening + item, published=None).commitments if c.evidence[0].start >= len(opening)]
    assert [(r.kind, r.parties) for r in records] == [("position", ["LVA", "MDA"])], [(r.kind, r.parties) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed that such border incidents must never be allowed to happen again.",
        "The leaders agreed that Sudan's army must withdraw from the border zone by June.",
    ],
)
def test_what_must_happen_without_a_deadline_or_by_a_named_other_stays_a_stance(sentence):
    records = [r for r in _records(sentence, context=PAIR) if r.evidence[0].start >= len(PAIR)]
    assert [r.kind for r in records] == ["position"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The Bolivian minister affirmed his country's keenness to keep deepening ties with Peru.", "position"),
        ("The Bolivian minister expressed Bolivia's eagerness to expand trade with Peru.", "position"),
        ("The Bolivian minister affirmed Bolivia's readiness to expand trade with Peru.", "commitment"),
    ],
)
def test_keenness_is_an_aspiration_readiness_binds(sentence, kind):
    records = [r for r in _records(sentence) if r.evidence[0].start >= len(CONTEXT)]
    assert [r.kind for r in records] == [kind], [(r.kind, r.text) for r in records]
