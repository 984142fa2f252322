"""Round 10 event shapes, in sentences written for other countries: supplies and money a country will
deliver or contribute are aid still to come; a headline's "slams" is a condemnation; "encourages X to"
is a request."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.planned) for e in events]


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Finland will deliver extra air defence components to Moldova by the end of the year.", {"FIN", "MDA"}),
        ("Denmark will deliver a new water purification system to Tuvalu.", {"DNK", "TUV"}),
        ("Sweden will contribute SEK 200 million to rebuild schools in Moldova.", {"SWE", "MDA"}),
    ],
)
def test_supplies_and_money_to_come_are_planned_aid(text, parties):
    events = _events(text)
    assert any(e.type == "AID" and set(e.parties) == parties and e.planned for e in events), _seen(events)


def test_delivering_a_speech_is_no_aid():
    events = _events("Finland's president will deliver a speech in Moldova.")
    assert not any(e.type == "AID" for e in events), _seen(events)


def test_headline_slams_is_a_condemnation():
    events = _events("Peru slams Bolivia's decision to close border crossings")
    assert any(e.type == "PROTEST" and set(e.parties) == {"PER", "BOL"} for e in events), _seen(events)


def test_encourages_to_act_is_a_request():
    events = _events("Chile encourages Peru and Bolivia to resume talks on the border dispute.")
    assert any(e.type == "REQUEST" and {"CHL", "PER"} <= set(e.parties) for e in events), _seen(events)


def test_feeling_encouraged_is_no_request():
    events = _events("Chile was encouraged by progress in Peru.")
    assert not any(e.type == "REQUEST" for e in events), _seen(events)


def test_the_secretary_general_speaks_for_the_un():
    # (a statement page of the United Nations: the office named alone is the organisation the text names)
    events = _events("Statement by the United Nations\n\nThe Secretary-General welcomes the agreement signed by Ghana "
                     "and Togo on their maritime border. "
                     "He urges both Governments to implement it in good faith.")
    assert any(e.type == "SUPPORT" and "UN" in e.parties for e in events), _seen(events)
    assert any(e.type == "REQUEST" and "UN" in e.parties for e in events), _seen(events)


def test_a_named_organisations_secretary_general_is_its_own():
    events = _events("NATO Secretary-General Mark Rutte praised Poland for its defence spending.")
    assert any(e.type == "SUPPORT" and "NATO" in e.parties and "UN" not in e.parties for e in events), _seen(events)


@pytest.mark.parametrize(
    "text,parties",
    [
        ("United Nations statement. The Secretary-General commends Ghana for its restraint.", {"UN", "GHA"}),
        ("Kenya welcomes the release of the hostages by Somalia.", {"KEN", "SOM"}),
        ("Chile acknowledges the earlier efforts of Argentina.", {"CHL", "ARG"}),
    ],
)
def test_a_courtesy_said_in_the_present_is_done(text, parties):
    events = _events(text)
    assert any(e.type == "SUPPORT" and parties <= set(e.parties) and not e.planned for e in events), _seen(events)


def test_a_present_stance_stays_no_event():
    events = _events("Kenya supports Somalia's territorial integrity.")
    assert not any(e.type == "SUPPORT" for e in events), _seen(events)


def test_encouraging_a_state_of_things_is_no_request():
    events = _events("Both ministers stressed the importance of encouraging open and prosperous societies in Fiji and Samoa.")
    assert not any(e.type == "REQUEST" for e in events), _seen(events)


def test_a_summit_held_at_an_office_is_a_meeting():
    events = _events("President Ruto held a summit with President Museveni at the President's Office in Kampala this afternoon.")
    assert any(e.type == "CONSULT" and set(e.parties) == {"KEN", "UGA"} for e in events), _seen(events)




def test_holding_office_is_no_meeting_pattern():
    from pactline.extractors.event_patterns import match_verb
    from pactline.language.analysis import load_model

    doc = load_model()("President Ruto has held office in Kenya since 2022.")
    held = next(t for t in doc if t.lower_ == "held")
    assert (match_verb(held) or {}).get("type") != "CONSULT"


def test_a_joint_news_conference_is_a_meeting():
    events = _events("Ghana and Togo signed a border accord on Monday. “We are neighbours,” Mahama said at a joint news conference.")
    conferences = [e for e in events if e.type == "CONSULT" and "joint news conference" in e.evidence[0].quote]
    assert conferences and set(conferences[0].parties) == {"GHA", "TGO"}, _seen(events)


def test_a_news_conference_alone_is_no_meeting():
    events = _events("Ghana closed its border with Togo on Monday, Mahama said at a news conference.")
    assert not any(e.type == "CONSULT" for e in events), _seen(events)


@pytest.mark.parametrize(
    "text,kind,parties",
    [
        ("Kenya and Tanzania agreed to begin negotiations on a free trade agreement.", "CONSULT", {"KEN", "TZA"}),
        ("Kenya and Uganda signed a trade accord on Monday. Kenya will open a new consulate in Gulu.", "COOPERATE", {"KEN", "UGA"}),
        ("Ghana and Nigeria signed a trade accord on Monday. Ghana will open a new High Commission in Abuja.", "COOPERATE", {"GHA", "NGA"}),
        ("Kenya will extend its medical visa facility to Ugandan nationals.", "COOPERATE", {"KEN", "UGA"}),
        ("Kenya and Uganda will launch a freight train service between Nairobi and Kampala.", "COOPERATE", {"KEN", "UGA"}),
    ],
)
def test_acts_of_cooperation_to_come(text, kind, parties):
    events = _events(text)
    assert any(e.type == kind and set(e.parties) == parties and e.planned for e in events), _seen(events)


def test_opening_an_inquiry_is_no_cooperation():
    events = _events("Ghana will open an inquiry into the shooting at the embassy in Lome.")
    assert not any(e.type == "COOPERATE" for e in events), _seen(events)


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Ethiopia says it hit rebel camps in Eritrea.", {"ETH", "ERI"}),
        ("Armenian and Azerbaijani troops exchanged heavy fire along the border.", {"ARM", "AZE"}),
        ("Azerbaijan said it had launched a military operation in Armenia on Tuesday.", {"AZE", "ARM"}),
    ],
)
def test_acts_of_force(text, parties):
    events = _events(text)
    assert any(e.type == "ASSAULT" and set(e.parties) == parties for e in events), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan exports hit a record high in Uganda.",
        "Kenya launched a joint rescue operation with Uganda after the floods.",
    ],
)
def test_no_act_of_force(text):
    events = _events(text)
    assert not any(e.type == "ASSAULT" for e in events), _seen(events)


def test_professionals_to_be_trained_are_aid():
    events = _events("Japan will train 500 Laotian health professionals.")
    assert any(e.type == "AID" and set(e.parties) == {"JPN", "LAO"} and e.planned for e in events), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warships dock in Karachi for three-day visit",
        "A Chinese navy flotilla docked in Karachi on Monday.",
        "The Chinese frigate arrived in Karachi on Monday.",
    ],
)
def test_warships_in_port_are_a_show_of_force(text):
    events = _events(text)
    assert any(e.type == "MOBILIZE" and {"CHN", "PAK"} <= set(e.parties) for e in events), _seen(events)
    assert not any(e.type == "CONSULT" for e in events), _seen(events)


def test_a_minister_arriving_still_visits():
    events = _events("China's foreign minister arrived in Karachi on Monday.")
    assert any(e.type == "CONSULT" for e in events), _seen(events)


def test_a_vow_that_the_foe_will_face_punishment_is_a_threat():
    events = _events('President Burhan of Sudan vowed that Chad would face "severe punishment".')
    assert any(e.type == "THREATEN" and set(e.parties) == {"SDN", "TCD"} for e in events), _seen(events)


def test_a_closure_announced_for_a_time_is_a_planned_sanction():
    events = _events("Bolivia announced that it would close two border crossings with Peru for 48 hours.")
    assert any(e.type == "SANCTION" and set(e.parties) == {"BOL", "PER"} and e.planned for e in events), _seen(events)
    assert not any(e.type == "THREATEN" for e in events), _seen(events)


def test_a_closure_held_out_stays_a_threat():
    events = _events("Bolivia warned that it would close its border with Peru.")
    assert any(e.type == "THREATEN" for e in events), _seen(events)


MEASURES = """Ghana imposes sanctions on Togo

ACCRA, Ghana - Monday, 6th May 2024

Following the Council's decision, Ghana applies these measures against Togo from today:

i. Closure of every land and sea crossing between Ghana and Togo;
ii. Suspension of trade and banking transactions with Togo;
iii. Freezing of Togolese state assets in banks in Ghana;
iv. Imposition of a ban on flights from Lome to Accra.
"""


def test_listed_measures_are_sanctions():
    events = [e for e in _events(MEASURES) if e.type == "SANCTION"]
    quotes = {e.evidence[0].quote.split(" of ")[0].strip(" iv.") for e in events if set(e.parties) == {"GHA", "TGO"}}
    assert {"Closure", "Suspension", "Freezing", "Imposition"} <= quotes, [(e.type, e.parties, e.evidence[0].quote) for e in events]


def test_a_measure_noun_inside_a_sentence_is_no_listed_measure():
    events = _events("Ghana and Togo discussed the closure of the border at their meeting on Monday.")
    assert not any(e.type == "SANCTION" for e in events), _seen(events)


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Qatar intends to supply Pakistan with 3 million tonnes of gas a year.", "COOPERATE"),
        ("Qatar will supply Pakistan with weapons.", "AID"),
    ],
)
def test_supplies_to_come(text, kind):
    events = _events(text)
    assert any(e.type == kind and set(e.parties) == {"QAT", "PAK"} and e.planned for e in events), _seen(events)


def test_encouraging_ones_own_firms_matches_no_request_pattern():
    from pactline.extractors.event_patterns import match_verb
    from pactline.language.analysis import load_model

    doc = load_model()("Kenya encourages its companies to invest in industrial parks in Uganda.")
    verb = next(t for t in doc if t.lower_ == "encourages")
    assert (match_verb(verb) or {}).get("type") != "REQUEST"


def test_a_meeting_ahead_of_a_pledged_summit_is_planned():
    events = _events("Kenya and Ghana held talks in Nairobi on Monday. Both leaders agreed to hold their next summit in "
                     "Ghana in 2026, preceded by a meeting of foreign ministers later this year.")
    later = [e for e in events if e.type == "CONSULT" and "preceded" in e.evidence[0].quote]
    assert later and all(e.planned for e in later), _seen(events)


def test_a_meeting_where_cooperation_was_agreed_stays_told():
    events = _events("Kenya and Ghana agreed to cooperate on fisheries during talks in Nairobi on Monday.")
    assert any(e.type == "CONSULT" and not e.planned for e in events) or not any(
        e.type == "CONSULT" for e in events), _seen(events)
