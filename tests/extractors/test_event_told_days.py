"""The day the story gives an act carries to where it is told without one: a headline or lead sums up an act the
body dates (whatever kind the body reads it as), and a quotation is said on the day its speaker is said to speak."""

import pytest

from tests.helpers import extract_text


def test_a_lead_takes_the_day_of_the_same_act_read_with_a_kind_of_its_own():
    text = ("Ecuador shuts border with Colombia\n\nEcuador has closed all its border crossings with Colombia, "
            "officials said.\n\nInterior Minister Monica Palencia announced the closure on Thursday, saying that "
            "Ecuador had also expelled Colombian nationals without valid papers.")
    events = extract_text(text, published="2024-03-11").events
    assert sorted({str(e.date) for e in events if e.type == "SANCTION"}) == ["2024-03-07"]


@pytest.mark.parametrize(
    "text,published,date",
    [
        ("Chile's government said on Friday that it regretted the decision. \"We call on Peru to settle its own "
         "disputes without blaming its neighbours,\" the spokeswoman said.", "2024-05-13", "2024-05-10"),
        ("The Ghanaian minister spoke to reporters in Accra on Tuesday. \"We demand that Togo hand over the "
         "suspects,\" he said.", "2023-09-08", "2023-09-05"),
    ],
)
def test_a_quotation_is_dated_by_its_speakers_day(text, published, date):
    events = extract_text(text, published=published).events
    assert [str(e.date) for e in events if e.type == "REQUEST"] == [date]


def test_a_quotation_without_a_day_told_keeps_the_report_s():
    text = "Officials in Lima met the envoy. \"We call on Bolivia to release the trucks,\" the minister said."
    events = extract_text(text, published="2024-05-13").events
    assert [str(e.date) for e in events if e.type == "REQUEST"] == ["2024-05-13"]


@pytest.mark.parametrize(
    "text",
    [
        "Following the talks, Peru and Chile signed a programme of cultural exchanges for 2025-2026.",
        "The ministers of Ghana and Togo signed the joint work plan for 2025 after the meeting.",
    ],
)
def test_the_term_a_noun_is_for_does_not_date_the_act(text):
    events = extract_text(text, published="2025-03-12").events
    assert events and all(str(e.date) == "2025-03-12" for e in events), [(e.type, e.date) for e in events]
