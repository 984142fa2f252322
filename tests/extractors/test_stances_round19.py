"""Stances a joint text tells that the parse used to lose (round 19): a stance verb read as a participle on its
subject, a date after the act a stance welcomes, and a welcome whose saying clause judges the thing welcomed.
Sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

_HEAD = "Joint Communique between {a} and {b}\n\n{city}, May 6 - The President of {a} paid a state visit to {b} on 5 May.\n\n"


def _positions(a: str, b: str, city: str, body: str) -> list:
    text = _HEAD.format(a=a, b=b, city=city.upper()) + body + "\n"
    return [r for r in extract_text(text, published="2024-05-06").commitments if r.kind == "position"]


@pytest.mark.parametrize("a, b, code_a, code_b, body, word", [
    ("Ghana", "Peru", "GHA", "PER", "The two leaders condemned in the harshest words the seizure of a merchant ship "
     "off the coast of Yemen.", "condemned"),
    ("Chile", "Kenya", "CHL", "KEN", "The two presidents denounced in plain words the shelling of grain depots near "
     "the border of Sudan.", "denounced"),
])
def test_a_stance_verb_read_as_a_participle_keeps_its_subject(a, b, code_a, code_b, body, word):
    found = [r for r in _positions(a, b, "Lima", body) if word in r.text]
    assert found and sorted(found[0].parties) == sorted([code_a, code_b]), [(r.text, r.parties) for r in found]


def test_a_participle_on_its_noun_stays_a_description():
    body = "The ministers reviewed the raids condemned by the council last week."
    assert not [r for r in _positions("Ghana", "Peru", "Lima", body) if "condemned" in r.text]


@pytest.mark.parametrize("body, word", [
    ("Both ministers warmly welcomed the signing in March 2021 of a pact on coastal fishing grounds.", "signing"),
    ("Both governments welcomed the ratification of their air transport and prisoner transfer pacts last year.",
     "ratification"),
    ("The leaders recalled that ties were set up in 1975 and welcomed the upgrade of relations to a Comprehensive "
     "Partnership in 2012.", "upgrade"),
])
def test_a_date_after_the_act_welcomed_dates_the_act_not_the_welcome(body, word):
    assert any(word in r.text for r in _positions("Ghana", "Peru", "Accra", body))


def test_a_welcome_told_in_a_past_year_is_still_history():
    body = "In 2019 the Ghanaian government welcomed the opening of the Peruvian embassy in Accra."
    assert not [r for r in _positions("Ghana", "Peru", "Accra", body) if "welcomed" in r.text]


@pytest.mark.parametrize("body", [
    "The Peruvian minister welcomed the accord, saying that it would help the stability of the Peruvian currency.",
    "The Kenyan treasury chief hailed the swap line, saying that it would ease the shortage of dollars in Kenya.",
])
def test_what_a_welcomed_thing_would_do_is_a_judgement_no_pledge(body):
    text = _HEAD.format(a="Ghana", b="Peru", city="LIMA") + body + "\n"
    records = extract_text(text, published="2024-05-06").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]
    assert any("welcomed" in r.text or "hailed" in r.text for r in records if r.kind == "position")


def test_a_welcomer_s_own_act_in_the_saying_clause_stays_a_pledge():
    body = "The Peruvian minister welcomed the accord, saying that Peru would ratify it by June."
    text = _HEAD.format(a="Ghana", b="Peru", city="LIMA") + body + "\n"
    records = extract_text(text, published="2024-05-06").commitments
    assert any(r.kind == "commitment" and "ratify" in r.text for r in records)


_CALL = ("{title}\n\n{city}, May 6 (Reuters) - {a_adj} President {a_name} spoke to {b_adj} President {b_name} by telephone "
         "on Monday.\n\n{body}\n")


@pytest.mark.parametrize("a_adj, a_name, b_adj, b_name, body, code", [
    ("Tanzanian", "Samia Suluhu Hassan", "Kenyan", "William Ruto",
     "Samia said she had asked Ruto to ensure that maize sales to Tanzania go on under the present deal.", "TZA"),
    ("Kenyan", "William Ruto", "Tanzanian", "Samia Suluhu Hassan",
     "Ruto said he had asked Samia to make sure that the lake ferries keep sailing until the new port opens.", "KEN"),
])
def test_a_request_told_of_a_leader_asked_is_a_stance(a_adj, a_name, b_adj, b_name, body, code):
    text = _CALL.format(title="Leaders talk by phone", city="NAIROBI", a_adj=a_adj, a_name=a_name, b_adj=b_adj,
                        b_name=b_name, body=body)
    records = extract_text(text, published="2024-05-06").commitments
    assert any(r.kind == "position" and "asked" in r.text and r.parties == [code] for r in records), [
        (r.kind, r.text, r.parties) for r in records]


@pytest.mark.parametrize("body, code", [
    ("Kenyan officials have said the pact is not aimed at any third country and called on both Uganda and "
     "Rwanda to settle their quarrel through talks.", "KEN"),
    ("Tanzanian ministers have said the port deal is not directed against anyone and urged Burundi to join it.", "TZA"),
])
def test_a_call_after_what_officials_have_said_is_theirs(body, code):
    text = _CALL.format(title="Leaders talk by phone", city="NAIROBI", a_adj="Kenyan", a_name="William Ruto",
                        b_adj="Tanzanian", b_name="Samia Suluhu Hassan", body=body)
    records = extract_text(text, published="2024-05-06").commitments
    assert any(r.kind == "position" and r.modality == "call" and r.parties == [code] for r in records), [
        (r.kind, r.text, r.parties) for r in records]


_NOTE = ("Ministry of External Relations of {a}\n\nVerbal note: Ministry of External Relations to Embassy of "
         "{b} in {city}\n\n{city}, 12 February 2026 | Official Note\n\n{body}\n")


@pytest.mark.parametrize("a, b, city, body, code", [
    ("Ghana", "Togo", "Accra", "The Ministry firmly rejects the baseless charges used to justify the expulsion of the "
     "two traders.", "GHA"),
    ("Chile", "Bolivia", "Santiago", "The Ministry also condemns the new transit fees announced by the customs service "
     "last week.", "CHL"),
])
def test_the_ministry_of_a_note_is_its_own_country_s_not_the_addressee_s(a, b, city, body, code):
    text = _NOTE.format(a=a, b=b, city=city, body=body)
    records = extract_text(text, published="2026-02-12").commitments
    assert any(r.kind == "position" and r.parties == [code] for r in records), [(r.kind, r.text, r.parties) for r in records]


_PREVIEW = ("Media Note: travel to {b}\n\n{city}, May 6 - {title} {name} will travel to {b} on May 8.\n\n{body}\n")


@pytest.mark.parametrize("b, title, name, body, code, kind", [
    ("Kenya", "Indian Foreign Minister", "Subrahmanyam Jaishankar",
     "Jaishankar will also reaffirm India's commitment to Kenya's maritime security.", "IND", "position"),
    ("Ghana", "Indian Foreign Minister", "Subrahmanyam Jaishankar",
     "Jaishankar will urge Ghana to press the junta next door to free the detained aid workers.", "IND", "position"),
    ("Peru", "Indian Foreign Minister", "Subrahmanyam Jaishankar",
     "India would continue to demand the return of every fishing boat seized off the coast.", "IND", "position"),
    ("Peru", "Indian Foreign Minister", "Subrahmanyam Jaishankar",
     "India will reaffirm its commitment to build the new clinic in Cusco by 2026.", "IND", "commitment"),
])
def test_a_stance_told_ahead_is_a_stance_and_a_pledge_restated_stays_one(b, title, name, body, code, kind):
    text = _PREVIEW.format(b=b, city="NEW DELHI", title=title, name=name, body=body)
    records = [r for r in extract_text(text, published="2024-05-06").commitments if body[:12] in r.evidence[0].quote]
    assert records and all(r.kind == kind for r in records), [(r.kind, r.text, r.parties) for r in records]
    assert code in records[0].parties


@pytest.mark.parametrize("body, kinds", [
    ("Both sides reviewed with satisfaction the growth of bilateral ties since the partnership was set up in 2010, "
     "and agreed to mark its 15th anniversary with a trade fair.", {"position", "commitment"}),
    ("The two ministers reviewed with concern the security situation along the coast of the Gulf of Guinea.",
     {"position"}),
])
def test_reviewed_with_satisfaction_or_concern_is_a_stance(body, kinds):
    records = extract_text(_HEAD.format(a="Ghana", b="Peru", city="LIMA") + body + "\n", published="2024-05-06").commitments
    assert {r.kind for r in records} == kinds, [(r.kind, r.text) for r in records]


def test_reviewing_progress_states_no_stance():
    body = "The ministers reviewed the progress of the joint road projects in the north."
    records = extract_text(_HEAD.format(a="Ghana", b="Peru", city="LIMA") + body + "\n", published="2024-05-06").commitments
    assert not records, [(r.kind, r.text) for r in records]


def test_a_stance_told_ahead_after_a_forecast_is_the_speaker_s():
    body = ("The minister will underscore that the truce plan now before the rebels would bring an end to the fighting "
            "and a flow of food aid into the region, and will urge Ghana to press the rebels to accept it at once.")
    text = _PREVIEW.format(b="Ghana", city="NEW DELHI", title="Indian Foreign Minister", name="Subrahmanyam Jaishankar",
                           body=body)
    records = [r for r in extract_text(text, published="2024-05-06").commitments if "urge" in r.text]
    assert records and all(r.kind == "position" and r.parties == ["IND"] for r in records), [
        (r.kind, r.text, r.parties) for r in records]


@pytest.mark.parametrize("body, codes", [
    ("The two sides noted that Ghanaian firms have built roads in Peru since the 1980s, and expressed satisfaction "
     "with the rise of two-way trade.", ["GHA", "PER"]),
    ("The two sides recalled that Peruvian companies have mined gold in Ghana for decades, and welcomed the growth "
     "of their investment.", ["GHA", "PER"]),
])
def test_a_stance_after_what_firms_have_done_is_the_main_subject_s(body, codes):
    records = extract_text(_HEAD.format(a="Ghana", b="Peru", city="LIMA") + body + "\n", published="2024-05-06").commitments
    stances = [r for r in records if r.kind == "position" and ("expressed" in r.text or "welcomed" in r.text)]
    assert stances and stances[0].parties == codes, [(r.kind, r.text, r.parties) for r in records]


def test_a_pledge_after_what_firms_have_done_stays_the_firms_country_s():
    body = "Peru said that Ghanaian firms have signed the mining deal and agreed to build a smelter by 2027."
    records = extract_text(_HEAD.format(a="Ghana", b="Peru", city="LIMA") + body + "\n", published="2024-05-06").commitments
    assert any(r.kind == "commitment" and r.parties == ["GHA"] for r in records), [(r.kind, r.text, r.parties) for r in records]
