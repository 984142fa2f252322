"""A quoted stance verb with a judging word inside ("“We condemn this cowardly attack,” the army said") is the
stance itself: the report "said" must not take its place with a record of the bare reporting verb."""

import pytest

from tests.helpers import extract_text

LEAD = "Kenya and Tanzania held talks in Nairobi on 3 May 2024. "


@pytest.mark.parametrize("sentence", [
    "\u201cWe condemn this cowardly attack on our forces,\u201d the Kenyan army said in a statement.",
    "\"We condemn this cowardly attack on our forces,\" Kenyan army spokesman Paul Njuguna said.",
])
def test_a_quoted_condemnation_is_the_record(sentence):
    records = [r for r in extract_text(LEAD + sentence, published="2024-05-03").commitments if r.kind == "position"]
    assert records and all("condemn this cowardly attack" in r.text and r.parties == ["KEN"] for r in records), \
        [(r.text, r.parties) for r in records]


def test_a_report_of_a_judgement_stays_the_reporters_stance():
    text = LEAD + "Kenya said the raid on the border post was illegal."
    records = [r for r in extract_text(text, published="2024-05-03").commitments if r.kind == "position"]
    assert [r.parties for r in records] == [["KEN"]] and "illegal" in records[0].text, [r.text for r in records]
