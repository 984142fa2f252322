"""A measure told with the day it starts ("will impose duties on cocoa from today", "will suspend flights effective
Monday", "as of 1 June") is the sanction announced (SANCTION), not a threat; a measure held out on a condition or
with no start stays a threat."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _types(sentence):
    return [e.type for e in extract_text(LEAD + sentence, published="2024-05-02").events if "Accra on Monday" not in
            e.evidence[0].quote]


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Peru will impose duties of more than 60 per cent on Ghanaian cocoa from today, the ministry said.", "SANCTION"),
        ("Peru will suspend all flights to Ghana effective Friday.", "SANCTION"),
        ("Peru will expel four Ghanaian diplomats as of 1 June.", "SANCTION"),
        ("Peru will impose sanctions on Ghana if the talks fail.", "THREATEN"),
    ],
)
def test_a_measure_told_with_its_start_is_announced(sentence, kind):
    assert _types(sentence) == [kind]


# Round 18 (issue 15): a measure under a bare "will" or a reported "would", neither warned of nor conditioned, is
# the sanction announced, still to come (planned), as a deployment so told is; "warned that it would …" stays a
# threat, and an expulsion announced stays the expulsion (not planned).
@pytest.mark.parametrize(("sentence", "kind", "planned"), [
    ("Peru will impose sanctions on Ghana.", "SANCTION", True),
    ("The trade minister said Peru would impose a reciprocal tariff on twenty Ghanaian products.", "SANCTION", True),
    ("Peru warned that it would impose sanctions on Ghana.", "THREATEN", False),
    # review fix: a condition on the verb that reports the measure holds it out as well (a campaign promise)
    ("If elected, the Peruvian opposition leader said he would impose tariffs on Ghanaian goods.", "THREATEN", False),
    ("If he wins the election, the Peruvian opposition leader said he would impose tariffs on Ghanaian goods.",
     "THREATEN", False),
    ("Unless Ghana lowers its duties, the Peruvian trade minister said Peru would suspend imports of Ghanaian cocoa.",
     "THREATEN", False),
])
def test_a_measure_announced_ahead_is_planned(sentence: str, kind: str, planned: bool) -> None:
    events = [e for e in extract_text(LEAD + sentence, published="2024-05-02").events
              if "Accra on Monday" not in e.evidence[0].quote]
    assert {(e.type, e.planned) for e in events} == {(kind, planned)}, [(e.type, e.planned) for e in events]
