"""Relative deadlines resolved against the date a pledge was made, at the precision known."""

import pytest

from pactline.extractors.deadlines import relative_deadline
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text,made_on,expected",
    [
        ("double trade within five years", "2024-05-02", "2029-05"),
        ("double trade within five years", "2024", "2029"),
        ("provide loans over the next three years", "2023-11", "2026-11"),
        ("finalise the deal by the end of the year", "2022-06-28", "2022"),
        ("sign the treaty by the end of next year", "2021", "2022"),
        ("open the bridge in the first half of the year", "2025-01-10", "2025-06"),
        ("hold the meeting in the second half of next year", "2024-03-01", "2025-12"),
        ("reopen the border within three months", "2024-11-15", "2025-02"),
        ("reopen the border within three months", "2024", "2025"),
        ("hold the fifth meeting within this year", "2023-07-01", "2023"),
        ("expand cooperation in energy", "2024-05-02", None),
        ("double trade within five years", None, None),
        ("rebuild the railway within eighteen months", "2024-02-05", "2025-08"),
        ("pave the corridor within twenty-four months", "2021-03-10", "2023-03"),
        ("convene the next session in the first half of 2026", "2025-07-01", "2026-06"),
        ("submit it to parliament before the end of the second half of 2022", "2021-09-14", "2022-12"),
        ("lend 400 million euros over the 2025-2029 period", "2025-03-01", "2029"),
        ("train 300 nurses during 2024-26", "2024-01-10", "2026"),
        ("fund the clinics from 2025 to 2028", "2024-11-02", "2028"),
        ("grow trade by 20-30 percent", "2024-11-02", None),
        ("finish the code of conduct by the middle of the year", "2019-03-05", "2019-06"),
        ("finish the code of conduct by mid-year", "2019-03-05", "2019-06"),
        ("finish the code of conduct by the middle of next year", "2019-03-05", "2020-06"),
    ],
)
def test_relative_deadline(text, made_on, expected):
    assert relative_deadline(text, made_on) == expected


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("by 2027", "2027"),
        ("by the end of 2025", "2025"),
        ("no later than 2026", "2026"),
        ("before the end of this year", "2024"),
        ("by the end of the year", "2024"),
        ("by year-end", "2024"),
        ("later this year", "2024"),
        ("this year", "2024"),
        ("next year", "2025"),
        ("by next year", "2025"),
        ("within five years", "2029-05"),
        ("within a year", "2025-05"),
        ("over the next three years", "2027-05"),
        ("over the next decade", "2034"),
        ("within the next two months", "2024-07"),
        ("within 18 months", "2025-11"),
        ("in the first half of next year", "2025-06"),
        ("in the second half of 2025", "2025-12"),
        ("by mid-2026", "2026-06"),
        ("by the end of the first quarter of 2025", "2025-03"),
        ("by March 2026", "2026-03"),
        ("in 2026", "2026"),
        ("ahead of next year's 45th anniversary of their ties", "2025"),
        ("before the end of the decade", "2029"),
    ],
)
def test_a_pledges_deadline_in_news_wording(phrase, expected):
    text = f"Ghana and Togo held talks in Accra on Monday. The two presidents agreed to open a joint border post {phrase}."
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline == expected, [(r.text, r.deadline) for r in records]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Looking ahead to the 70th anniversary of diplomatic relations between Ghana and Togo next year, the two "
         "presidents decided to raise their partnership to new heights.", "2025"),
        ("Ghana and Togo held talks in Accra on Monday. With an eye to next year's summit in Lome, the two presidents "
         "agreed to finalise the customs union.", "2025"),
    ],
)
def test_a_deadline_set_by_the_sentence_frame(text, expected):
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline == expected, [(r.text, r.deadline) for r in records]


def test_a_past_date_is_no_deadline():
    text = "Ghana and Togo held talks in Accra on Monday. The two presidents agreed to open the joint border post first proposed in 2019."
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline is None


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("ahead of the summit in November", "2024-11"),
        ("by the end of March", "2025-03"),
        ("by March 15", "2025-03-15"),
        ("before the end of July", "2024-07"),
        ("by the end of the year 2026", "2026"),
        ("within the year", "2024"),
        ("before the 2025 rainy season", "2025"),
        ("in time for the 2026 regional summit", "2026"),
        ("by the end of the third quarter", "2024-09"),
        ("before August 2025", "2025-07"),
        ("before 2027", "2026"),
        ("before the end of 2026", "2026"),
        ("on 1 September", "2024-09-01"),
    ],
)
def test_a_month_or_year_named_without_its_year_looks_forward(phrase, expected):
    """A pledge looks forward: a month named without its year is the next such month after the pledge, and a
    year that qualifies an occasion ("before the 2025 rainy season") dates it."""
    text = f"Malawi and Zambia held talks in Lusaka on Monday. The two presidents agreed to open a joint border post {phrase}."
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline == expected, [(r.text, r.deadline) for r in records]


@pytest.mark.parametrize(
    "text,made_on,expected",
    [
        ("hold joint exercises on both sides of the river this spring", "2024-02-10", "2024"),
        ("hold the next council meeting in Quito in the autumn", "2023-03-01", "2023"),
        ("hold the next council meeting in Quito in the autumn", "2023-12-01", "2024"),
        ("open the second bridge by next summer", "2025-10-20", "2026"),
        ("open the ferry line in the fall of 2027", "2025-10-20", "2027"),
        ("keep the border open during the winter", "2024-01-05", "2024"),
        ("warned that exports would fall", "2024-01-05", None),
    ],
)
def test_a_season_is_the_year_of_the_coming_one(text, made_on, expected):
    assert relative_deadline(text, made_on) == expected


def test_a_date_told_of_the_thing_pledged_is_no_deadline():
    """ "the treaty, signed last October, …": the date of a clause about the object is not when the pledge falls due."""
    text = ("Malawi and Zambia held talks in Lusaka on Monday. The two presidents agreed to bring the transit treaty, "
            "signed last October, into force on 1 August this year.")
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline == "2024-08-01", [(r.text, r.deadline) for r in records]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Malawi and Zambia held talks in Lusaka on Monday. Zambia hosts the regional leaders' summit in September. "
         "The two presidents agreed to meet again ahead of the SADC summit.", "2024-09"),
        ("President Hichilema will pay a state visit to Malawi on 14 and 15 August. During the visit both sides "
         "plan to sign a power trade agreement.", "2024-08-15"),
        ("Malawi and Zambia held talks in Lusaka on Monday. During the visit the two governments agreed to expand "
         "cooperation in health.", None),
        ("The SADC summit is due in Harare in October and the AU summit in Addis Ababa in February. The two presidents "
         "agreed to coordinate ahead of the summit.", None),
    ],
)
def test_an_occasion_the_document_dates_sets_the_deadline(text, expected):
    """ "ahead of the summit", "during the visit": the date the document gives that occasion, when it lies ahead."""
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[-1].deadline == expected, [(r.text, r.deadline) for r in records]


@pytest.mark.parametrize(
    "text,made_on,expected",
    [
        ("deliver a customs road map within 60 days", "2024-11-20", "2025-01-19"),
        ("send a mission within the next two weeks", "2024-01-15", "2024-01-29"),
        ("settle the loans before the close of this financial year", "2019-03-04", "2019"),
        ("settle the arrears by the end of the fiscal year", "2022-08-01", "2022"),
    ],
)
def test_days_weeks_and_the_financial_year(text, made_on, expected):
    assert relative_deadline(text, made_on) == expected


def test_as_early_as_dates_the_pledge():
    text = "Ghana and Togo held talks in Accra on Monday. The two presidents agreed to open the gas link as early as 2026."
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline == "2026"


@pytest.mark.parametrize(
    "pledge,expected",
    [
        ("adopt the Plan of Action 2026-2030 before the end of 2025", "2025"),
        ("align the Vision of a Modern Nation 2030 with the trade pact by June 2026", "2026-06"),
        ("bring the Lisbon 2027 fair to Accra by September 2025", "2025-09"),
    ],
)
def test_a_year_in_a_name_is_no_deadline(pledge, expected):
    """A year that ends a name ("the Plan of Action 2026-2030") follows a word ending in the letters of a
    preposition ("acti-on", "Berl-in"): only a whole word of time dates the pledge."""
    text = f"Ghana and Togo held talks in Accra on Monday. The two presidents agreed to {pledge}."
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline == expected, [(r.text, r.deadline) for r in records]


def test_a_date_of_an_earlier_promise_in_a_relative_clause_is_no_deadline():
    text = ("Ghana and Togo held talks in Accra on Monday. The new power line, which the contractor had promised to "
            "finish in 2025, will now start carrying electricity in 2027, the Ghanaian president said.")
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and records[0].deadline == "2027", [(r.text, r.deadline) for r in records]


@pytest.mark.parametrize(
    "text,deadline",
    [
        ("The first phase of the railway will be completed in three years", "2027-03"),
        ("At their first meeting the ministers agreed to finish the road in two years", "2026-03"),
        ("Ghana and Togo will hold their first talks in weeks", None),
        ("It was the largest grain deal in a decade", None),
    ],
)
def test_a_superlative_looks_back_only_right_before_the_span(text, deadline):
    assert relative_deadline(text, "2024-03-10") == deadline
