"""Actors resolved across the document and both sides of every event, on texts about other countries."""

import pytest

from tests.helpers import extract_text


def _parties(text, published="2024-06-28"):
    events = extract_text(text, published=published).events
    assert events, text
    return [sorted(e.parties) for e in events]


@pytest.mark.parametrize(
    "text,first",
    [
        # the two sides / leaders / presidents / prime ministers, "they" in a bilateral text
        ("Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday. "
         "The two leaders agreed to open a direct flight.", None),
        ("Chile and Peru held talks in Lima on Monday. The presidents agreed to reopen the border.", None),
        ("Chile and Peru held talks in Lima on Monday. They agreed to reopen the border.", None),
        # "A and B": a person placed elsewhere in the text keeps their country
        ("Kenyan President William Ruto and Ghanaian President John Mahama met on Monday. "
         "Ruto and Mahama signed a visa agreement.", None),
    ],
)
def test_plural_subjects_name_both_parties(text, first):
    assert all(p == ["GHA", "KEN"] or p == ["CHL", "PER"] for p in _parties(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a government's readout names its own leader by office alone
        ("The Prime Minister met Prime Minister Jonas Berg of Norway this afternoon. "
         "The leaders discussed support for Ukraine and ties between Denmark and Norway. Denmark thanked Norway.",
         ["DNK", "NOR"]),
        # a meeting has two sides: the other one is the text's other country
        ("Prime Minister Pedro Alvarez held a summit meeting in Lima on Sunday. Chile and Peru agreed on trade.",
         ["CHL", "PER"]),
        # a capital stands for its government, named as the country
        ("Nairobi rejected Ghana's claim on Monday. Kenya and Ghana have disagreed for months.", ["GHA", "KEN"]),
    ],
)
def test_implied_party(text, expected):
    assert _parties(text)[0] == expected


def test_topic_country_is_not_a_joint_target():
    parties = _parties("Chile and Peru held talks in Lima on Monday. The two sides agreed to support Bolivia's recovery.")
    assert parties[-1] == ["CHL", "PER"]


def test_capital_actor_is_named_as_country():
    event = extract_text("Nairobi rejected Ghana's claim on Monday.", published="2024-06-28").events[0]
    assert event.source_actor.name == "Kenya" and event.source_actor.country == "KEN"


def test_person_with_known_country_is_not_taken_by_partner_demonym():
    text = ("Ghanaian President John Mahama visited Kenya. On Monday, John Mahama and Kenyan President William Ruto "
            "held talks in Nairobi.")
    assert _parties(text)[-1] == ["GHA", "KEN"]


@pytest.mark.parametrize(
    "text,target",
    [
        # the subject of what is demanded
        ("Chilean officials demanded that Bolivia withdraw its troops from the border.", "BOL"),
        # force aimed at a place is aimed at its country
        ("Russian forces shelled Kharkiv on Sunday.", "UKR"),
        # a domestic target named in the object
        ("The Peruvian government lifted a curfew on Peruvian border towns.", "PER"),
    ],
)
def test_fallback_target(text, target):
    event = extract_text(text, published="2024-06-28").events[0]
    assert event.target_actor is not None and event.target_actor.country == target


def test_meeting_place_is_never_a_target():
    event = extract_text("Chile and Peru held talks in Santiago on Monday.", published="2024-06-28").events[0]
    assert event.target_actor is None or "Santiago" not in event.target_actor.name


def test_ethnic_group_and_northern_ireland():
    from pactline.language.actors import find_countries

    assert [m.code for m in find_countries("ethnic Albanians in Serbia")] == ["SRB"]
    assert [m.code for m in find_countries("a group in Northern Ireland")] == ["GBR"]


def test_country_whose_people_act_wins_a_tie_for_main_party():
    from collections import Counter

    from pactline.language.actors import DocumentContext, Person

    ctx = DocumentContext(country_counts=Counter({"TZA": 3, "SDN": 3, "KEN": 4}))
    ctx.register(Person("Samia Hassan", "head_of_state", "TZA"))
    assert ctx.main_parties == ["KEN", "TZA"]


def test_unplaced_person_congratulated_is_the_other_side():
    text = ("Kenyan President William Ruto visited Ghana on Monday. He also congratulated Kwame Mensah on his election "
            "as speaker. Kenya and Ghana signed two agreements.")
    events = extract_text(text, published="2024-06-28").events
    congratulation = next(e for e in events if "congratulated" in e.evidence[0].quote)
    assert sorted(congratulation.parties) == ["GHA", "KEN"]


def test_supported_initiative_names_its_author_as_target():
    event = extract_text("Ghana also supported the peace initiative proposed by Kenya.", published="2024-06-28").events[0]
    assert sorted(event.parties) == ["GHA", "KEN"] and event.target_actor.country == "KEN"


def test_joint_text_as_subject_acts_for_both(monkeypatch):
    from pactline.language.analysis import load_model
    from pactline.language.parties import joint_parties

    doc = load_model()("A joint Kenya-Ghana communique welcomed the new flights.")
    verb = next(t for t in doc if t.lemma_ == "welcome")
    assert sorted(joint_parties(verb)) == ["GHA", "KEN"]


def test_title_of_country_then_name_registers_the_person():
    from pactline.language.actors import build_context

    ctx = build_context("The Prime Minister of Fiji, the Hon Sitiveni Rabuka MP, paid a state visit to Samoa.")
    assert ctx.person("Rabuka").country == "FJI" and ctx.person("MP") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Prime Minister of Fiji, the Hon Sitiveni Rabuka MP, visited Samoa. "
         "Prime Minister Rabuka called on President Tuimalealiifano. Fiji and Samoa agreed on trade.", ["FJI", "WSM"]),
    ],
)
def test_person_called_on_is_the_other_side(text, expected):
    events = extract_text(text, published="2024-06-28").events
    called = next(e for e in events if "called on" in e.evidence[0].quote)
    assert sorted(called.parties) == expected


def test_place_is_never_part_of_a_coordinated_actor_name():
    event = extract_text("Kenyan President and Nairobi host William Ruto received Ghana's president.",
                         published="2024-06-28").events[0]
    assert "Nairobi" not in (event.source_actor.name or "")


def test_visit_to_a_city_targets_its_country():
    event = extract_text("Ghanaian President John Mahama will visit Mombasa from June 16-17, 2024.", published="2024-06-10").events[0]
    assert event.target_actor is not None and event.target_actor.country == "KEN"


def test_unplaced_official_in_a_one_country_text_acts_for_it():
    event = extract_text("Deposed President Rustam Nazarov has agreed to step down without coming back to Tajikistan.",
                         published="2024-06-28").events[0]
    assert event.source_actor.country == "TJK"


def test_group_without_country_in_a_one_country_text_acts_for_it():
    text = "Tension is rising in Nigeria's oil region. Ogoni traditional elders demanded the return of their land."
    event = extract_text(text, published="2024-06-28").events[0]
    assert event.source_actor.country == "NGA"


@pytest.mark.parametrize(
    "text,target",
    [
        # the agent inside what is demanded
        ("Latvia's parliament demanded an admission by Moscow that Soviet forces deported Latvian families.", "RUS"),
    ],
)
def test_agent_inside_the_object_is_the_target(text, target):
    event = extract_text(text, published="2024-06-28").events[0]
    assert event.target_actor is not None and event.target_actor.country == target


def test_own_country_named_as_place_is_not_a_domestic_target():
    event = extract_text("Chile said it would deny entry to Chile to all the suspects.", published="2024-06-28").events[0]
    assert event.target_actor is None or event.target_actor.name != "Chile"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a visit's place, not where the visitor came from
        ("President Cyril Ramaphosa made a brief stopover at Nairobi on his return from Germany.", {"KEN", "ZAF"}),
        # an honorific head with the name in apposition; the office alone is the other side of the text
        ("President William Ruto arrived in Kuwait City on Monday. \"The President offered his deep condolences to "
         "His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah and to the royal family,\" State House said.",
         {"KEN", "KWT"}),
        # a name with particles
        ("Chilean President Gabriel Boric thanked Abdel Fattah al-Sisi for the invitation.", {"CHL", "EGY"}),
    ],
)
def test_names_with_honorifics_and_particles(text, expected):
    assert set(_parties(text)[-1]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an office named alone is the person the text introduced with it
        ("German Chancellor Olaf Scholz was received by Bahraini Crown Prince Salman bin Hamad Al Khalifa in Manama. The crown "
         "prince hosted an official dinner for the chancellor.", {"BHR", "DEU"}),
        ("Prime Minister Anwar Ibrahim made a stopover in Seoul on Monday. The Prime Minister conveyed his "
         "condolences to the people of Korea.", {"MYS", "KOR"}),
    ],
)
def test_office_named_alone_is_who_held_it(text, expected):
    assert set(_parties(text)[-1]) == expected


def test_a_readouts_own_office_holder_is_not_the_guest():
    # the bare office comes first: the publisher's own Prime Minister, never the guest named after it
    text = ("The Prime Minister met Prime Minister Jonas Berg of Norway this afternoon. "
            "The Prime Minister thanked the Norwegian people for their hospitality.")
    events = extract_text(text, published="2024-06-28").events
    assert all(e.source_actor is None or e.source_actor.country != "NOR" for e in events), \
        [(e.type, e.source_actor) for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a joint text acts for both of its countries, whatever it does
        ("President Lula met King Mohammed VI in Rabat. A joint Moroccan-Brazilian statement welcomed the strength "
         "of trade.", {"BRA", "MAR"}),
        # "the Kingdom" is the one main party that is a kingdom
        ("President Lula met King Mohammed VI in Rabat. The Kingdom welcomed the increased cooperation of Brazilian "
         "companies.", {"BRA", "MAR"}),
    ],
)
def test_joint_texts_and_forms_of_state(text, expected):
    assert set(_parties(text)[-1]) == expected


@pytest.mark.parametrize(
    "text,source,target",
    [
        # a movement reports name like a people takes the country where it is based
        ("Taliban fighters attacked a Pakistani border post on Sunday.", "AFG", "PAK"),
        # a foreign country named by a modifier or a place in the object
        ("Ecuador granted asylum to five Bolivian officials.", "ECU", "BOL"),
        ("Ethiopian troops shelled positions near the town of Mogadishu.", "ETH", "SOM"),
        # coordinated targets: the first named
        ("The Andean ministers of Peru agreed to provide aid to Ecuador and Colombia.", "PER", "ECU"),
    ],
)
def test_targets_named_in_the_object(text, source, target):
    event = extract_text(text, published="2024-06-28").events[0]
    assert (event.source_actor.country, event.target_actor.country if event.target_actor else None) == (source, target)


@pytest.mark.parametrize(
    "text,source",
    [
        # an official the text does not place acts for the one country it names, also at home
        ("President Joaquim Silva extended the night-time curfew in Maputo after the riots.", "MOZ"),
        ("Judge Ana Ruiz opened fraud investigations against 12 Paraguayan customs officials.", "PRY"),
    ],
)
def test_unplaced_official_acts_at_home(text, source):
    event = extract_text(text, published="2024-06-28").events[0]
    assert event.source_actor.country == source


def test_an_international_body_is_not_placed_where_it_acts():
    event = extract_text("The Arab League urged the government of Sudan to end the curbs on the press.",
                         published="2024-06-28").events[0]
    assert event.source_actor.country != "SDN"


@pytest.mark.parametrize(
    "text,kind,expected",
    [
        # an act aimed at no one named, in a report about two countries, is aimed at the other one
        ("Guatemala and Belize have disputed the Sarstoon river for decades. Guatemala on Thursday announced the "
         "suspension of relations with immediate effect.", "SANCTION", ["BLZ", "GTM"]),
        ("Guatemala and Belize have disputed the Sarstoon river for decades. Belize ordered 2,000 troops to take part "
         "in exercises near the river on Thursday.", "MOBILIZE", ["BLZ", "GTM"]),
        ("Armed clashes broke out on the border of Eritrea and Djibouti. Eritrea's army said it had shelled rebel "
         "camps, which it blamed for an attack on a border post.", "ACCUSE", ["DJI", "ERI"]),
        # sanctions on people named by a demonym of two words
        ("Seoul imposed sanctions on 11 North Korean officials on Friday.", "SANCTION", ["KOR", "PRK"]),
    ],
)
def test_an_aimed_act_without_a_named_target_is_aimed_at_the_other_side(text, kind, expected):
    events = [e for e in extract_text(text, published="2024-06-28").events if e.type == kind]
    assert events and events[0].parties == expected, [(e.type, e.parties) for e in extract_text(text, published="2024-06-28").events]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile and Peru held talks in Lima on Monday. Both ministers expressed support for setting up a bilateral task force.",
         ["CHL", "PER"]),
        ("Chile and Peru held talks in Lima on Monday. The two finance ministers signed a tax treaty.", ["CHL", "PER"]),
    ],
)
def test_both_officials_of_a_title_are_both_parties(text, expected):
    assert _parties(text)[-1] == expected


def _last(text):
    events = extract_text(text, published="2024-06-28").events
    return {(e.type, tuple(sorted(e.parties))) for e in events if e.evidence[0].quote.startswith(text.split(". ")[-1][:20])}


@pytest.mark.parametrize(
    "text,kind,expected",
    [
        # aid or a pledge in a two-country text, with no recipient named, goes to the other one
        ("Chile and Peru held talks in Lima on Monday. Chile will provide US$ 5 million over two years to "
         "strengthen disaster agencies.", "AID", ["CHL", "PER"]),
        ("Austria and Slovenia held talks in Vienna on Monday. Slovenia agreed to keep working closely on "
         "river management.", "AGREE", ["AUT", "SVN"]),
    ],
)
def test_a_cooperative_act_without_a_named_partner_is_with_the_other_side(text, kind, expected):
    events = [e for e in extract_text(text, published="2024-06-28").events if e.type == kind]
    assert events and events[0].parties == expected, [(e.type, e.parties) for e in extract_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        # a headline lists the two leaders with a comma for "and"
        "date 2025-03-11 Home / News / Politics\n\nMilei, Boric agree to revive trade council, back dialogue with "
        "Bolivia\n\nSantiago: President Gabriel Boric on Monday received his Argentine counterpart, Javier Milei, at La "
        "Moneda, where the two leaders held talks on trade.",
        "date 2025-03-11 Home / News / Politics\n\nPetro, Noboa agree to revive border commission, back dialogue with "
        "Peru\n\nQuito: President Daniel Noboa on Monday received his Colombian counterpart, Gustavo Petro, at the "
        "Carondelet Palace, where the two leaders held talks on security.",
    ],
)
def test_names_listed_with_a_comma_in_a_headline_are_both_parties(text):
    events = extract_text(text).events
    headline = text.split("\n\n")[1]
    first = [e for e in events if e.evidence[0].quote.strip() == headline]
    assert first and len(first[0].parties) == 2, [(e.type, e.parties, e.evidence[0].quote) for e in events]


@pytest.mark.parametrize(
    "text,names",
    [
        # the when and where the parser hangs on an actor are not part of its name
        ("Ghana's leader on Friday had talks with his Togolese counterpart in Lome.",
         ("Ghana's leader", "his Togolese counterpart")),
        ("Kenyan President William Ruto at the weekend met Ugandan President Yoweri Museveni in Entebbe.",
         ("William Ruto", "Yoweri Museveni")),
    ],
)
def test_places_and_times_are_not_actor_names(text, names):
    event = extract_text(text, published="2024-06-28").events[0]
    assert (event.source_actor.name, event.target_actor.name) == names


@pytest.mark.parametrize(
    "text,expected",
    [
        # a denial in a report about two countries answers the other one
        ("Kenya accused Uganda of sheltering rebels on Monday. Uganda denied the accusation.", ("REJECT", ("KEN", "UGA"))),
        # blame laid on a named group is not laid on the other country
        ("Mali recalled its envoy from Algeria on Monday. Algeria blamed the FLA militia for the incident.",
         ("ACCUSE", ("DZA",))),
        # force used against a group's positions still falls on the other country of the report
        ("Mali recalled its envoy from Algeria on Monday. Algerian jets struck FLA positions near the border.",
         ("ASSAULT", ("DZA", "MLI"))),
    ],
)
def test_aimed_acts_without_a_named_state(text, expected):
    assert expected in _last(text), _last(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act told as the passive subject names its own target ("sanctions against Iran were announced")
        ("Canada and Iran have clashed for months. New sanctions against Iran were announced on Monday.",
         ["CAN", "IRN"]),
        # a foreign office by any of its names is its government's
        ("Britain and Iran have clashed for months. More than 30 new sanctions against Iran have been announced "
         "by the Foreign Office.", ["GBR", "IRN"]),
    ],
)
def test_the_target_of_an_act_told_as_passive_subject(text, expected):
    events = [e for e in extract_text(text, published="2024-06-28").events if e.type == "SANCTION"]
    assert events and events[0].parties == expected and events[0].target_actor.country == "IRN", [
        (e.type, e.parties) for e in extract_text(text).events]


def test_coordinated_parts_of_one_country_keep_it():
    event = extract_text("Eritrean tanks and artillery shelled positions near the town of Bure on Monday.",
                         published="2024-06-28").events[0]
    assert event.source_actor.country == "ERI" and "tanks" in event.source_actor.name


def test_the_invited_visitor_misread_as_a_second_inviter_is_the_subject():
    # the parser reads this line's second president as a second inviter and leaves "paid" without a subject
    text = ("Kenya and Tanzania held talks. At the invitation of President Samia Suluhu Hassan, President William Ruto "
            "of the Republic of Kenya paid a working visit to Tanzania from 12 to 14 June 2024.")
    visit = [e for e in extract_text(text, published="2024-06-15").events if e.mode == "visit"]
    assert visit and visit[0].source_actor is not None and visit[0].source_actor.country == "KEN", [
        (e.type, e.source_actor) for e in visit]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anthony Albanese spoke today with Prime Minister of Japan Fumio Kishida. The leaders discussed "
        "Japan's hosting of the summit and Australia's trade ties with Japan. Later, the Prime Minister and his "
        "counterpart reaffirmed their support for Moldova's sovereignty.",
        "President Gabriel Boric received President Luis Arce of Bolivia in Santiago. The talks covered Chile's ports "
        "and Bolivia's exports through Chile. The President and his guest condemned Venezuela's "
        "attack on the border post.",
    ],
)
def test_a_placed_leader_and_his_counterpart_are_both_sides(text):
    assert _parties(text)[-1] in (["AUS", "JPN", "MDA"], ["BOL", "CHL", "VEN"])
