"""A hope or expectation that a right will be respected or a detainee released, told in the passive, is a stance
of the one who hopes (a call told as a hope; data hoped_of_others "settled"); a forecast about a thing is none."""

import pytest

from tests.helpers import extract_text

OPENING = "Peru and Chile traded accusations on Monday. "


def _records(sentence):
    return [r for r in extract_text(OPENING + sentence, published="2024-05-02").commitments
            if r.evidence[0].quote == sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru expects that the fishermen's rights will be fully respected.",
        "Peru hopes that the detained sailors will be released soon.",
        "Chile expects that Peru will reconsider its decision.",
        "Chile expects that the detained journalists will be freed without delay.",
    ],
)
def test_hope_about_others_is_a_stance(sentence):
    [record] = _records(sentence)
    assert record.kind == "position" and record.modality == "hope"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru expects that exports of copper will rise next year.",
        "Chile hopes that Peru will prosper.",
        # a forecast that a thing will be released is none (review r18, finding 2)
        "The Peruvian central bank expects that the new coins will be released next year.",
        "Peru expects that the funds will be released by Chile in June.",
        "Chile expects that new safety rules will be respected by builders.",
    ],
)
def test_forecast_or_wish_of_fortune_is_none(sentence):
    assert _records(sentence) == []
