"""An act told as going on in the simple present ("Bolivia continues to buy Argentine gas") is narrative, not a
pledge ("will continue to …" binds); an announcement recalled as the time from which the report counts ("a year
after the minister announced that Kenya would …") is background. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Bolivia continues to buy Argentine gas through the old pipeline, the senator said.",
        "Ghana continues to host the regional fisheries secretariat in Tema, officials said.",
        "Chile and Peru held talks in Lima. The two countries continue to share data on the anchovy stock.",
    ],
)
def test_an_ongoing_act_in_the_present_is_no_pledge(sentence):
    records = extract_text(sentence, published="2024-05-02").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


def test_a_continued_act_told_for_the_future_stays_a_pledge():
    records = extract_text("Bolivia will continue to buy Argentine gas through the old pipeline.",
                           published="2024-05-02").commitments
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge opened to traffic on Friday, a year after the minister announced that Kenya would fund half of it.",
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
        "Kenya agreed to lease three ferries to Tanzania, and in 2011 the first ferry entered service on Lake Victoria.",
        "Ghana agreed to train Togolese pilots, and in 2012 Togo opened its own flight school in Lome.",
    ],
)
def test_a_past_pledge_before_a_later_act_dated_long_ago_is_history(sentence):
    records = extract_text(sentence, published="2024-05-02").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


def test_a_pledge_of_the_day_beside_another_clause_stays():
    records = extract_text("Ghana agreed on Monday to supply Togo with power, and Togo said it would pay in cedis.",
                           published="2024-05-02").commitments
    assert len([r for r in records if r.kind == "commitment"]) == 2, [(r.kind, r.text) for r in records]


def test_a_pledge_of_the_day_before_an_old_dated_act_stays():
    records = extract_text("Peru agreed on Monday to supply gas to Chile, and in 2009 Chile began buying Bolivian gas.",
                           published="2024-05-02").commitments
    assert [r.parties for r in records if r.kind == "commitment"] == [["PER"]], [(r.kind, r.text) for r in records]
