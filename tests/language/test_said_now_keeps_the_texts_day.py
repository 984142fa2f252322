"""What a writer or speaker does in the present as they write it ("I condemn the attacks", "We call on X to …")
is of the text's own day, not of the day of a trip the text told before; a byline's "By" is no part of the name.
Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_OPED = ("OPINION\n\nWhy I went to {city}\n\nBy Jane Doe, Foreign Minister of Ghana\n\nPublished 5 March 2025\n\n"
         "On Monday I travelled to {city}, my first visit as foreign minister. I met the President at State House.\n\n"
         "{sentence}")


@pytest.mark.parametrize("city,sentence,kind", [
    ("Nairobi", "I condemn the attacks on civilians in eastern Congo in the strongest terms.", "PROTEST"),
    ("Kinshasa", "We call on Kigali to withdraw its troops from Congolese territory.", "REQUEST"),
])
def test_an_act_said_now_keeps_the_texts_day(city, sentence, kind):
    events = extract_text(_OPED.format(city=city, sentence=sentence), published="2025-03-05").events
    said = [e for e in events if e.type == kind]
    trip = [e for e in events if e.type == "CONSULT" and e.evidence[0].quote.startswith("On Monday")]
    assert said and all(e.date == "2025-03-05" for e in said), [(e.type, e.date) for e in events]
    assert trip and trip[0].date == "2025-03-03"
    assert all(e.source_actor is None or not e.source_actor.name.startswith("By ") for e in events)
