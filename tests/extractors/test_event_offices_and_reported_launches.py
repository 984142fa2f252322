"""An office, mission or embassy opened abroad is cooperation (PLOVER COOPERATE), not a meeting; an act that a
ministry reports ("… was launched on Tuesday, the ministry said") is dated by its own day and summarised by the
act, not by the reporting clause. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-03-14"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.date, e.summary) for e in events]


@pytest.mark.parametrize("text, source", [
    ("Kenya opened its trade office in Lima on Friday.", "KEN"),
    ("Ghana opened a new trade office in Seoul on Friday.", "GHA"),
    ("Norway opened a representation in Hanoi on Monday, the foreign ministry said.", "NOR"),
])
def test_an_office_opened_abroad_is_cooperation(text, source):
    events = _events(text)
    assert any(e.type == "COOPERATE" and source in e.parties for e in events), _seen(events)
    assert not any(e.type == "CONSULT" for e in events), _seen(events)


@pytest.mark.parametrize("text, day", [
    ("Peru and Korea news. The direct air cargo route between Lima and Busan was launched on Tuesday when the "
     "first freighter left the airport of Lima, Peru's transport ministry said.", "2024-03-12"),
    ("Chile and Japan news. The new ferry link between Valparaiso and Yokohama was inaugurated on Monday, "
     "Chile's transport ministry said.", "2024-03-11"),
])
def test_a_reported_launch_is_dated_by_its_own_day(text, day):
    events = [e for e in _events(text) if e.type == "COOPERATE"]
    assert events and all(e.date == day for e in events), _seen(events)
    assert not any(e.summary.endswith("said") for e in events), _seen(events)
