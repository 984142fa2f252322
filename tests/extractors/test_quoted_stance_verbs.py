"""A quoted stance verb with a judging word inside ("“We condemn this cowardly attack,” the army said") is the
stance itself: the report "said" must not take its place with a record of the bare reporting verb."""

import pytest

from tests.helpers import extract_text

LEAD = "Kenya and Tanzania held talks in Nairobi on 3 May 2024. "


@pytest.mark.parametrize("sentence", [
    "\u201cWe condemn this cowardly attack on our border post,\u201d the Kenyan army said in a statement.",
    "\"We condemn this cowardly attack on our border post,\" Kenyan army spokesman Paul Njuguna said.",
])
def test_a_quoted_condemnation_is_the_record(sentence):
    records = [r for r in extract_text(LEAD + sentence, published="2024-05-03").commitments if r.kind == "position"]
    assert records and all("condemn this cowardly attack" in r.text and r.parties == ["KEN"] for r in records), \
        [(r.text, r.parties) for r in records]


def test_a_report_of_a_judgement_stays_the_reporters_stance():
    text = LEAD + "Kenya said the raid on the border post was illegal."
    records = [r for r in extract_text(text, published="2024-05-03").commitments if r.kind == "position"]
    assert [r.parties for r in records] == [["KEN"]] and "illegal" in records[0].text, [r.text for r in records]


def test_a_reported_passive_judgement_is_the_speakers():
    text = LEAD + "Kenya said that no fugitive could be considered a political refugee."
    records = [r for r in extract_text(text, published="2024-05-03").commitments if "refugee" in r.text]
    assert records and all(r.parties == ["KEN"] for r in records), [(r.text, r.parties) for r in records]


def test_a_passive_stance_told_by_no_one_is_the_pairs():
    text = LEAD + "The importance of the central rail corridor was underlined."
    records = [r for r in extract_text(text, published="2024-05-03").commitments if "underlined" in r.text]
    assert records and all(sorted(r.parties) == ["KEN", "TZA"] for r in records), [(r.text, r.parties) for r in records]


def test_a_judgement_in_a_that_clause_after_a_statement_is_reported():
    text = LEAD + ("Kenya's presidency said in a statement that Tanzania had \u201cabused the immunities and "
                   "privileges\u201d granted to its embassy.")
    records = [r for r in extract_text(text, published="2024-05-03").commitments if "abused" in r.text]
    assert records and all(r.kind == "position" and r.parties == ["KEN"] for r in records), \
        [(r.kind, r.text, r.parties) for r in records]
