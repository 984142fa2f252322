"""Regional bodies the gazetteer knows by name (data/roles.json organisations): the Andean Community and the
Community of Portuguese Language Countries resolve to their codes, so a request addressed to one names it as a
party (round 18, issue 14)."""

import pytest

from tests.helpers import extract_text

LEAD = "Peru and Chile held talks in Lima on Monday. "


@pytest.mark.parametrize("sentence, etype, body", [
    ("Peru announced it will ask the Andean Community to examine the tariff dispute.", "REQUEST", "ANDEAN"),
    ("Chile said it would ask the Community of Portuguese Language Countries to send election observers.", "REQUEST",
     "CPLP"),
])
def test_a_regional_body_is_a_party(sentence, etype, body):
    events = [e for e in extract_text(LEAD + sentence, published="2024-05-02").events
              if e.type == etype and sentence[:20] in e.evidence[0].quote]
    assert events and all(body in e.parties for e in events), [(e.type, e.parties) for e in events]
