"""A report's acts told without a time take the day its news is of (its first act's own day, just before the
document's), not the day it was issued, but for the other side's answer; a report whose first act is older
keeps the document's day. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_REPORT = ("Eritrean forces shelled positions near the border town of Zalambessa before dawn on Tuesday, killing "
           "12 Ethiopian soldiers, the Ethiopian defence ministry said.\n\n"
           "Local officials described heavy damage to the market and the clinic.\n\n"
           "The residents were moved to camps further south.\n\n"
           "Ethiopia's foreign ministry condemned the shelling and accused Asmara of seeking to reopen the war.\n\n"
           "The UN envoy for the Horn of Africa urged restraint.")


def _dated(published):
    out = {}
    for event in extract_text(_REPORT, published=published).events:
        out.setdefault(event.type, event.date)  # each type's first act
    return out


@pytest.mark.xfail(strict=True, reason="known gap (round 12): a reported act 'shelled … before dawn on Tuesday, the "
                   "ministry said' keeps the report's day; the test passed before only through a spurious event "
                   "('officials described heavy damage' coded as an act), which the retrained typer no longer makes")
def test_undated_reaction_takes_the_news_day():
    dates = _dated("2024-03-06")  # a Wednesday: the shelling was on Tuesday the 5th
    assert dates.get("REQUEST") == "2024-03-05", dates
    assert dates.get("PROTEST") == "2024-03-06", dates  # the other side's answer: the text's own day


def test_news_day_days_before_the_document_is_not_lent():
    dates = _dated("2024-03-09")  # a Saturday: Tuesday's shelling is older news than the reaction
    assert dates.get("REQUEST") == "2024-03-09", dates


def test_meeting_still_to_come_takes_the_day_of_the_coming_visit():
    text = ("At the invitation of President Ruto, President Mahama of Ghana will pay a state visit to Kenya from "
            "14 to 16 May.\n\nDuring the visit, the two presidents will hold talks and will witness the signing "
            "of trade agreements. The Kenyan Deputy President will also meet with him.")
    events = [e for e in extract_text(text, published="2024-05-08").events if e.planned]
    assert events and all(e.date and e.date.startswith("2024-05-1") for e in events), [(e.type, e.date) for e in events]


def test_an_act_without_evidence_is_no_lead():
    from pactline.core.records import Event
    from pactline.language.news_day import news_day

    bare = Event("e1", "d1", "2025-03-04", None, "stated", "CONSULT", None, "040", None, None, [], None, "met", [])
    assert news_day([bare], [bare], {"e1"}) is None
