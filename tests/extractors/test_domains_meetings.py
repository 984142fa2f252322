"""A pledge to hold a meeting of a series (a body sits, officials meet for it, or the meeting recurs) is
institutional; leaders agreeing to meet once more is the relationship itself, politics. Sentences written for
other country pairs."""

import pytest

from tests.helpers import extract_text

HEAD = "Ghana and Togo held talks in Accra on 3 May 2024. "


def _first_domain(sentence):
    records = extract_text(HEAD + sentence, published="2024-05-03").commitments
    assert len(records) == 1, [(r.kind, r.text) for r in records]
    return records[0].domains[0]


@pytest.mark.parametrize(
    "sentence,domain",
    [
        ("The two presidents agreed to meet face to face again later this year.", "politics"),
        ("The leaders agreed to meet again in Lome before the end of the year.", "politics"),
        ("The presidents agreed that the vice-ministers will meet in Lome in August to prepare the visit.", "institutional"),
        ("They instructed their foreign ministers to meet in Lome in March to review the agreements.", "institutional"),
        ("The leaders agreed that their trade ministers will meet twice a year.", "institutional"),
        ("They agreed that the joint commission will meet in Lome in May 2025.", "institutional"),
    ],
)
def test_who_meets_decides_the_domain(sentence, domain):
    assert _first_domain(sentence) == domain
