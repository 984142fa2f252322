from datetime import date

import pytest

from pactline.language.date_lines import parse_date_string
from pactline.language.dates import Anchor, find_dates

TUE_5_DEC_2023 = Anchor(date(2023, 12, 5))


@pytest.mark.parametrize(
    "text,value,end,confidence",
    [
        ("President Xi pledged on Monday", "2023-12-04", None, "inferred"),
        ("the talks on Tuesday", "2023-12-05", None, "inferred"),
        ("a visit from February 28 to March 2, 2023", "2023-02-28", "2023-03-02", "stated"),
        ("a visit from February 28 to March 2", "2023-02-28", "2023-03-02", "inferred"),
        ("a state visit from 12 to 14 June 2024", "2024-06-12", "2024-06-14", "stated"),
        # a visit told as a pair of days, or "between ... and ...", starts on its first day
        ("paid an official visit to Kenya on 4 and 5 July 2023", "2023-07-04", "2023-07-05", "stated"),
        ("the Chilean delegation stayed in Lima on July 4 and 5, 2023", "2023-07-04", "2023-07-05", "stated"),
        ("a state visit to Ghana between 3 and 6 May 2024", "2024-05-03", "2024-05-06", "stated"),
        ("toured Vietnam between 28 February and 2 March 2023", "2023-02-28", "2023-03-02", "stated"),
        ("toured Vietnam between February 28 and March 2, 2023", "2023-02-28", "2023-03-02", "stated"),
        ("in September last year", "2022-09", None, "inferred"),
        ("this year", "2023", None, "inferred"),
        ("earlier this month", "2023-12", None, "inferred"),
        # a half or quarter of a year keeps the months' precision it is told at
        ("over the first three quarters of this year", "2023-01", "2023-09", "inferred"),
        ("to open the crossing in the third quarter of 2024", "2024-07", "2024-09", "stated"),
        ("to hold the next round in the second half of the year", "2023-07", "2023-12", "inferred"),
        ("a forum in Dakar in the first half of 2025", "2025-01", "2025-06", "stated"),
        ("on September 15th, 2022 in Samarkand", "2022-09-15", None, "stated"),
        ("Dec 4, 2023", "2023-12-04", None, "stated"),
        ("1 March 2023", "2023-03-01", None, "stated"),
        ("in July 2024", "2024-07", None, "stated"),
        ("32 years ago", "1991", None, "inferred"),
        ("before the end of 2025", "2025", None, "stated"),
        ("by 2030", "2030", None, "stated"),
        ("Posted: 02.03.2023 12:11:00", "2023-03-02", None, "stated"),
        ("the treaty signed in Ljubljana on 4. 3. 2023", "2023-03-04", None, "stated"),
        # a term set "by" a month is the coming one, even months ahead
        ("Namibia will open a consulate in Luanda by June", "2024-06", None, "inferred"),
    ],
)
def test_find_dates(text, value, end, confidence):
    found = find_dates(text, TUE_5_DEC_2023)
    assert found, text
    assert (found[0].value, found[0].end_value, found[0].confidence) == (value, end, confidence)


def test_weekday_against_a_year_only_anchor_keeps_only_the_year():
    found = find_dates("concluded his trip on Friday", Anchor(date(2024, 1, 1), precision="year", confidence="inferred"))
    assert found[0].value == "2024" and found[0].confidence == "inferred"


def test_last_september_from_march_is_the_previous_year():
    assert find_dates("last September", Anchor(date(2023, 3, 1)))[0].value == "2022-09"


def test_offsets_point_at_the_expression():
    text = "Talks were held on 13 June 2024 in Nairobi."
    mention = find_dates(text, None, base=100)[0]
    assert text[mention.start - 100 : mention.end - 100] == "13 June 2024"


@pytest.mark.parametrize("text", ["exports worth $8.4 billion", "a rise of 20.5 percent", "it may be so", "2,023 tonnes"])
def test_no_false_dates(text):
    assert find_dates(text, TUE_5_DEC_2023) == []


def test_parse_date_string_metadata_forms():
    assert parse_date_string("2023-03-02 09:42") == ("2023-03-02", "day")
    assert parse_date_string("08:35, December 05, 2023")[0] == "2023-12-05"
    assert parse_date_string("2024-06-15T08:30:00+03:00")[0] == "2024-06-15"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The talks will be reviewed on Thursday, March 23, 2023.", ["2023-03-23"]),
        ("The leaders met on Monday 4 November 2019 in Accra.", ["2019-11-04"]),
    ],
)
def test_weekday_naming_a_full_date_is_that_date(text, expected):
    from pactline.language.dates import Anchor, find_dates

    assert [d.value for d in find_dates(text, Anchor(date(2023, 3, 21)))] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a weekday in a clause telling what is still to come is ahead of the document's date (Tuesday 5 Dec)
        ("all embassy staff would leave the country on Sunday", "2023-12-10"),
        ("the talks are due to resume on Monday", "2023-12-11"),
        ("the minister will also open a trade fair on Friday", "2023-12-08"),
        ("The Kenyan foreign minister is due in Lusaka on Monday", "2023-12-11"),
        ("the delegation is expected back in Accra on Friday", "2023-12-08"),
        # a comma or a reporting verb ends that clause: the weekday is when it was said
        ("Talks will go on, the minister said on Monday", "2023-12-04"),
        ("The minister said on Monday that talks would go on", "2023-12-04"),
        ("Soldiers stormed the consulate late on Friday", "2023-12-01"),
    ],
)
def test_weekday_of_what_is_still_to_come_is_ahead(text, expected):
    assert [d.value for d in find_dates(text, TUE_5_DEC_2023)] == [expected]


@pytest.mark.parametrize(
    "text,today,value",
    [
        ("last week", date(2024, 6, 12), "2024-06"),
        ("earlier this week", date(2024, 6, 12), "2024-06"),
        ("at the weekend", date(2024, 6, 10), "2024-06"),
        ("over the weekend", date(2024, 6, 3), "2024-06"),  # Saturday 1 and Sunday 2 June
        ("later this week", date(2024, 6, 12), "2024-06"),
        ("next week", date(2024, 6, 12), "2024-06"),
        ("last week", date(2024, 7, 2), "2024-06"),  # 24-30 June
        ("last week", date(2024, 6, 5), "2024-05"),  # 27 May - 2 June: the month of its Wednesday (29 May)
        ("last week", date(2024, 1, 3), "2023-12"),  # 25-31 December 2023
        ("this week", date(2025, 1, 1), None),  # 30 December 2024 - 5 January 2025: no one year
    ],
)
def test_weeks_name_a_month_when_they_lie_in_one(text, today, value):
    found = [m.value for m in find_dates(text, Anchor(today))]
    assert found == ([value] if value else [])


@pytest.mark.parametrize(
    "text,value",
    [
        ("two days ago", "2024-06-10"),
        ("a week ago", "2024-06-05"),
        ("10 days ago", "2024-06-02"),
        ("three weeks ago", "2024-05"),  # a rounded count: the month
        ("a fortnight ago", "2024-05"),
        ("mid-May", "2024-05"),
        ("mid-June", "2024-06"),
    ],
)
def test_days_and_weeks_ago_and_mid_month(text, value):
    assert [m.value for m in find_dates(text, Anchor(date(2024, 6, 12)))] == [value]


@pytest.mark.parametrize("text, value", [
    # a weekday of the calendar week named (Tuesday 5 December 2023: that week runs 4-10 December)
    ("Police in Lomé detained four Ghanaians on Wednesday of last week.", "2023-11-29"),
    ("The envoy was recalled on Friday last week.", "2023-12-01"),
    ("The ministers will meet on Thursday next week.", "2023-12-14"),
    ("Talks opened on Monday of this week.", "2023-12-04"),
])
def test_weekday_of_a_named_week(text, value):
    found = find_dates(text, TUE_5_DEC_2023)
    assert found and found[0].value == value


@pytest.mark.parametrize(
    "text,today,value",
    [
        # a season is a year: the coming one for "next", the one gone by for "last", else the text's
        ("will return for the forum in the autumn", date(2024, 4, 17), "2024"),
        ("a state visit next spring", date(2024, 10, 2), "2025"),
        ("the talks held last summer", date(2021, 12, 15), "2021"),
        ("the talks held last summer", date(2022, 3, 1), "2021"),
        ("in the fall of 2025", date(2024, 5, 1), "2025"),
        # "next May" is the coming May, "this coming June" too
        ("invited him to the anniversary celebrations in Lima next May", date(2024, 9, 3), "2025-05"),
        ("will meet again this coming June", date(2024, 2, 3), "2024-06"),
    ],
)
def test_seasons_and_coming_months(text, today, value):
    found = find_dates(text, Anchor(today))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize("text", ["after the fall of the old regime", "a sharp fall in exports", "the Arab Spring"])
def test_no_season_without_its_time_words(text):
    assert find_dates(text, Anchor(date(2024, 5, 1))) == []


@pytest.mark.parametrize("text,value", [
    ("the accord signed on the fifth of November in Accra", "2023-11-05"),
    ("signed on the twenty-first of March 2022", "2022-03-21"),
    ("from the first day of June 2024", "2024-06-01"),
    ("the thirtieth of February", None),  # no such day: no day is read
])
def test_a_day_written_as_a_word(text, value):
    days = [m.value for m in find_dates(text, TUE_5_DEC_2023) if len(m.value) == 10]
    assert days == ([value] if value else [])


def test_today_under_a_stated_day_is_stated():
    from datetime import date

    stated = find_dates("President Ruto spoke today with President Tinubu.", Anchor(date(2024, 3, 4)))
    assert [(m.value, m.confidence) for m in stated] == [("2024-03-04", "stated")]
    guessed = find_dates("The ministers met today in Lusaka.", Anchor(date(2024, 3, 4), confidence="inferred"))
    assert [(m.value, m.confidence) for m in guessed] == [("2024-03-04", "inferred")]
    before = find_dates("Chile recalled its envoy yesterday.", Anchor(date(2024, 3, 4)))
    assert [(m.value, m.confidence) for m in before] == [("2024-03-03", "inferred")]
