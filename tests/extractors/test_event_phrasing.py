"""Phrasing families of real diplomatic and conflict news, on sentences written for other countries: the
verb patterns and the learned typer together code each as a reader would."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


def _types(text, published="2024-05-08"):
    return {e.type for e in _events(text, published)}


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        # visits: state, official, working; arrivals, departures, "the visit began"
        ("The President of Botswana paid a State Visit to Namibia between 3 and 6 May.", "CONSULT", {"BWA", "NAM"}),
        ("The Prime Minister of Croatia arrived in Tirana on Monday for an official visit to Albania.", "CONSULT", {"HRV", "ALB"}),
        ("The Uruguayan foreign minister ended a working visit to Paraguay on Sunday.", "CONSULT", {"URY", "PRY"}),
        # meetings, talks, calls
        ("Iceland's prime minister met with the President of Estonia in Reykjavik.", "CONSULT", {"ISL", "EST"}),
        ("The President of Ghana held a telephone conversation with the President of Côte d'Ivoire.", "CONSULT", {"GHA", "CIV"}),
        # signings, exchanges, entry into force, conclusion of negotiations
        ("Malawi and Zambia inked a package of agreements on trade and energy.", "AGREE", {"MWI", "ZMB"}),
        ("Bulgaria and Romania formalized three accords on river transport.", "AGREE", {"BGR", "ROU"}),
        ("The investment treaty between Jordan and Tunisia entered into force on 2 May.", "AGREE", {"JOR", "TUN"}),
        ("Honduras and Guatemala concluded negotiations on a customs union.", "AGREE", {"HND", "GTM"}),
        # upgrades of relations
        ("Senegal and Portugal upgraded their relations to a strategic partnership.", "AGREE", {"SEN", "PRT"}),
        ("Ghana and Togo also announced upgrading their joint commission to the level of ministers.", "AGREE", {"GHA", "TGO"}),
        ("President Ruto hosted President Mahama at State House before the two heads of state went in for a bilateral meeting.",
         "CONSULT", {"KEN", "GHA"}),
        # congratulations, condolences, thanks, credentials
        ("The President of Austria extended congratulations to the President of Slovakia on his inauguration.", "SUPPORT", {"AUT", "SVK"}),
        ("The King of Norway sent condolences to the President of Chile after the wildfires.", "SUPPORT", {"NOR", "CHL"}),
        ("The Prime Minister of Samoa thanked New Zealand for its assistance after the storm.", "SUPPORT", {"WSM", "NZL"}),
        ("The new Ambassador of Kenya presented her credentials to the President of Finland.", "CONSULT", {"KEN", "FIN"}),
        # courtesies told with any light verb, praise, wreaths
        ("President Boric offered his congratulations to President Arce on his inauguration.", "SUPPORT", {"CHL", "BOL"}),
        ("The Emir of Qatar sent his condolences to the King of Morocco after the earthquake.", "SUPPORT", {"QAT", "MAR"}),
        ("The Prime Minister of Malta paid tribute to the Prime Minister of Cyprus for his leadership.", "SUPPORT", {"MLT", "CYP"}),
        ("Chancellor Scholz had warm words for Ghanaian President John Mahama.", "SUPPORT", {"DEU", "GHA"}),
        ("The President of Kenya laid a wreath at the National Heroes Acre in Harare, Zimbabwe.", "CONSULT", {"KEN"}),
        ("Ghana and Senegal reaffirmed their support for Mali's transition.", "SUPPORT", {"GHA", "SEN"}),
        # a visit told with "to be on"
        ("The President of Ghana is on a State visit to Senegal from 3 to 5 May 2024.", "CONSULT", {"GHA", "SEN"}),
        # drills: a country's own exercises mobilise; joint exercises are cooperation
        ("The Chinese military held exercises near Taiwan involving 20 warships.", "MOBILIZE", {"CHN"}),
        ("Indonesia and Australia held joint exercises in Darwin.", "COOPERATE", {"IDN", "AUS"}),
        ("Peru condemned the attack on its embassy in Quito.", "PROTEST", {"PER"}),
        # an act held out on a condition is a threat
        ("Kenya said it will withdraw its troops from Somalia unless the government pays their allowances.",
         "THREATEN", {"KEN", "SOM"}),
        # conflict and coercion
        ("Drone strikes on Somalia this morning killed four people.", "ASSAULT", {"SOM"}),
        ("Ecuador severed diplomatic relations with Nicaragua on Friday.", "SANCTION", {"ECU", "NIC"}),
        ("Latvia expelled two Belarusian diplomats.", "SANCTION", {"LVA", "BLR"}),
        ("Police in Caracas forced their way into the Argentine embassy.", "COERCE", {"VEN", "ARG"}),
        ("Japan lodged a protest with South Korea over the survey ship.", "PROTEST|ACCUSE", {"JPN", "KOR"}),
        ("Guyana accused Venezuela of moving troops to the border.", "ACCUSE", {"GUY", "VEN"}),
        ("The foreign ministry of Ghana strongly condemned the bombing of a market in Burkina Faso.", "PROTEST|ACCUSE", {"GHA"}),
    ],
)
def test_phrasing_family(text, etype, parties):
    # PLOVER 2.0 codes an official protest as ACCUSE (disapprove); the dev-set guide calls it PROTEST.
    events = [e for e in _events(text) if e.type in etype.split("|")]
    assert events, (text, [(e.type, e.summary) for e in _events(text)])
    assert parties <= set(events[0].parties)


def test_denouncing_an_attack_is_not_the_attack():
    assert "ASSAULT" not in _types("The government of Mali denounced the attack on its soldiers near the border with Niger.")


@pytest.mark.parametrize(
    "text,etype",
    [
        ("President Boric will pay a state visit to Uruguay in November.", "CONSULT"),
        ("Kenya will host the regional summit in November.", "CONSULT"),
        ("The Finnish president is set to meet the Prime Minister of Estonia on Thursday.", "CONSULT"),
        ("The King of Jordan invited the President of Ghana to visit Amman.", "CONSULT"),
        ("Mauritius and Seychelles will sign an agreement on fisheries next week.", "AGREE"),
        ("President Boric also renewed his invitation to President Lula to visit Chile as soon as possible.", "CONSULT"),
        ("We’ll be discussing the Ghanaian president’s visit to Togo at our briefing on Thursday.", "CONSULT"),
        ("Chile's foreign minister said: \"We'll meet the Peruvian foreign minister in Lima next month.\"", "CONSULT"),
        # an intention or preparation to act is a plan
        ("Mauritius and Seychelles intend to sign an agreement on fisheries in the coming weeks.", "AGREE"),
        ("Ghana and Togo are preparing to sign a border accord.", "AGREE"),
    ],
)
def test_planned_events_are_kept_as_planned(text, etype):
    planned = [e for e in _events(text) if e.planned]
    assert planned and planned[0].type == etype, [(e.type, e.planned, e.summary) for e in _events(text)]
    assert not any(e.type == "AGREE" and not e.planned for e in _events(text))


def test_a_planned_visit_is_not_an_agreement_or_a_commitment():
    extraction = extract_text("The Chilean president will pay a state visit to Peru in June.", published="2024-05-08")
    assert [e.type for e in extraction.events] == ["CONSULT"]
    assert extraction.events[0].planned


@pytest.mark.parametrize(
    "text,date",
    [
        ("Kenya and Ethiopia first signed a border agreement in 2009.", "2009"),
        ("Argentine forces seized the islands in 1982.", "1982"),
    ],
)
def test_history_is_background(text, date):
    events = _events(text)
    assert events and all(e.background for e in events), [(e.type, e.date, e.background) for e in events]
    assert events[0].date.startswith(date)


def test_news_of_the_day_is_not_background():
    events = _events("Peru and Bolivia signed a border agreement on Monday.")
    assert events and not any(e.background or e.planned for e in events)


@pytest.mark.parametrize(
    "text,words",
    [
        ("Kenya and Indonesia upgraded relations to a strategic partnership.", ["Kenya", "Indonesia", "upgraded", "strategic partnership"]),
        ("The two sides signed an agreement on trade in services.", ["signed", "agreement on trade in services"]),
    ],
)
def test_summary_names_actors_action_and_object(text, words):
    events = extract_text("Nairobi, 8 May 2024 — Kenyan and Ghanaian leaders met in Nairobi. " + text,
                          published="2024-05-08").events
    summary = events[-1].summary
    assert all(w in summary for w in words), summary
    assert not summary.lower().startswith("the two sides")


@pytest.mark.parametrize(
    "headline,types",
    [
        ("Chile and Peru Hold Summit and Agree on Reopening of Border\n\nSANTIAGO – The presidents met on Monday.",
         {"CONSULT", "AGREE"}),
        ("Ruto in Accra for First Kenya-Ghana Talks in Ten Years\n\nThe visit began on Sunday.", {"CONSULT"}),
    ],
)
def test_title_case_headlines_are_read(headline, types):
    events = _events(headline)
    first_line = headline.split("\n")[0]
    found = {e.type for e in events if e.evidence[0].quote in first_line}
    assert types <= found, [(e.type, e.parties, e.evidence[0].quote) for e in events]
    assert all(len(e.parties) == 2 for e in events if e.evidence[0].quote in first_line)


def test_headline_case_changes_only_the_parser_input():
    from pactline.language.headlines import parse_form

    line = "Chile and Peru Hold Summit and Agree on Reopening of Border"
    assert len(parse_form(line)) == len(line) and parse_form(line) != line
    assert parse_form("The presidents met on Monday in Lima.") == "The presidents met on Monday in Lima."


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Prime Minister Petr Fiala accepted the Polish invitation to visit Warsaw in the spring.", ["CZE", "POL"]),
        ("The Chilean President gratefully accepted the invitation to make an official trip to Argentina.", ["ARG", "CHL"]),
    ],
)
def test_an_accepted_invitation_is_agreed_now_and_the_visit_planned(text, parties):
    # accepting is agreeing to meet (AGREE, CAMEO 036), done now, as for a bare "accepted the invitation"
    events = _events(text)
    assert [(e.type, e.planned, e.parties) for e in events if e.planned] == [("CONSULT", True, parties)], [
        (e.type, e.planned, e.parties) for e in events]
    assert [e for e in events if e.type == "AGREE" and not e.planned], [(e.type, e.planned) for e in events]


@pytest.mark.parametrize(
    "text,pledged",
    [
        ("Latvia and Moldova agreed to meet again in Chisinau soon.", "CONSULT"),
        ("Chile and Peru agreed to hold the next bilateral summit in La Paz.", "CONSULT"),
    ],
)
def test_a_pledged_act_is_the_pledge_and_the_act_still_to_come(text, pledged):
    events = _events(text)
    assert events[0].type == "AGREE" and not events[0].planned, [(e.type, e.planned) for e in events]
    assert [e.type for e in events if e.planned] == [pledged], [(e.type, e.planned) for e in events]


def test_a_diplomatic_step_announced_ahead_is_planned():
    events = _events("Manila said it would summon Beijing's ambassador over the collision.")
    assert events and all(e.planned for e in events), [(e.type, e.planned) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Australia will provide A$ 8 million over three years for water projects in Samoa.",
        "Thailand will continue to grant 50 scholarships each year to Cambodian students.",
    ],
)
def test_aid_pledged_in_money_or_kind_is_a_planned_aid_event(text):
    assert [e.type for e in _events(text) if e.planned] == ["AID"], [(e.type, e.planned) for e in _events(text)]


@pytest.mark.xfail(strict=True, reason="known gap (rounds 12-13): 'a further round of negotiations is expected to take "
                   "place' gives no planned meeting once the round-13 exemplars that paraphrased lent holdouts were "
                   "withdrawn (they made it pass)")
def test_a_planned_occasion_told_by_its_noun_is_summarised_once():
    text = "Chile and Peru held talks in Lima on Monday. A further round of negotiations is expected to take place in Arica."
    planned = [e for e in _events(text) if e.planned]
    assert planned and planned[0].summary.count("take place") == 1, [e.summary for e in planned]


@pytest.mark.parametrize("accepting", ["President Mahama accepted the invitation.", "He accepted the invitation with thanks."])
def test_an_invitation_accepted_without_its_act_is_the_guests_planned_visit(accepting):
    text = ("Kenya and Ghana held talks in Nairobi on Monday. President Ruto invited President Mahama to pay a state "
            "visit to Kenya in 2025. " + accepting)
    last = [e for e in _events(text) if "accepted" in e.evidence[0].quote and e.type == "CONSULT"]
    assert last and all(e.planned and e.parties == ["GHA", "KEN"] for e in last), [
        (e.type, e.planned, e.parties) for e in last]


def test_an_invitation_accepted_in_the_passive_is_the_planned_visit_of_the_two():
    text = ("Kenya and Ghana held talks in Nairobi on Monday. President Ruto invited President Mahama to pay a state "
            "visit to Kenya next year. The invitation was accepted with pleasure.")
    last = [e for e in _events(text) if e.evidence[0].quote.startswith("The invitation")]
    assert [(e.type, e.planned, e.parties) for e in last if e.type == "CONSULT"] == [("CONSULT", True, ["GHA", "KEN"])]


@pytest.mark.parametrize(
    "text,date,expected",
    [
        ("Chile and Peru held their fifth Strategic Dialogue. The Dialogue, held on 3-4 March 2024 in Lima, covered "
         "trade and security.", "2024-03-03", True),
        # an organisation's summit the pair attended is not the pair's own meeting
        ("Chile and Peru signed a water accord on 8 March 2024, after the Mercosur Summit held in Asunción on 6 "
         "and 7 March.", None, False),
    ],
)
def test_the_pairs_own_meeting_told_by_held_is_dated_by_it(text, date, expected):
    events = [e for e in extract_text(text, published="2024-03-10").events if e.type == "CONSULT"
              and "held" in e.evidence[0].quote and e.date and e.date.startswith("2024-03-0")]
    found = [e for e in events if e.date == date and e.parties == ["CHL", "PER"]]
    assert bool(found) == expected, [(e.date, e.parties, e.summary) for e in events]


@pytest.mark.parametrize(
    "text,date",
    [
        # the pair's next meeting told in the passive, or convened by agreement, is planned and dated forward
        ("Kenya and Ghana held talks in Nairobi on 3 May 2024. The next session of the Joint Commission will be held "
         "in Accra in 2025.", "2025"),
        ("Kenya and Ghana held talks in Nairobi on 3 May 2024. The ministers agreed to convene the Joint Trade "
         "Committee in Accra in 2025.", "2025"),
        # a month of a planned meeting that has passed this year is next year's
        ("Kenya and Ghana held talks in Nairobi on 3 May 2024. The two presidents will meet again in Addis Ababa in "
         "February.", "2025-02"),
    ],
)
def test_the_pairs_next_meeting_is_planned_for_both(text, date):
    planned = [e for e in _events(text) if e.planned and e.type == "CONSULT"]
    assert planned and all(sorted(e.parties) == ["GHA", "KEN"] and e.date == date for e in planned), [
        (e.type, e.parties, e.date) for e in planned]


def test_holding_an_office_is_no_meeting():
    text = "Kenya and Ghana held talks in Nairobi on 3 May 2024. Ghana will hold the presidency of the council next year."
    assert [e for e in _events(text) if e.planned] == []


@pytest.mark.parametrize(
    "text",
    [
        # an occasion marked as still to come, welcomed or prepared for, is a planned meeting of the speakers
        "Chile and Peru held talks in Lima on Monday. They welcomed the forthcoming round of talks between their "
        "trade negotiators.",
        "Chile and Peru held talks in Lima on Monday. The two sides stressed close coordination ahead of the regional "
        "fisheries summit in 2027.",
        "Austria and Slovenia held talks in Vienna on Monday. The ministers welcomed the upcoming session of the "
        "joint border commission.",
    ],
)
def test_an_occasion_still_to_come_is_a_planned_meeting(text):
    events = [e for e in _events(text) if "Lima on Monday" not in e.evidence[0].quote
              and "Vienna on Monday" not in e.evidence[0].quote]
    assert events and all(e.planned for e in events if e.type == "CONSULT"), [(e.type, e.planned) for e in events]
    assert any(e.type == "CONSULT" and len(e.parties) == 2 for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text,parties",
    [
        # a summons told in the passive: the office one is summoned to acts, the envoy's country is the target
        ("The Togolese ambassador was summoned to the Ghanaian foreign ministry on Monday.", ["GHA", "TGO"]),
        ("Peru's charge d'affaires was summoned to the Bolivian foreign ministry over the remarks.", ["BOL", "PER"]),
    ],
)
def test_a_summons_in_the_passive_is_the_summoning_country_s_act(text, parties):
    # a summons is a protest lodged with the envoy (PROTEST, as the labelling guide has it)
    events = [e for e in _events(text) if e.type == "PROTEST"]
    assert events and events[0].parties == parties and events[0].target_actor.country != events[0].source_actor.country, [
        (e.type, e.parties) for e in _events(text)]


def test_a_welcome_in_the_passive_is_the_hosts_act():
    text = ("Chile and Peru signed accords on Monday. President Boric was received with a guard of honour at "
            "the Palacio de Gobierno in Lima.")
    hosted = [e for e in _events(text) if e.mode == "host"]
    assert hosted and hosted[0].parties == ["CHL", "PER"], [(e.type, e.mode, e.parties) for e in _events(text)]
    assert hosted[0].source_actor.country == "PER" and hosted[0].target_actor.country == "CHL"


def test_an_occasion_followed_by_another_counts_both():
    text = ("Kenya and Ghana signed accords on Monday. In Accra the two presidents held a one-on-one meeting followed "
            "by a working lunch with both delegations.")
    meetings = [e for e in _events(text) if e.type == "CONSULT" and "Accra" in e.evidence[0].quote]
    assert len(meetings) == 2 and all(e.parties == ["GHA", "KEN"] for e in meetings), [
        (e.type, e.mode, e.parties) for e in _events(text)]


_DISPUTE = "Guatemala and Belize have disputed the border for years. "


@pytest.mark.parametrize(
    "sentence,etype,parties",
    [
        # forced entry into premises is coercion of the country they belong to
        ("Guatemalan soldiers forced their way into the Belizean consulate in Flores late on Friday.", "COERCE",
         ["BLZ", "GTM"]),
        ("Protesters broke into the Belizean embassy in Guatemala City on Sunday.", "COERCE", ["BLZ", "GTM"]),
        # a participle after a past verb reports an act done then too
        ("Belize condemned the incursion on Saturday, urging Guatemala to respect international law.", "REQUEST",
         ["BLZ", "GTM"]),
        # in a report about two countries, a protest aimed at no one named is aimed at the other, not at home
        ("Belize condemned the incursion on Saturday.", "PROTEST", ["BLZ", "GTM"]),
    ],
)
def test_conflict_wording_between_two_countries(sentence, etype, parties):
    events = [e for e in _events(_DISPUTE + sentence) if e.type == etype and "disputed" not in e.evidence[0].quote]
    assert events and events[0].parties == parties, [(e.type, e.parties) for e in _events(_DISPUTE + sentence)]


@pytest.mark.parametrize(
    "sentence,etype",
    [
        # a feeling stated about the relationship: approval or concern, whichever verb tells it
        ("The two sides expressed delight at the steady growth of trade.", "SUPPORT"),
        ("The Parties noted with satisfaction that two-way trade exceeded 5 billion dollars.", "SUPPORT"),
        ("The ministers acknowledged with appreciation the help given after the floods.", "SUPPORT"),
        ("The ministers noted with concern the rise in smuggling across the border.", "ACCUSE"),
    ],
)
def test_approval_and_concern_noted_or_expressed(sentence, etype):
    events = [e for e in _events("Chile and Peru held talks on Monday. " + sentence) if "held talks" not in e.evidence[0].quote]
    assert events and events[0].type == etype and events[0].parties == ["CHL", "PER"], [(e.type, e.parties) for e in events]


@pytest.mark.parametrize("title", ["Ghana, Togo sign border pact", "Kenyan and Ugandan leaders sign oil pipeline deal"])
def test_a_headline_in_sentence_case_tells_a_past_act(title):
    text = f"{title}\n\nACCRA, May 7 (Reuters) - The two presidents met in Accra on Tuesday."
    events = [e for e in _events(text) if e.evidence[0].quote == title]
    assert events and events[0].type == "AGREE" and not events[0].planned, [(e.type, e.evidence[0].quote) for e in _events(text)]
