"""Page stamps that date a story: a weekday date with a clock time, a year-first numeric field, a day/month
stamp whose year stands in a field of its own. A bare weekday date at the top of a page stays a banner."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare

_STORY = ("Chile recalls ambassador from Bolivia\n\nSANTIAGO – Chile on Monday recalled its ambassador from La Paz "
          "after a row over water rights, the foreign ministry said.\n\nBolivia rejected the decision.")


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


@pytest.mark.parametrize("stamp, day", [
    ("Wednesday, 12 March 2025 18:05", "2025-03-12"),
    ("Thursday, March 13th 2025 - 09:41 UTC", "2025-03-13"),
    ("Friday, 14 March 2025 - 7:12 PM", "2025-03-14"),
])
def test_weekday_date_with_clock_time_above_the_title_is_the_stamp(stamp, day):
    doc = _doc("Andes Wire | Politics | World\n\n" + stamp + "\n\n" + _STORY)
    assert doc.published == day and doc.published_confidence == "stated"
    assert doc.outlet is None  # the weekday and the time zone name no outlet
    main = [s for s in doc.segments if s.kind == "main"]
    assert main and main[0].published == day


def test_bare_weekday_date_at_the_top_stays_a_banner():
    doc = _doc("Breaking\nSat. Mar 15th, 2025\n\n" + _STORY.replace("on Monday", "last month"))
    main = [s for s in doc.segments if s.kind == "main"]
    assert main[0].published == "2025" and doc.published_confidence == "inferred"


@pytest.mark.parametrize("stamp, day", [
    ("2025.03.12  |  Press Office", "2025-03-12"),
    ("2025/03/12 | Ministry of Foreign Affairs", "2025-03-12"),
    # day and month with a time, the year apart; a month told with another year is history
    ("Last updated: 12/03 - 14:20 | 2025", "2025-03-12"),
    # a field named "Date:" beside a page counter; a byline whose clock time ends in the hour's "h."
    ("Date: 2025.03.12 | Views 1,203", "2025-03-12"),
    ("By our Andes correspondent | 12.03.2025 – 18:05 h.", "2025-03-12"),
])
def test_metadata_stamp_forms(stamp, day):
    story = _STORY + "\n\nThe two countries have argued since the December 2023 election in Bolivia."
    doc = _doc("Andes Wire\n\n" + story.split("\n\n", 1)[0] + "\n\n" + stamp + "\n\n" + story.split("\n\n", 1)[1])
    assert doc.published == day and doc.published_confidence == "stated"


_TALKS = ("Chile and Bolivia agree to reopen border crossings\n\n{head}\n\n{dateline}Chilean President Gabriel Boric "
          "and Bolivian President Luis Arce agreed on Thursday to reopen two border crossings, the two leaders said."
          "\n\nThe two presidents also discussed lithium and water rights.{tail}")


@pytest.mark.parametrize("head, dateline, tail, day, place", [
    # an edit stamp dates the edit: the dateline's day before it is the story's
    ("Last updated: 10 March 2023 08:00 CLT", "SANTIAGO, March 9 - ", "", "2023-03-09", "Santiago"),
    ("Updated: 2 January 2024", "SANTIAGO, Dec. 30 - ", "", "2023-12-30", "Santiago"),
    ("Last updated: 10 March 2023", "", "", "2023-03-10", None),  # no dateline: the stamp is all we have
    # a building before the town in a date line
    ("Palacio de La Moneda, Santiago, 9 March 2023", "", "", "2023-03-09", "Santiago"),
    # a closing "Issued by" line with its date
    ("Press release", "", "\n\nIssued by the Ministry of Foreign Affairs, Santiago, 9 March 2023", "2023-03-09",
     "Santiago"),
])
def test_edit_stamps_buildings_and_issued_lines(head, dateline, tail, day, place):
    doc = _doc(_TALKS.format(head=head, dateline=dateline, tail=tail))
    assert doc.published == day
    assert (doc.context or {}).get("place") == place


def test_a_weekday_banner_without_year_under_the_title_dates_the_story_by_its_weekday():
    text = _TALKS.format(head="Thursday, March 9", dateline="SANTIAGO - ", tail="\n\n© 2023 Andes Wire")
    assert _doc(text).published == "2023-03-09"  # 9 March was a Thursday in 2023


@pytest.mark.parametrize("head, dateline, day, place", [
    ("Press Statement\n\nWashington, DC\n\nMarch 9, 2023", "", "2023-03-09", "Washington"),  # the town above the date
    ("March 9, 2023\n\nPresidential Palace, Santiago", "", "2023-03-09", "Santiago"),  # a building, then the town
    ("Published 9 March 2023", "Santiago, Chile, 9th March 2023 – ", "2023-03-09", "Santiago"),
    ("Published 9 March 2023", "Santiago - ", "2023-03-09", "Santiago"),  # a spaced hyphen after a capital
])
def test_places_beside_date_lines_and_dashed_datelines(head, dateline, day, place):
    doc = _doc(_TALKS.format(head=head, dateline=dateline, tail=""))
    assert doc.published == day
    assert (doc.context or {}).get("place") == place


def test_a_country_name_above_a_date_line_is_no_place():
    doc = _doc(_TALKS.format(head="Chile\n\nMarch 9, 2023", dateline="", tail=""))
    assert (doc.context or {}).get("place") is None


@pytest.mark.parametrize("text, place", [
    # a joint text's closing line names a town with small words in it
    ("Joint Communiqué of Trinidad and Tobago and Guyana\n\nThe two Heads of Government agreed to open a ferry "
     "link.\n\nDone at Port of Spain, this 5th day of May 2024.", "Port of Spain"),
    # a header the page sets apart (deck, byline, stamp) before the story's own dateline
    ("Peru and Chile agree on water sharing\n\nThe deal ends a decade of disputes over the Lauca river.\n\n"
     "Ana Torres\n\nPublished at : June 2, 2023\n\nLIMA: Peru and Chile on Thursday agreed to share the "
     "waters of the Lauca river, the two foreign ministers said.\n\nThe ministers also discussed trade.", "Lima"),
    # a seat of government named before its town
    ("South Africa and Ghana hold talks\n\nPresident Cyril Ramaphosa held talks today with President John "
     "Mahama of Ghana at the Union Buildings, Pretoria. The two leaders discussed trade.\n\nThey also discussed "
     "energy.", "Pretoria"),
])
def test_places_of_closing_lines_set_apart_headers_and_seats(text, place):
    assert (_doc(text).context or {}).get("place") == place


def test_a_heading_with_a_span_of_days_is_no_stamp_the_date_line_below_it_is():
    text = ("Chile-Bolivia Joint Statement on the State Visit of President Boric to Bolivia (May 6-8, 2024)\n\n"
            "May 8, 2024\n\n" + _STORY.split("\n\n", 1)[1])
    doc = _doc(text)
    assert doc.published == "2024-05-08" and doc.published_confidence == "stated"


@pytest.mark.parametrize("stamp, day", [
    ("Lisboa, 12 dez. 2023", "2023-12-12"),
    ("Madrid, 3 ene 2024", "2024-01-03"),
    ("Milano, 21 lug 2022", "2022-07-21"),
    ("Paris, le 4 févr. 2025", "2025-02-04"),
])
def test_date_line_with_a_shortened_foreign_month_dates_the_page(stamp, day):
    doc = _doc("Andes Wire | Politics | World\n\n" + _STORY.split("\n\n")[0] + "\n\n" + stamp + "\n\n"
               + _STORY.split("\n\n", 1)[1].replace("SANTIAGO – ", ""))
    assert doc.published == day


def test_date_line_naming_a_capital_as_its_own_government_writes_it_gives_the_place():
    doc = _doc("Ministério dos Negócios Estrangeiros\n\nChile recalls ambassador\n\nLisboa, 12 dez. 2023\n\n"
               + _STORY.split("\n\n", 1)[1].replace("SANTIAGO – ", ""))
    assert doc.place == "Lisboa" and doc.outlet is None


def test_labelled_location_under_the_date_line_is_the_place():
    doc = _doc("Office of the President\n\nJoint Statement - Kenya-Tanzania Leaders' Meeting\n\nRelease date: Tuesday, "
               "12 March 2024\nLocation: Mombasa, Kenya\n\n" + _STORY.split("\n\n", 1)[1].replace("SANTIAGO – ", ""))
    assert doc.place == "Mombasa" and doc.published == "2024-03-12"


def test_line_of_towns_the_story_was_filed_from_gives_the_first():
    doc = _doc("Andes Wire | Politics | World\n\nChile recalls ambassador from Bolivia\n\nSantiago / La Paz\n\n"
               "Chile on Monday recalled its ambassador from Bolivia after a row over water rights, the foreign "
               "ministry said.\n\nBolivia rejected the decision.")
    assert doc.place == "Santiago"


def test_own_spelling_of_a_capital_that_is_also_a_word_is_a_place_only_beside_a_date():
    from pactline.language.places import place_country

    assert place_country("Roma") is None  # also a people's name: "Roma families were moved"
    assert place_country("Roma", dated=True) == "ITA"


def test_seat_of_government_and_its_town_under_the_date_give_the_town():
    doc = _doc("Talks with the President of Chile\n\nMarch 4, 2024, 11:00\nThe Élysée Palace, Paris\n\n"
               "The President of France received the President of Chile for talks on trade.")
    assert doc.place == "Paris" and doc.published == "2024-03-04"


def test_office_and_town_closing_the_date_line_give_the_place():
    doc = _doc("Readout of the call with Kenya\n\nPosted On: 12 MAR 2024 3:10PM by MOFA Hanoi\n\n"
               "The Prime Minister of Viet Nam held talks today in Nairobi with the President of Kenya.")
    assert doc.place == "Hanoi" and doc.published == "2024-03-12"


_BODY = ("The foreign ministers of Uruguay and Finland met to discuss fisheries and the digital economy. They agreed "
         "to set up a working group on customs data.")


@pytest.mark.parametrize("line, day", [
    ("FOR IMMEDIATE RELEASE: 17/02/2025", "2025-02-17"),
    ("Issued: 17/02/2025", "2025-02-17"),
    ("Page last reviewed: 17/02/2025", "2025-02-17"),
    ("Created 17.02.2025", "2025-02-17"),
])
def test_a_numeric_stamp_named_by_a_stamp_word_dates_the_page(line, day):
    for text in (line + "\n\n" + _BODY, "Uruguay and Finland set up customs group\n\n" + _BODY + "\n\n" + line):
        assert _doc(text).published == day


@pytest.mark.parametrize("caption, day", [
    ("The two ministers shake hands in Helsinki on 17 February 2025. Photo: Foreign Ministry", "2025-02-17"),
    ("Photo: The delegations of Uruguay and Finland at the talks in Helsinki, 17 February 2025.", "2025-02-17"),
    ("File photo: the two ministers in Montevideo on 3 May 2021. Photo: Foreign Ministry", None),
])
def test_a_caption_in_or_below_the_story_dates_a_page_with_no_other_date(caption, day):
    doc = _doc("Uruguay and Finland set up customs group\n\n" + _BODY + "\n\n" + caption)
    assert doc.published == day
    if day:
        assert doc.published_confidence == "caption"
