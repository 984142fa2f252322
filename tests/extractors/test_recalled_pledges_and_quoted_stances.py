"""An earlier pledge a later report counts time from is recalled, not made again; a quoted judgement that leads
its reporting verb is the stance's text, not the reporting clause; support for a partner's bid or candidacy is a
stance (sentences written for other country pairs)."""

import pytest

from tests.helpers import extract_text


def _records(text, published="2024-09-12"):
    return [(r.kind, r.parties, r.text) for r in extract_text(text, published=published).commitments]


@pytest.mark.parametrize(
    "text",
    [
        "The fisheries talks between Ghana and Norway had stalled, two months after the two countries pledged to "
        "conclude them by July.",
        "Work on the Tema cold store has barely begun, a year after Norway promised to finance it.",
        "Since Uruguay vowed in May to cut fuel subsidies, prices in Montevideo have risen twice.",
    ],
)
def test_a_pledge_the_report_counts_time_from_is_recalled_not_made(text):
    assert not [r for r in _records(text) if r[0] == "commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "After talks on Monday, Ghana and Norway pledged to conclude the fisheries accord by July.",
        "Uruguay pledged to cut fuel subsidies after the lender approved the loan.",
    ],
)
def test_a_pledge_made_after_an_occasion_is_still_made(text):
    assert [r for r in _records(text) if r[0] == "commitment"]


@pytest.mark.parametrize(
    "text,party,words",
    [
        ('"We are disappointed that Oslo has not yet ratified the fisheries accord," Ghana\'s foreign minister told '
         "reporters in Accra.", "GHA", "disappointed that Oslo"),
        ('"This is a grave violation of our waters," the Philippine coast guard spokesman told a news conference in '
         "Manila.", "PHL", "grave violation"),
    ],
)
def test_a_quoted_judgement_before_its_reporting_verb_is_the_stance_text(text, party, words):
    [(kind, parties, stance)] = _records(text)
    assert kind == "position" and parties == [party]
    assert words in stance and "told" not in stance


@pytest.mark.parametrize(
    "text,party",
    [
        ("Oman and Kenya held talks in Muscat. Oman supports Kenya's bid to host the ocean conference in 2030, the "
         "joint statement said.", "OMN"),
        ("Latvia and Chile held talks. Latvia backs Chile's candidacy for a seat on the Human Rights Council.", "LVA"),
    ],
)
def test_support_for_a_partners_bid_is_a_stance(text, party):
    assert [(k, p) for k, p, _t in _records(text)] == [("position", [party])]
