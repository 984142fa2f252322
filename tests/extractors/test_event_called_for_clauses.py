"""A call for a side to act ("called for Kenya to withdraw its troops", "called for the United Nations to send
observers"): the parser opens the clause with "for" and hangs it on the verb. The call is the request (REQUEST),
addressed to the clause's subject; the act called for is only asked for, no event of its own (round 18, issue 14:
a type decided by the wrong word, a target missing)."""

import pytest

from tests.helpers import extract_text

LEAD = "Peru and Chile held talks in Lima on Monday. "


def _events(sentence: str):
    return [(e.type, sorted(e.parties)) for e in extract_text(LEAD + sentence, published="2024-05-02").events
            if sentence[:20] in e.evidence[0].quote]


@pytest.mark.parametrize("sentence, parties", [
    ("Ghana called for Kenya to withdraw its troops from the border.", ["GHA", "KEN"]),
    ("President Boric called for the United Nations to send observers to the border.", ["CHL", "UN"]),
    ("Norway called for Sweden to reopen the crossing at once.", ["NOR", "SWE"]),
])
def test_a_call_for_a_side_to_act_is_a_request_to_it(sentence, parties):
    assert ("REQUEST", parties) in _events(sentence), _events(sentence)


@pytest.mark.parametrize("sentence, act", [
    ("Ghana called for Kenya to withdraw its troops from the border.", "RETREAT"),
    ("Norway called for Sweden to reopen the crossing at once.", "CONCEDE"),
])
def test_the_act_called_for_is_no_event(sentence, act):
    assert all(etype != act for etype, _parties in _events(sentence)), _events(sentence)
