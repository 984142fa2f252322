"""A month or weekday told without its year in a clause that tells its act as still to come ("is expected in
Gaborone in March", "a summit to be held in April", "consultations scheduled for Thursday") is the coming one,
whether or not the act was read as planned; one told in the past stays the one gone by (issue 14, round 16)."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.language.analysis import analyse
from pactline.language.carried_dates import told_ahead
from pactline.reading.prepare import prepare


def _told_ahead(text, published="2025-07-16"):
    raw = RawDocument(source="t.txt", text=text, fmt="txt", raw_hash="x", published=published)
    sentences = [s for s in analyse(prepare(raw, Options())).sentences if s.span is not None and s.dates]
    assert sentences, "the sentence is parsed and holds a date"
    return [told_ahead(s, d) for s in sentences for d in s.dates]


@pytest.mark.parametrize("text", [
    "Namibia's president is expected in Gaborone in March for a state visit, his first since taking office.",
    "Botswana and Zambia will hold their joint commission in Lusaka in February.",
    "The foreign ministers of Chile and Peru met to prepare the Pacific Alliance summit to be held in May.",
    "Mongolia said its prime minister is due in Seoul in March to sign the accord.",
])
def test_a_time_told_as_still_to_come(text):
    assert any(_told_ahead(text))


@pytest.mark.parametrize("text", [
    "Namibia's president was expected in Gaborone in March but the visit was postponed.",
    "Chile's foreign minister met his Peruvian counterpart in Lima in March.",
    "Talks between Kenya and Uganda that had been scheduled for Monday were called off.",
])
def test_a_time_told_in_the_past_is_not_ahead(text):
    assert not any(_told_ahead(text))


def test_an_act_read_as_done_takes_the_coming_month():
    from tests.helpers import extract_text

    text = "Morocco's foreign minister met Senegal's envoy, who said the summit would be held in Dakar in March."
    dates = {e.date for e in extract_text(text, published="2025-07-16").events if e.date and e.date.endswith("-03")}
    assert dates <= {"2026-03"}
