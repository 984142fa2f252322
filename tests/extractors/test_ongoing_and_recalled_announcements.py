"""An act told as going on in the simple present ("Bolivia continues to press its claim") is narrative, not a
pledge ("will continue to …" binds); an announcement recalled as the time from which the report counts ("a month
after the premier announced that Denmark would …") is background. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Bolivia continues to press its claim to the sea at the International Court of Justice, the senator said.",
        "Ghana condemned the arrests and continues to regard the detained mayor as the rightful office holder.",
    ],
)
def test_an_ongoing_act_in_the_present_is_no_pledge(sentence):
    records = extract_text(sentence, published="2024-05-02").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


def test_a_continued_act_told_for_the_future_stays_a_pledge():
    records = extract_text("Bolivia will continue to press its claim to the sea.", published="2024-05-02").commitments
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The last Danish troops left the base on Monday, officials said, a month after the premier announced that "
        "Denmark would end its mission in the country.",
        "Talks resumed in Lima on Tuesday, ten days after the minister announced that Peru would reopen its consulate "
        "in Arica.",
    ],
)
def test_an_announcement_recalled_as_a_starting_point_is_background(sentence):
    records = extract_text(sentence, published="2024-05-02").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru agreed to sell Chile two million tonnes of gas a year, and in 2009 Chile began importing Peruvian gas.",
        "Ghana agreed to supply Togo with power from the Akosombo dam, and in 2012 Togo started paying for it in cedis.",
    ],
)
def test_a_past_pledge_before_a_later_act_dated_long_ago_is_history(sentence):
    records = extract_text(sentence, published="2024-05-02").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


def test_a_pledge_of_the_day_beside_another_clause_stays():
    records = extract_text("Ghana agreed on Monday to supply Togo with power, and Togo said it would pay in cedis.",
                           published="2024-05-02").commitments
    assert len([r for r in records if r.kind == "commitment"]) == 2, [(r.kind, r.text) for r in records]
