"""An instrument signed or exchanged with no signer named ("Five agreements were signed", "a memorandum was
exchanged") is an AGREE of the text's two parties; one signed "between" others is not theirs."""

import pytest

from tests.helpers import extract_text

LEAD = ("Ghana and Chile hold talks\n\nACCRA, 3 May 2024 — President Mahama of Ghana received President Boric of "
        "Chile at Jubilee House on Friday.\n\n")


@pytest.mark.parametrize("line", [
    "A memorandum on port cooperation was also exchanged.",
    "A memorandum on port cooperation was also signed.",
    "Three agreements were signed.",
])
def test_an_agentless_signing_is_the_pairs(line):
    events = extract_text(LEAD + line, published="2024-05-03").events
    agreed = [e for e in events if e.type == "AGREE" and e.evidence[0].quote == line]
    assert agreed and set(agreed[0].parties) == {"CHL", "GHA"}, [(e.type, e.parties, e.evidence[0].quote) for e in events]


def test_a_signing_between_others_is_not_the_pairs():
    line = "A deal was signed between Peru and Bolivia in 2019."
    events = extract_text(LEAD + line, published="2024-05-03").events
    assert not [e for e in events if e.evidence[0].quote == line and set(e.parties) == {"CHL", "GHA"}]
