"""A programme's items at their clock times, each dated by the day heading above it ("Day 2 – Tuesday, 12 March"),
are the acts of their own days: the items of two days never join into one meeting, those of one day may, and the
page's own date does not blur them. Written for other countries."""

from pactline.link.events import cluster_events
from pactline.store.rows import MentionRow


def _item(mid, start, date, quote):
    evidence = [{"doc_id": "d1", "source": "d1.txt", "start": start, "end": start + len(quote), "quote": quote}]
    row = MentionRow(id=mid, date=date, date_end=None, date_confidence="inferred", type="CONSULT", mode=None,
                     cameo="040", source_actor=None, target_actor=None, parties=["GHA", "SEN"], location=None,
                     summary="", evidence=evidence, goldstein=1.0, quad_class=1, doc_id="d1")
    row.doc_published = "2024-03-12"  # the page was updated on the second day
    return row


def test_items_of_two_days_stay_apart_and_those_of_one_day_join():
    items = [_item("a", 100, "2024-03-11", "11:30 Talks between the two presidents at the palace."),
             _item("b", 200, "2024-03-12", "09:30 The presidents open a cocoa forum in Kumasi."),
             _item("c", 300, "2024-03-12", "16:00 Meeting of the joint trade commission."),
             _item("d", 400, "2024-03-13", "10:15 Departure of President Faye for Dakar.")]
    assignment, _links = cluster_events(items)
    assert len({assignment[k] for k in "abd"}) == 3
    assert assignment["b"] == assignment["c"]


def test_lines_that_are_no_items_still_join_across_a_day():
    rows = [_item("a", 100, "2024-03-11", "The two presidents held talks at the palace."),
            _item("b", 200, "2024-03-12", "The presidents met again with their delegations.")]
    assignment, _links = cluster_events(rows)
    assert assignment["a"] == assignment["b"]


def test_numbered_paragraphs_are_no_programme_items():
    # "2.10 The Parties agreed …" of a numbered joint statement, beside a sentence that names another day
    rows = [_item("a", 100, "2024-03-11", "2.10 The Parties agreed to meet again in Accra."),
            _item("b", 200, "2024-03-12", "10.45 per cent of the trade passed through the two ports.")]
    named = _item("c", 300, "2024-03-08", "The two sides first met on Friday, 8 March, in Dakar.")
    assignment, _links = cluster_events(rows + [named])
    assert assignment["a"] == assignment["b"]
