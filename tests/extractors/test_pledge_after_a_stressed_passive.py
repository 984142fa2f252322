"""A finite verb after ", and" that the parser coordinated with the passive of a reported clause is the
sentence's subject's own pledge ("stressed that X should be settled, and committed to …")."""

import pytest

from tests.helpers import extract_text

LEAD = "Peru and Chile held talks in Lima on Monday. "


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("The two ministers stressed that seasonal workers must be paid on time, and committed to open a joint labour "
         "office in Arica.", "open a joint labour office"),
        ("The ministers underlined that the fishing quarrel must be resolved through talks, and pledged to sign a new "
         "fisheries pact by June.", "sign a new fisheries pact"),
        ("Peru stressed that migrants should be treated humanely, and agreed to open two more shelters at the border.",
         "open two more shelters"),
    ],
)
def test_a_pledge_after_a_stressed_passive_is_the_subjects_own(sentence, words):
    records = [r for r in extract_text(LEAD + sentence, published="2024-05-06").commitments if r.kind == "commitment"]
    assert len(records) == 1 and words in records[0].text, [(r.kind, r.text) for r in records]
    assert records[0].parties in (["CHL", "PER"], ["PER"])


@pytest.mark.parametrize(
    "sentence, party, words",
    [
        ('The Chilean minister said Santiago was "committed to rebuilding the flooded schools", citing the new budget.',
         "CHL", "rebuilding the flooded schools"),
        ('The minister said Lima stood "ready to fund the second bridge" as soon as the survey ends.', "PER",
         "fund the second bridge"),
        ('The minister said Lima remained "ready to reopen the consulate in Arica" once repairs end.', "PER",
         "reopen the consulate in Arica"),
    ],
)
def test_a_quoted_readiness_to_act_in_a_reported_clause_is_a_pledge(sentence, party, words):
    records = extract_text(LEAD + sentence, published="2025-05-06").commitments
    assert [(r.kind, r.parties, r.text) for r in records] == [("commitment", [party], words)]
