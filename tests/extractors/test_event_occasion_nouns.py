"""Occasions told as nouns whose visitor is not a possessor ("who is on a state visit to …", "the first visit
of a minister to …", "the first visit to … by …"), documents exchanged as a signing, and meetings chaired,
each on a sentence written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,mode,parties",
    [
        # the visit of one named in a relative clause, an of-phrase or a by-phrase
        ("On the afternoon of May 7, President Ramaphosa met with Kenyan President William Ruto, who is on an "
         "official visit to South Africa, at the Union Buildings.", "CONSULT", "visit", {"KEN", "ZAF"}),
        ("Chancellor Nehammer of Austria welcomed Slovak President Peter Pellegrini to Vienna today for talks, "
         "marking the first visit of a Slovak president to Austria since 2016.", "CONSULT", "visit", {"AUT", "SVK"}),
        ("Peru's foreign minister held talks in Lima on Monday with his Ecuadorian counterpart, in the first "
         "visit to Peru by an Ecuadorian minister since the dispute.", "CONSULT", "visit", {"ECU", "PER"}),
        # documents exchanged are concluded
        ("The Presidents of Ghana and Togo witnessed the exchange of four memoranda of understanding on Monday.",
         "AGREE", "agreement", {"GHA", "TGO"}),
        ("Ghana and Togo exchanged diplomatic notes on the border treaty on Monday.", "AGREE", "agreement", {"GHA", "TGO"}),
        # a meeting chaired or presided over
        ("The Presidents of Ghana and Togo chaired the first meeting of the joint commission on Monday.",
         "CONSULT", "meet", {"GHA", "TGO"}),
        ("The President of Kenya presided over the third session of the Kenya-Uganda council in Nairobi.",
         "CONSULT", "meet", {"KEN", "UGA"}),
    ],
)
def test_occasion_told_as_noun_or_chaired(text, etype, mode, parties):
    events = _events(text)
    assert any(e.type == etype and e.mode == mode and set(e.parties) == parties and not e.planned for e in events), [
        (e.type, e.mode, e.parties, e.planned) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Presidents of Ghana and Togo witnessed the exchange of views on Monday.",
        "Ghana and Togo exchanged prisoners on Monday.",
        "The Kenyan president, who is on leave, did not attend.",
    ],
)
def test_no_signing_or_visit_without_one(text):
    events = _events(text)
    assert not any(e.mode in ("agreement", "visit") for e in events), [(e.type, e.mode, e.parties) for e in events]


@pytest.mark.parametrize(
    "text,parties,planned",
    [
        ("The President of Kenya spoke by phone with the President of Tanzania on Monday. The call also focused on "
         "the situation in Sudan.", {"KEN", "TZA"}, False),
        ("King Mohammed VI received the Senegalese Prime Minister in Rabat on Monday. Discussions also covered "
         "the situation in the Sahel.", {"MAR", "SEN"}, False),
        ("The summit of Chile and Peru will focus on trade and migration.", {"CHL", "PER"}, True),
    ],
)
def test_occasion_told_by_what_it_dealt_with(text, parties, planned):
    last = text.split(". ")[-1]
    events = [e for e in _events(text) if e.type == "CONSULT" and last[:12] in e.evidence[0].quote]
    assert any(set(e.parties) == parties and e.planned == planned for e in events), [
        (e.type, e.parties, e.planned, e.evidence[0].quote[:40]) for e in _events(text)]


def test_topic_verb_of_no_occasion_is_no_event():
    assert not _events("The Kenyan opposition focused on the economy.")
