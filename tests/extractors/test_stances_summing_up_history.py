"""A stance told in a clause that sums up an old act ("…, a ruling X rejected") is history the report recalls, as
old as that act (deadlines.told_as_history); the same shape about a recent act stays a stance."""

import pytest

from tests.helpers import extract_text

OPENING = "Peru and Chile traded accusations on Monday. "


def _stances(sentence):
    return [r for r in extract_text(OPENING + sentence, published="2024-05-02").commitments if r.kind == "position"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A tribunal in 2014 handed Chile the bulk of the fishing zone, a verdict Peru rejected.",
        "Mali expelled the envoy in 2019, a decision that Algeria condemned.",
        "In 2016 the tribunal awarded Chile the waters, a ruling that Peru rejected.",
    ],
)
def test_stance_on_an_old_act_is_history(sentence):
    assert _stances(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A tribunal on Friday handed Chile the bulk of the fishing zone, a verdict Peru rejected.",
        "Mali expelled the envoy on Friday, a decision that Algeria condemned.",
        "On Friday the tribunal awarded Chile the waters, a ruling that Peru rejected.",
        "Chile rejected the ruling, which the tribunal issued in 2015.",
    ],
)
def test_stance_on_a_recent_act_or_of_today_stays(sentence):
    assert _stances(sentence)
