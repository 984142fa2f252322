"""Two holders of one office ("Prime Minister Albanese spoke to Prime Minister Luxon of New Zealand"): the
bare office ("the Prime Minister") is neither by default, so it is not taken for the one named last; the
sentence places it as the other side of whom it acts on. "X and his counterpart" is one of each side.
Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_READOUT = ("Prime Minister's Office\n\nMedia release\nPM call with Prime Minister Sato of Ruritania: 12 June 2024\n"
            "Prime Minister Pieter de Vries spoke to Prime Minister Ken Sato of Japan this morning.\n"
            "Published 12 June 2024\n\n"
            "The Prime Minister spoke to Prime Minister Sato of Japan this morning, the Dutch government said.\n\n"
            "The Netherlands and Japan agreed to deepen trade ties.\n\n")


@pytest.mark.parametrize(
    "sentence,etype,parties",
    [
        ("On Asia, the Prime Minister welcomed Prime Minister Sato's visit to Vietnam last week.", "SUPPORT",
         {"JPN", "NLD"}),
        ("After the accord signed in Tokyo last winter, the Prime Minister and his counterpart pledged to "
         "have the accord take effect by December.", "AGREE", {"JPN", "NLD"}),
    ],
)
def test_bare_office_of_two_holders(sentence, etype, parties):
    events = [e for e in extract_text(_READOUT + sentence).events
              if e.type == etype and sentence[:25] in e.evidence[0].quote]
    assert events and all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


def test_one_holder_still_resolves():
    text = ("President Lula of Brazil arrived in Lisbon on Monday for talks with Portugal's leaders. "
            "The President thanked Portugal for its support.")
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "SUPPORT"]
    assert events and events[0].source_actor.country == "BRA", [(e.type, e.parties, e.source_actor) for e in events]


def test_office_and_counterpart_pledge_for_both():
    sentence = ("After the accord signed in Tokyo last winter, the Prime Minister and his counterpart pledged to "
                "have the accord take effect by December.")
    records = [c for c in extract_text(_READOUT + sentence).commitments if "take effect" in c.text]
    assert records and all(set(c.parties) == {"JPN", "NLD"} for c in records), [(c.parties, c.text) for c in records]


def test_the_minister_is_the_minister_introduced_not_the_other_sides_prime_minister():
    text = ("Foreign Minister Penny Wong met Prime Minister Sitiveni Rabuka in Suva on Monday. "
            "The Minister will fly to Tonga on Wednesday.")
    events = [e for e in extract_text(text, published="2024-05-08").events if "Tonga" in e.evidence[0].quote]
    assert events and all(e.parties == ["AUS", "TON"] for e in events), [(e.type, e.parties) for e in events]


def test_people_listed_after_demonym_counterparts_are_of_that_country():
    text = ("Kenyan Foreign Minister Musalia Mudavadi met his Ghanaian counterparts, Foreign Minister Samuel Ablakwa "
            "and Defence Minister Omane Boamah, in Nairobi on Monday. Ablakwa urged Togo to reopen the border.")
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "REQUEST"]
    assert events and events[0].parties == ["GHA", "TGO"], [(e.type, e.parties) for e in events]
