"""A third party named through what it does: support for "the work of" an organisation or "the efforts of"
an envoy is support for that organisation."""

import pytest

from tests.helpers import extract_text

_OPENING = "Kenya and Ghana held talks in Nairobi on Monday. "


@pytest.mark.parametrize(
    "sentence,third",
    [
        ("The two foreign ministers voiced support for the work of the African Union.", "AU"),
        ("The two presidents backed the mandate of the UN mission in Libya.", "UN"),
        ("The two leaders welcomed the mediation efforts of Qatar.", "QAT"),
    ],
)
def test_support_for_the_work_of_a_third_party_names_it(sentence, third):
    events = extract_text(_OPENING + sentence, published="2024-03-12").events
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and set(support[0].parties) == {"GHA", "KEN", third}


def test_a_topic_of_the_talks_names_no_third_party():
    events = extract_text(_OPENING + "The two leaders discussed the situation of refugees in the region.",
                          published="2024-03-12").events
    assert all(set(e.parties) == {"GHA", "KEN"} for e in events)
