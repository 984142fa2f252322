"""A body sentence opening with "By …" names no writer's place; only a correspondent or reporter files "in" a
town, on a byline line of its own (review, round 12)."""

import pytest

from pactline.language.context import byline_place


@pytest.mark.parametrize("line", [
    "By the end of the day in Kampala, the two delegations had left.",
    "By Sunday, Lusaka had agreed to reopen the crossing.",
    "By midnight in Tbilisi, no statement had come.",
])
def test_a_body_sentence_names_no_place(line: str) -> None:
    assert byline_place(line) is None


@pytest.mark.parametrize("line, place", [
    ("By our correspondent in Kampala", "Kampala"),
    ("Special Reporter in Lusaka", "Lusaka"),
    ("By Amara Diallo, Dakar", "Dakar"),
])
def test_a_byline_names_its_place(line: str, place: str) -> None:
    assert byline_place(line) == place
