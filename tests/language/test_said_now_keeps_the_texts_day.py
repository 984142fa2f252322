"""What a writer or speaker does in the present as they write it ("I deplore the blockade", "We ask X to …")
is of the text's own day, not of the day of a trip the text told before; a byline's "By" is no part of the name.
Invented situations."""

import pytest

from tests.helpers import extract_text

_OPED = ("OPINION\n\nWhy I went to {city}\n\nBy Jane Doe, Foreign Minister of Ghana\n\nPublished 5 March 2025\n\n"
         "On Monday I travelled to {city}, my first visit as foreign minister. I met the President at State House.\n\n"
         "{sentence}")


@pytest.mark.parametrize("city,sentence,kind", [
    ("Nairobi", "I deplore the blockade of the port of Mombasa by striking dockers.", "PROTEST"),
    ("Kinshasa", "We ask Luanda to reopen the rail line to Lobito.", "REQUEST"),
])
def test_an_act_said_now_keeps_the_texts_day(city, sentence, kind):
    events = extract_text(_OPED.format(city=city, sentence=sentence), published="2025-03-05").events
    said = [e for e in events if e.type == kind]
    trip = [e for e in events if e.type == "CONSULT" and e.evidence[0].quote.startswith("On Monday")]
    assert said and all(e.date == "2025-03-05" for e in said), [(e.type, e.date) for e in events]
    assert trip and trip[0].date == "2025-03-03"
    assert all(e.source_actor is None or not e.source_actor.name.startswith("By ") for e in events)
