"""A rejection stated as a noun ("reiterated Ghana's firm rejection of …", "expressed its categorical rejection of")
is REJECT, also beside a warning of a danger ("warned against the dangers of …", which the verb patterns do not
code as a threat by the one who warns)."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _types(sentence):
    return [e.type for e in extract_text(LEAD + sentence, published="2024-05-02").events if "Accra on Monday" not in
            e.evidence[0].quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mahama reiterated Ghana's firm rejection of any unilateral measures to annex the border zone.",
        "The foreign minister voiced Peru's categorical rejection of the blockade of its ports.",
        "The President warned against the dangers of further escalation and renewed Ghana's rejection of any "
        "attempt to expel refugees from their homes.",
    ],
)
def test_a_rejection_told_as_a_noun_is_reject(sentence):
    types = _types(sentence)
    assert "REJECT" in types, types
