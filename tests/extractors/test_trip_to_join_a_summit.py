"""A trip whose purpose is to attend or join an organisation's gathering ("will travel to Rome to join the G20
summit") has that organisation for a party, as a trip "for the OSCE summit" has. Sentences written for other
countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("sentence,body", [
    ("After Accra, President Ruto will travel to Brazil to join the G20 leaders' summit.", "G20"),
    ("The Ghanaian Foreign Minister flew to Astana on Monday to attend the SCO summit.", "SCO"),
])
def test_a_trip_to_join_a_gathering_has_its_organisation_for_a_party(sentence, body):
    text = "Kenya and Ghana held talks in Accra on Monday.\n\n" + sentence
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "CONSULT" and e.evidence
              and e.evidence[0].quote.startswith(sentence[:20])]
    assert events and all(body in e.parties for e in events), [(e.parties, e.evidence[0].quote) for e in events]
