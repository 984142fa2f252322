"""Every act a sentence reports is its own event mention: coordinated verbs, a relative clause's act, an
act done by "who"; a verb and its infinitive ("offered to hand over") stay one act."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,count,parties",
    [
        # coordinated acts of one type
        ("President Ruto congratulated President Mahama on his re-election and expressed appreciation for the "
         "Kenya-Ghana partnership.", "SUPPORT", 2, {"GHA", "KEN"}),
        ("Prime Minister Anwar Ibrahim made a brief stopover in Singapore and was received at the airport by "
         "Prime Minister Lawrence Wong.", "CONSULT", 2, {"MYS", "SGP"}),
        # an act whose subject is "who": the person the clause is about
        ("Chilean President Gabriel Boric held talks with Argentine President Javier Milei, who also hosted a state "
         "banquet.", "CONSULT", 2, {"ARG", "CHL"}),
    ],
)
def test_each_act_is_a_mention(text, etype, count, parties):
    events = [e for e in _events(text) if e.type == etype]
    assert len(events) == count, [(e.type, e.parties, e.summary) for e in _events(text)]
    assert all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Chile offered to hand over the documents to Peru.",
        "Peru tried to seize the Chilean fishing boats.",
    ],
)
def test_a_verb_and_its_infinitive_are_one_act(text):
    types = [e.type for e in _events(text)]
    assert len(types) == len(set(types)), types


def test_who_hung_on_a_date_is_the_person_before_it():
    text = ("President Gabriel Boric held talks with President Luis Lacalle Pou on 4 March 2024, who also hosted a "
            "state banquet.")
    consult = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(consult) == 2 and {e.source_actor.country for e in consult} == {"CHL", "URY"}


@pytest.mark.parametrize(
    "text,count",
    [
        # each person met is a meeting of its own, even when the parser hangs the list on an apposition
        ("President Cyril Ramaphosa met H.E. Mr. William Ruto, President of Kenya, H.E. Mr. Musalia Mudavadi, "
         "Foreign Minister of Kenya, and H.E. Mr. Moses Wetangula, Speaker of the National Assembly of Kenya.", 3),
        ("President Cyril Ramaphosa thanked President William Ruto and Foreign Minister Musalia Mudavadi.", 2),
        # one person holding two offices is one partner
        ("President Cyril Ramaphosa met Kenyan Prime Cabinet Secretary and Foreign Minister Musalia Mudavadi.", 1),
    ],
)
def test_each_partner_is_a_mention(text, count):
    events = _events(text)
    assert len(events) == count and all(set(e.parties) == {"KEN", "ZAF"} for e in events), \
        [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text,etype",
    [
        # a courtesy in a two-country text is paid to the other side
        ("President Lula arrived in Accra on Monday. President Lula laid a wreath at the Memorial of the Heroes.", "CONSULT"),
        # the possessor of what a courtesy is about
        ("Prime Minister Anthony Albanese expressed his congratulations on Mr. Luxon's election.", "SUPPORT"),
        ("A carved mask was gifted by President Ruto to President Lula.", "SUPPORT"),
        ("President Lula was accorded a ceremonial welcome at the State House in Nairobi by President Ruto.", "CONSULT"),
    ],
)
def test_courtesies_have_both_sides(text, etype):
    events = [e for e in _events(text) if e.type == etype]
    assert events and len(events[-1].parties) == 2, [(e.type, e.parties) for e in _events(text)]


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        # an occasion that frames what was said or done is an event of its own
        ("During the Summit Talks and the Official Luncheon on 3 May 2024, President Ruto and President Mahama "
         "discussed trade.", "CONSULT", {"GHA", "KEN"}),
        ("The accord was signed following comprehensive talks between Chile and Peru in Lima.", "CONSULT", {"CHL", "PER"}),
        # a visit told as a noun with its visitor, wherever it stands
        ("Prime Minister Anthony Albanese thanked President Prabowo for President Prabowo's visit to Australia.",
         "CONSULT", {"AUS", "IDN"}),
        # the signing of an agreement
        ("The Prime Ministers of Denmark and Iceland welcomed the signing of the fisheries accord by their ministers.",
         "AGREE", {"DNK", "ISL"}),
    ],
)
def test_nominal_events(text, etype, parties):
    events = [e for e in _events(text) if e.type == etype]
    assert events and any(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in _events(text)]


def test_framed_occasions_count_once_each():
    text = ("During the Summit Talks and the Official Luncheon on 3 May 2024, President Ruto and President Mahama "
            "discussed trade.")
    assert len([e for e in _events(text) if e.type == "CONSULT"]) == 3


def test_a_visit_frames_the_visitor_not_the_subject():
    text = ("Kenyan President William Ruto arrived in Accra on Monday. Two companies signed a memorandum during his "
            "visit.")
    visits = [e for e in _events(text) if e.type == "CONSULT"]
    assert visits and all(e.source_actor and e.source_actor.country == "KEN" for e in visits)


def test_a_clause_with_its_own_subject_is_another_act():
    text = "Kenya signed a loan agreement with Japan, while Ghana also signed a pact with Korea."
    assert len([e for e in _events(text) if e.type == "AGREE"]) == 2
