"""More phrasing families of readouts, joint statements and conflict news, each on a sentence written for
other countries: concurrence and decisions, thanks and satisfaction, reviews of relations, sanctions
announced, expulsions by declaration, and the coercion and assault verbs wire reports use."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        # agreement told as concurrence, decision, elevation, sealing
        ("The Prime Minister of Greece and the President of Cyprus concurred to deepen energy cooperation.", "AGREE", {"GRC", "CYP"}),
        ("The leaders of Chile and Peru decided to elevate relations to a strategic partnership.", "AGREE", {"CHL", "PER"}),
        ("Morocco sealed a defence deal with Portugal on Tuesday.", "AGREE", {"MAR", "PRT"}),
        # thanks, satisfaction, condolences, welcome of an act
        ("The President of Ghana expressed gratitude to the President of Togo for his hospitality.", "SUPPORT", {"GHA", "TGO"}),
        ("The Kenyan president conveyed his condolences to the President of Malawi.", "SUPPORT", {"KEN", "MWI"}),
        ("The Prime Minister of Estonia appreciated Finland's assistance during the storm.", "SUPPORT", {"EST", "FIN"}),
        ("Canada welcomed Mexico's decision to join the initiative.", "SUPPORT", {"CAN", "MEX"}),
        # reviewing relations, touching on issues, addressing a parliament
        ("The President of Brazil and the President of Argentina reviewed bilateral relations.", "CONSULT", {"BRA", "ARG"}),
        ("The Norwegian prime minister addressed a joint session of the Polish parliament.", "CONSULT", {"NOR", "POL"}),
        ("The Kenyan president greeted his Ghanaian counterpart at State House in Nairobi.", "CONSULT", {"KEN", "GHA"}),
        # sanctions announced, expulsions declared, concern expressed
        ("Australia announced new sanctions against Iran on Monday.", "SANCTION", {"AUS", "IRN"}),
        ("Peru broke off diplomatic relations with Bolivia on Friday.", "SANCTION", {"PER", "BOL"}),
        ("Kinshasa ordered Uganda's ambassador to leave the country within 48 hours.", "SANCTION", {"COD", "UGA"}),
        # a meal offered in a visitor's honour is hosting, not an offer to agree
        ("The President of Ghana offered a state banquet in honour of the President of Togo.", "CONSULT", {"GHA", "TGO"}),
        ("Lithuania declared persona non grata two diplomats of Belarus.", "SANCTION", {"LTU"}),
        ("Uruguay expressed concern about Venezuela's detention of opposition figures.", "ACCUSE", {"URY", "VEN"}),
        # closing a border, airspace or a mission, suspending flights or visas
        ("Uganda closed its border with Kenya on Monday.", "SANCTION", {"UGA", "KEN"}),
        ("Algeria shut its airspace to Moroccan aircraft.", "SANCTION", {"DZA", "MAR"}),
        ("Eritrea suspended flights to Ethiopia on Friday.", "SANCTION", {"ERI", "ETH"}),
        # drills launched alone are a show of force; launched jointly they are cooperation
        ("Belarus launched military drills near its border with Lithuania on Monday.", "MOBILIZE", {"BLR", "LTU"}),
        ("Kenya and Tanzania launched joint naval drills on Monday.", "COOPERATE", {"KEN", "TZA"}),
        # strikes told through a light verb
        ("Turkey carried out air strikes on Kurdish positions in northern Iraq on Tuesday.", "ASSAULT", {"TUR", "IRQ"}),
        ("Israel conducted drone strikes inside Syria overnight.", "ASSAULT", {"ISR", "SYR"}),
        # coercion and assault verbs of wire reports
        ("Ethiopian troops captured a town held by Eritrean forces.", "ASSAULT", {"ETH"}),
        ("Gunmen tried to assassinate the governor of a province of Nigeria on Sunday.", "ASSAULT", {"NGA"}),
        ("Colombian bulldozers demolished houses built by Venezuelan migrants.", "COERCE", {"COL"}),
        ("Serbia declared a state of emergency in two towns on Friday.", "COERCE", {"SRB"}),
        # retreat and concession
        ("The rebels in Myanmar declared a unilateral ceasefire on Wednesday.", "RETREAT", {"MMR"}),
        ("Bolivia eased emergency measures in the capital on Monday.", "CONCEDE", {"BOL"}),
        ("Portugal cancelled a planned visit to Angola after the dispute.", "SANCTION", {"PRT", "AGO"}),
        # demands told as what another "must" do; threats told as a future blockade or curfew
        ("Chile said on Monday that Bolivia must return the seized trucks.", "REQUEST", {"CHL", "BOL"}),
        ("The Kenyan minister reiterated that Somalia must hand over the suspects.", "REQUEST", {"KEN", "SOM"}),
        ("The Greek government said it would blockade the port from Monday.", "THREATEN", {"GRC"}),
        # aid handed over, sent and continued; troops ordered; meetings attended
        ("Danish volunteers handed over 300 kg of medicine to hospitals in Libya.", "AID", {"DNK"}),
        ("Japan continued to send equipment to the Philippines last year.", "AID", {"JPN", "PHL"}),
        ("The government of Peru ordered patrols along the border with Ecuador.", "MOBILIZE", {"PER"}),
        ("The summit was attended by the President of Zambia and the Prime Minister of Lesotho.", "CONSULT", {"ZMB"}),
        # protests continued, work stopped, bridges blocked
        ("Nepali students continued their hunger strike in Kathmandu on Monday.", "PROTEST", {"NPL"}),
        ("Romanian protesters blocked the bridge to Bulgaria for six hours.", "PROTEST", {"ROU"}),
        # refuge sought, demands renewed
        ("Some 2,000 Malian refugees sought asylum in Senegal last month.", "REQUEST", {"MLI", "SEN"}),
        ("Norway reiterated its demand that Eritrea release the journalists.", "REQUEST", {"NOR"}),
        # a visit told as a noun, its possessor the visitor
        ("The deal was signed during the Ghanaian president's state visit to Kenya.", "CONSULT", {"GHA", "KEN"}),
    ],
)
def test_phrasing_family(text, etype, parties):
    events = [e for e in _events(text) if e.type == etype]
    assert events, (text, [(e.type, e.summary) for e in _events(text)])
    assert parties <= set(events[0].parties), (text, events[0].parties)


def test_welcoming_a_guest_stays_a_hosting_event():
    events = _events("The President of Senegal welcomed the Prime Minister of Spain at the palace on Monday.")
    assert [e.type for e in events][:1] == ["CONSULT"], [(e.type, e.summary) for e in events]


def test_an_upcoming_visit_told_as_a_noun_is_no_past_visit():
    events = _events("Officials prepared the agenda for President Ramaphosa's upcoming visit to Kenya.")
    assert not any(e.type == "CONSULT" and not e.planned for e in events), [(e.type, e.planned) for e in events]


@pytest.mark.parametrize(
    "text,parties,date",
    [
        ("Zambia–Malawi Joint Statement\n\nThe two Presidents held talks in Lusaka on 3 March 2024.", ["MWI", "ZMB"], "2024-03-05"),
        ("JOINT COMMUNIQUÉ\nfollowing the State Visit by the President of Ghana to Togo\n\nLomé, 5 March 2024\n\n"
         "The President of Ghana paid a State Visit to Togo on 4-5 March 2024.", ["GHA", "TGO"], "2024-03-05"),
        ("Joint Declaration issued at the end of the Angola visit by the Portuguese Prime Minister\n\nThe Prime Minister of "
         "Portugal visited Angola.", ["AGO", "PRT"], "2024-03-05"),
    ],
)
def test_a_joint_text_titled_as_such_is_adopted_by_both(text, parties, date):
    events = extract_text(text, published="2024-03-05").events
    titled = [e for e in events if e.type == "AGREE" and e.evidence[0].quote.lower().startswith(("zambia", "joint"))]
    assert titled and titled[0].parties == parties and titled[0].date == date, [(e.type, e.parties, e.date) for e in events]


@pytest.mark.parametrize("text", ["Home > News > Joint Statement\n\nZambia and Malawi held talks.",
                                  "The joint statement was published on the ministry's website.\n\nZambia and Malawi held talks."])
def test_a_joint_text_only_named_is_no_event(text):
    events = extract_text(text, published="2024-03-05").events
    assert not [e for e in events if e.type == "AGREE"]
