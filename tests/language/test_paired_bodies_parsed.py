"""Review rv19: "The two central banks will …" (a public body of each side, a pledge of the pair:
state_organs.paired_bodies) is only read when the pre-filter sends the sentence to the parser; with no actor word and
no capitalised word after the first it was skipped, so the rule never saw it. A sentence of two bodies with no
pledge still gives none. The sentences are written for this file, about countries of their own."""

from __future__ import annotations

import pytest

from pactline.language.sentences import needs_parse
from tests.helpers import extract_text


def _pledges(text: str) -> list:
    return [r for r in extract_text(text, published="2024-04-10").commitments if r.kind == "commitment"]


@pytest.mark.parametrize("sentence", [
    "The two central banks will open liaison offices in each capital next year.",
    "The two national railways will run a night train between the capitals from June.",
])
def test_two_bodies_of_each_side_hold_the_pairs_pledge(sentence: str) -> None:
    assert needs_parse(sentence)
    records = _pledges("Vietnam and Australia held talks in Hanoi on Monday. " + sentence)
    assert [r.parties for r in records] == [["AUS", "VNM"]], [(r.text, r.parties) for r in records]


@pytest.mark.parametrize("sentence", [
    "The two central banks were founded in the same decade.",
    "Two commercial banks opened branches in the port last year.",
])
def test_bodies_with_no_pledge_give_none(sentence: str) -> None:
    assert _pledges("Vietnam and Australia held talks in Hanoi on Monday. " + sentence) == []
