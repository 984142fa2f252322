"""The page's banner day, named as a weekday in the story, dates the story before a photo caption's earlier day;
a date line that ends with its place right after the clock time ("June 5, 2025, 09:10, Tarija") places the text; a
list of tags after the stamp does not (review, round 13)."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


@pytest.mark.parametrize("banner, before, weekday_line, caption, day", [
    ("Wednesday, March 5, 2025", "on Tuesday", "Kenya's foreign minister said on Wednesday that talks would resume.",
     "March 4, 2025", "2025-03-05"),
    ("Friday, 14 June 2024", "late on Thursday", "Ghana's president told reporters on Friday the border would stay open.",
     "June 13, 2024", "2024-06-14"),
])
def test_a_banner_day_the_story_names_dates_it_before_a_caption(banner, before, weekday_line, caption, day):
    text = ("The Lakeside Herald\nHome › News › Region\n" + banner + "\n\n"
            "Border clash strains ties between neighbours\n\n"
            "Troops exchanged fire across the river " + before + ", officials said. " + weekday_line + "\n\n"
            "Photo: Soldiers patrol the river bank on " + caption + ". (Photo: Agency)\n\nMore to follow.")
    assert _doc(text).published == day


@pytest.mark.parametrize("line, place", [
    ("June 5, 2025, 09:10, Tarija", "Tarija"),
    ("14 June 2024, 16:45, Accra", "Accra"),
])
def test_a_date_line_ending_with_its_place_after_the_clock_time(line, place):
    text = ("Bolivia and Ghana open trade office\n\n" + line + "\n\n"
            "The two trade ministers opened a joint office and agreed to hold a business forum.\n")
    assert _doc(text).place == place


@pytest.mark.parametrize("text, place", [
    ("Chile and Argentina sign energy accord\n\nMarch 4, 2025, 11:20 | Politics, Americas, Energy, Buenos Aires\n\n"
     "SANTIAGO - Chile and Argentina signed an energy accord on Tuesday.\n", "Santiago"),
    ("Kenya and Uganda sign rail accord\n\nPublished March 4, 2025, 11:20, filed under Africa, Diplomacy, Kampala\n\n"
     "Kenya and Uganda signed a rail accord on Tuesday.\n", None),
])
def test_a_tag_list_after_the_stamp_places_nothing(text, place):
    assert _doc(text).place == place
