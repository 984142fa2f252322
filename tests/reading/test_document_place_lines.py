"""Where and when a document was written, from lines the page sets apart (round 18, issue 15): an unlisted
town's dateline ending in a long dash keeps its town once ``split_datelines`` has put its sentence on the next
line; a Hijri date with a capitalised article ("Rabi Al-Thani") before the Gregorian one; a bracketed
"(date, Town)" line under a joint statement's heading."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.datelines import read_dateline
from pactline.reading.prepare import prepare


def _prepared(text: str):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


@pytest.mark.parametrize("dateline, place", [
    ("KIRYANDONGO —", "Kiryandongo"),
    ("LOITOKITOK, Kajiado —", "Loitokitok"),
    ("ZAMBOANGA CITY —", "Zamboanga City"),
])
def test_an_unlisted_town_on_its_own_line_places_the_document(dateline, place):
    text = (f"Border patrols stepped up after river incident\n\nPublished 9 October 2024\n\n{dateline} "
            "Ugandan rangers stopped two Congolese trucks at the crossing on Friday, officials of the county said.\n\n"
            "The trucks were later released.")
    assert _prepared(text).place == place


@pytest.mark.parametrize("line", [
    "MARKETS —",  # a heading's dash is followed by no sentence of its own
    "UPDATE —",
])
def test_a_heading_with_a_dash_places_nothing(line):
    text = (f"Chile and Peru sign fisheries accord\n\nPublished 2 May 2024\n\n{line}\n\nShares rose.\n\n"
            "Chile and Peru signed a fisheries accord in the capital on Tuesday, the foreign ministries said.")
    assert _prepared(text).place != line.strip(" —").title()


@pytest.mark.parametrize("line, date", [
    ("Jeddah, Rabi Al-Thani 12, 1445, October 27, 2023, SPA -- The Crown Prince received the Emir of Kuwait.",
     "2023-10-27"),
    ("Muscat, Jumada Al-Ula 4, 1446, November 6, 2024, ONA -- Oman and Jordan signed three memoranda.", "2024-11-06"),
    ("Doha, Rajab 12, 1445, January 24, 2024, QNA -- Qatar and Egypt held talks.", "2024-01-24"),
])
def test_a_hijri_date_before_the_gregorian_one(line, date):
    found = read_dateline(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize("line, place", [
    ("(12 March 2024, Nairobi)", "Nairobi"),
    ("[3 June 2023, Hanoi]", "Hanoi"),
])
def test_a_bracketed_date_and_town_under_the_heading(line, place):
    text = (f"Joint Statement between Kenya and Ghana\n\n{line}\n\n1. At the invitation of the President of Kenya, "
            "the President of Ghana paid a state visit. The two sides signed four agreements on trade and health.")
    assert _prepared(text).place == place


@pytest.mark.parametrize("initials", ["KPL", "NNA", "TNA"])
def test_an_agency_s_initials_before_a_long_dash_are_no_town(initials):
    text = (f"Laos and Thailand hold border talks\n\n12/03/2024 | 10:05\n\n{initials} – The fourth meeting of the joint "
            "border commission took place in Vientiane on Tuesday, chaired by the two foreign ministers.")
    assert _prepared(text).place == "Vientiane"


@pytest.mark.parametrize("greeting", ["Welcome to the African Union | English | Français", "Welcome to ECOWAS"])
def test_a_site_s_greeting_is_no_title(greeting):
    text = (f"African Union | Peace and Security\n{greeting}\n\nChairperson welcomes ceasefire between Sudan and Chad\n\n"
            "3 April 2025\n\nThe Chairperson of the Commission welcomes the ceasefire agreed between Sudan and Chad "
            "and commends both governments for their restraint.")
    assert _prepared(text).title == "Chairperson welcomes ceasefire between Sudan and Chad"
