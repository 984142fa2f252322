"""Acts still to come told in forms that do not say so by a future modal (the guide: "future or announced events"
are planned): an act the text dates after the day it was issued, whatever its tense, and a meeting pledged under a
verb of agreeing ("committed to meet", "concurred to resume talks"). Sentences written for this file."""

import pytest

from tests.helpers import extract_text


def _events(text, published):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,published,etype",
    [
        ("Norway's defence minister visits the joint Arctic patrol base in Iceland on 18 April.", "2025-04-02", "CONSULT"),
        ("Officials said the Mongolian prime minister holds talks with his Kazakh counterpart in Astana in June, after "
         "the budget session.", "2025-04-02", "CONSULT"),
    ],
)
def test_an_act_dated_after_the_text_is_planned(text, published, etype):
    events = [e for e in _events(text, published) if e.type == etype]
    assert events and all(e.planned for e in events), [(e.type, e.date, e.planned) for e in _events(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo signed a maritime boundary accord in Accra on Monday.",
        "Ghana and Togo held talks in Lome on 2 March 2024.",
        "The foreign ministers of Chile and Peru met in Lima on 12 May.",  # told as done: a date ahead is wrong
    ],
)
def test_an_act_told_done_stays_done(text):
    events = _events(text, "2024-03-06" if "Lome" in text or "Accra" in text else "2024-05-08")
    assert events and not any(e.planned for e in events), [(e.type, e.date, e.planned) for e in events]


@pytest.mark.parametrize(
    "text,when",
    [
        ("The health ministers of Peru and Ecuador committed to meet again in Tumbes once the vaccination campaign "
         "ends in 2025.", "2025"),
        ("Mongolia and Kazakhstan concurred to resume talks on the railway tariff in Ulaanbaatar in 2026.", "2026"),
    ],
)
def test_a_meeting_committed_to_is_planned_beside_the_commitment(text, when):
    # the commitment itself stays recorded as an agreement done now
    events = _events(text, "2024-05-08")
    assert any(e.type == "AGREE" and not e.planned for e in events), [(e.type, e.planned) for e in events]
    assert any(e.type == "CONSULT" and e.planned and e.date == when for e in events), [(e.type, e.date, e.planned) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia's defence ministry said its army would hold a joint drill with Paraguay near the Chaco border two weeks ago.",
        "Uruguay's navy said it would stage a joint patrol with Brazil on the Lagoa Mirim three days ago.",
    ],
)
def test_a_date_counted_back_is_never_the_coming_one(text):
    events = [e for e in _events(text, "2025-03-01") if e.date]
    assert events and all(e.date <= "2025-03-01" and not e.planned for e in events), [(e.type, e.date, e.planned) for e in events]


def test_a_commitment_to_hold_talks_keeps_its_agreement():
    events = _events("Ghana and Togo committed to hold talks on the border dispute next month.", "2024-05-08")
    assert sorted((e.type, e.planned) for e in events) == [("AGREE", False), ("CONSULT", True)], [
        (e.type, e.planned) for e in events]
