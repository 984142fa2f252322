"""A month or weekday told without its year in a clause that tells its act as still to come ("is expected in
Quito in March", "a congress to be held in April", "consultations scheduled for Thursday") is the coming one,
whether or not the act was read as planned; one told in the past stays the one gone by (issue 14, round 16)."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.language.analysis import analyse
from pactline.language.carried_dates import coming_value, told_ahead
from pactline.reading.prepare import prepare


def _read(text, published="2025-07-16"):
    raw = RawDocument(source="t.txt", text=text, fmt="txt", raw_hash="x", published=published)
    sentences = [s for s in analyse(prepare(raw, Options())).sentences if s.span is not None and s.dates]
    assert sentences, "the sentence is parsed and holds a date"
    return [(told_ahead(s, d), coming_value(d, published) if told_ahead(s, d) else d.value)
            for s in sentences for d in s.dates]


@pytest.mark.parametrize("text, value", [
    ("Peru's trade minister is expected in Quito in March to open the fair.", "2026-03"),
    ("Botswana and Zambia will hold their joint commission in Lusaka in February.", "2026-02"),
    ("The foreign ministers of Chile and Uruguay met to prepare the regional congress to be held in May.", "2026-05"),
    ("Mongolia said its prime minister is due in Seoul in March to sign the accord.", "2026-03"),
])
def test_a_time_told_as_still_to_come_is_the_coming_one(text, value):
    assert (True, value) in _read(text)


@pytest.mark.parametrize("text", [
    "Peru's trade minister was expected in Quito in March but the fair was cancelled.",
    "Chile's foreign minister met his Peruvian counterpart in Lima in March.",
    "Talks between Kenya and Uganda that had been scheduled for Monday were called off.",
])
def test_a_time_told_in_the_past_is_not_ahead(text):
    assert not any(ahead for ahead, _value in _read(text))
