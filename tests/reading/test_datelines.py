"""Datelines, metadata lines and captions: the document's date and place, never an actor."""

from datetime import date

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.datelines import numeric_date, read_dateline, split_datelines
from pactline.reading.prepare import prepare
from tests.helpers import extract_text


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


@pytest.mark.parametrize(
    "line,place,date,agency",
    [
        ("NAIROBI, March 3, 2025 (Xinhua) -- Kenya and Ghana signed a visa waiver.", "NAIROBI", "2025-03-03", "Xinhua"),
        ("LIMA (Reuters) - Peru recalled its ambassador.", "LIMA", None, "Reuters"),
        # a press release's date in brackets is a date, not an agency
        ("ACCRA (March 3, 2025) – Ghana and Togo signed a border accord.", "ACCRA", "2025-03-03", None),
        # a small state's capital, which the city list lacks
        ("NUKU'ALOFA, Tonga (Matangi) – Tonga and Fiji signed a fisheries accord.", "NUKU'ALOFA", None, "Matangi"),
        ("HANOI, May 16. /VNA/. Vietnam and Laos agreed to expand trade.", "HANOI", None, "VNA"),
        # a national agency's name after the date, closed by a full stop
        ("KIGALI, MARCH 3, RNA. Rwanda and Burundi reopened a crossing.", "KIGALI", None, "RNA"),
        ("ACCRA: Ghana and Togo held talks on the border.", "ACCRA", None, None),
        ("SANTIAGO – Chile and Argentina signed a gas deal.", "SANTIAGO", None, None),
        ("Nairobi, June 28 President Ruto met his Ghanaian counterpart.", "Nairobi", None, None),
        ("OTTAWA, ON, March 3, 2025 /PRNewswire/ -- Maple Corp said it would invest.", "OTTAWA", "2025-03-03", "PRNewswire"),
        ("date 2020-06-04 Chile and Peru agreed to reopen the border.", None, "2020-06-04", None),
        # a title-case place with its agency and no date
        ("Lima (EFE) – Peru recalled its ambassador.", "Lima", None, "EFE"),
        ("Bogotá (AFP) — Colombia expelled two diplomats.", "Bogotá", None, "AFP"),
        # a title-case place the city list writes differently, with a date and an agency
        ("Hai Phong, March 4 (VNA) – Vietnam and Laos signed a port deal.", "Hai Phong", None, "VNA"),
        # day before month
        ("Abu Dhabi, 23 April 2024 (WAM) -- The UAE and Oman signed a rail deal.", "Abu Dhabi", "2024-04-23", "WAM"),
        # a Hijri date before the Gregorian one, the agency without brackets
        ("Jeddah, Rajab 12, 1445, January 24, 2024, SPA -- The Crown Prince received the Emir of Qatar.",
         "Jeddah", "2024-01-24", "SPA"),
        ("Muscat, 14 Shawwal 1445 AH, 23 April 2024 (ONA) -- Oman and Jordan held talks.", "Muscat", "2024-04-23", "ONA"),
        # the agency first, then the place and the date
        ("(ANSA) - VALLETTA, 14 MAR 2023 - Malta and Tunisia signed a migration accord.", "VALLETTA", "2023-03-14", "ANSA"),
        ("(AA) – TIRANA – Albania and Kosovo held talks on energy.", "TIRANA", None, "AA"),
        # a full date first, the place in brackets after it
        ("March 3, 2023 (NAIROBI) – Kenya on Thursday reopened its border post with Somalia.", "NAIROBI",
         "2023-03-03", None),
        # (an agency or a note in the brackets is no place: "June 28, 2022 (Reuters) -" is read as no dateline here)
        ("4 May 2021 (Addis Ababa) — Ethiopia and Djibouti agreed to share port fees.", "Addis Ababa", "2021-05-04",
         None),
    ],
)
def test_dateline_forms(line, place, date, agency):
    found = read_dateline(line)
    assert found is not None
    assert (found.place, found.date, found.agency) == (place, date, agency)
    split = split_datelines(line)
    assert len(split) == len(line) and "\n" in split  # offsets never move


@pytest.mark.parametrize("line", ["Chile and Peru signed a deal.", "UN officials said on Monday.", "The President met Ruto."])
def test_ordinary_sentences_are_no_datelines(line):
    assert read_dateline(line) is None
    assert split_datelines(line) == line


@pytest.mark.parametrize(
    "text,published,confidence,place",
    [
        ("ACCRA, March 3, 2025 (GNA) -- Ghana and Togo signed a border agreement.", "2025-03-03", "dateline", "Accra"),
        # no dateline: a byline's place, else a place the opening names after a preamble, else the capital of
        # the country the opening says was visited
        ("Ghana, Togo hold talks\n\nStaff Correspondent, Lome\n\nPosted: 04.03.2024\n\nGhana and Togo held talks.",
         "2024-03-04", "stated", "Lome"),
        ("Joint Statement\n\nDate: 2024-03-04\n\nThe two sides recalled their long friendship. Both welcomed progress. "
         "The leaders held talks in Mombasa on trade.", "2024-03-04", "stated", "Mombasa"),
        ("Joint Statement\n\nDate: 2024-03-04\n\nAt the invitation of the President of Chile, the President of Peru "
         "travelled to Chile on 4 March 2024 for an official visit to Chile.", "2024-03-04", "stated", "Santiago"),
        # a joint text dated and placed only by its closing line
        ("Joint Statement of Chile and Peru\n\nChile and Peru agreed to reopen the border.\n\nDone at Arica on the 3rd day "
         "of May 2024, in two originals.", "2024-05-03", "stated", "Arica"),
        ("Joint Communique of Ghana and Togo\n\nGhana and Togo agreed to reopen the border.\n\nIssued at Kumasi on this "
         "3rd day of May 2024.\n\nIssued by: The Presidency, Accra", "2024-05-03", "stated", "Kumasi"),
        # a date line that is nothing but a numeric date, day first or year first
        ("Chile, Peru hold talks\n\n17/08/2021\n\nChile and Peru held talks on trade.", "2021-08-17", "stated", None),
        ("Chile, Peru hold talks\n\n2021/08/17\n\nChile and Peru held talks on trade.", "2021-08-17", "stated", None),
        ("Chile, Peru hold talks\n\n17-08-2021\n\nChile and Peru held talks on trade.", "2021-08-17", "stated", None),
        ("date 2021-05-26 LIMA: Peru and Chile on Wednesday agreed to reopen the border.", "2021-05-26", "stated", "Lima"),
        ("Chile, Peru hold talks\n\nPosted: 04.03.2024\n\nChile and Peru held talks on trade.", "2024-03-04", "stated", None),
        ("Ghana and Togo sign pact\n\nTin Hai, 05/10/2023, 09:12\n\nGhana and Togo signed a pact in October.",
         "2023-10-05", "stated", None),
        ("GNA | Accra | Updated: 26-05-2021 21:30 GMT\nGhana and Togo agreed to reopen the border.", "2021-05-26", "stated", "Accra"),
        ("President Ruto, left, greets President Mahama at State House in Nairobi, Kenya, Monday, June 2, 2025. "
         "(KNA Photo/J. Otieno)\n\nKenya and Ghana agreed to open embassies.", "2025-06-02", "caption", None),
        ("QUITO, March 3 (Agency) -- Ecuador and Peru met in 2024. Peru said in 2024 it would reply.", "2024-03-03", "dateline", "Quito"),
        # a date line under the title: its place is where the text was issued
        ("Joint Statement of Zambia and Malawi\nLusaka, 14 March 2024\n\nZambia and Malawi held talks on trade.",
         "2024-03-14", "stated", "Lusaka"),
        # a dateline without a year takes it from the text; a caption's other day does not date the text
        ("Peru recalls envoy\n\nLima, Mar 9 (EFE).- Peru recalled its ambassador from Bolivia late on Friday.\n\n"
         "Caption: Police officers outside the Bolivian embassy in Lima, March 8, 2024. EFE/Juan Pérez",
         "2024-03-09", "dateline", "Lima"),
        # a date line of a place and a numeric date, a date line in another language, a slash before the year
        ("Chile and Peru talks\n\nSantiago, Chile | 03/11/2023\n\nThe President of Chile met on Friday with the "
         "Peruvian Prime Minister.", "2023-11-03", "stated", "Santiago"),
        ("Ministerio de Relaciones Exteriores\n\nChile and Peru hold talks\n\nComunicado N.° 41-23 · 14 de marzo de "
         "2023 - 18:30 h\n\nThe Foreign Minister of Chile met today with his Peruvian counterpart.", "2023-03-14",
         "stated", None),
        ("Kenya Airways halts flights\n\nNairobi, March 3/2024 – Kenya Airways has suspended its flights to Mogadishu "
         "after Somalia closed its airspace.", "2024-03-03", "stated", "Nairobi"),
        # a place the gazetteer spells otherwise, before a full date and a dash
        ("Mauritania reopens border\n\nNouakchot, October 7, 2024 – Mauritania reopened its border with Mali.",
         "2024-10-07", "stated", "Nouakchot"),
        # a photo caption below the first paragraphs dates a text that names the caption's weekday
        ("Peru and Chile reopen border\n\nLIMA, Peru (AP) — Peru's president on Tuesday held talks with his Chilean "
         "counterpart in Lima.\n\nPeru's President, left, and Chile's President shake hands at the palace in Lima, "
         "Tuesday, March 5, 2024. (AP Photo/Ana Ruiz)\n\nThe two governments signed a trade deal.",
         "2024-03-05", "caption", "Lima"),
        # a date line in another language gives its place; a month in Roman numerals under a weekday; a numeric
        # date beside a byline; a press release's closing "Issued by: OFFICE, TOWN" places it
        ("Joint Declaration of Peru and Bolivia\n\nArequipa, 4 de marzo de 2024\n\nThe Presidents met today in a binational "
         "cabinet.", "2024-03-04", "stated", "Arequipa"),
        ("Joint Declaration of Colombia and Peru\n\nBogotá, 4 de marzo de 2024\n\nThe Presidents met today for "
         "the binational cabinet.", "2024-03-04", "stated", "Bogotá"),
        ("Presidential Administration\n\nJoi, 7.III.2024\n\nThe President of Poland received the President of "
         "Lithuania.", "2024-03-07", "stated", None),
        ("Prague expels envoys\n\n07-03-2024 | Jana Dvořáková\n\nThe Czech Republic expelled two Slovak diplomats.",
         "2024-03-07", "stated", None),
        ("Joint Communique\n\nPosted: 05/03/2024\n\nThe President of Kenya paid a State Visit to Zambia.\n\n"
         "Issued by: Office of the President, State House, Lusaka", "2024-03-05", "stated", "Lusaka"),
        ("Joint Communique\n\nPosted: 05/03/2024\n\nThe President of Kenya paid a State Visit to Zambia.\n\n"
         "Issued by: Ministry of Foreign Affairs, Republic of Zambia", "2024-03-05", "stated", None),
        # a foreign weekday date line ending in an initialism ("D.C."), not a sentence
        ("Joint Statement of Chile and Ecuador\n\nMartes, 5 de marzo de 2024 — Washington, D.C.\n\nThe two Foreign "
         "Ministers met on Monday in Quito.", "2024-03-05", "stated", "Washington"),
        # a site's name in capitals with its office beside a dash is a heading, not a dateline; the place is the
        # line under the date line
        ("PORTUGUESE REPUBLIC — Ministry of Foreign Affairs\n\nJoint Communique of Portugal and Angola\n\nMonday, 04 March "
         "2024\nLuanda\n\nThe Foreign Minister of Portugal visited Luanda today.", "2024-03-04", "stated", "Luanda"),
        # a menu naming "Top Stories" above the headline is furniture: the story under the byline is the main one
        ("KNA NEWS\nTop Stories ▾ Sections Podcasts Log in\nAdvertisement\nKenya recalls envoy from Sudan over "
         "remarks\nBy JANE OTIENO and PETER MWANGI\nPublished 8:10 PM GMT+3, May 3, 2024\nNAIROBI (KNA) — Kenya on Friday recalled "
         "its ambassador from Khartoum.", "2024-05-03", "stated", "Nairobi"),
        # a heading that dates the occasion it names in brackets gives way to a date line under it, and dates the
        # page when none follows
        ("Press Room\n\nTalks of the Foreign Ministers of Chile and Peru (12 June 2024)\n\nNews | 13 June 2024\n\n"
         "The ministers met in Lima on Wednesday.", "2024-06-13", "stated", "Lima"),
        ("Ministry of Foreign Affairs\n\nJoint Statement on the Visit of the President of Ghana to Kenya (May 6, 2024)"
         "\n\nPresident Mahama held talks with President Ruto in Nairobi.", "2024-05-06", "stated", "Nairobi"),
        # a date line alone in brackets stays a date line
        ("Joint Statement of Chile and Peru\n\n(14 March 2024)\n\nThe two Foreign Ministers met in Lima.",
         "2024-03-14", "stated", "Lima"),
    ],
)
def test_document_date_and_place(text, published, confidence, place):
    doc = _doc(text)
    assert (doc.published, doc.published_confidence) == (published, confidence)
    assert doc.place == place
    assert doc.context["place"] == place


def test_ambiguous_numeric_date_follows_the_month_the_text_names():
    assert numeric_date("Tin Hai, 03/10/2023, 09:12", "talks in October") == "2023-10-03"
    assert numeric_date("Tin Hai, 03/10/2023, 09:12", "talks in March") == "2023-03-10"
    assert numeric_date("Tin Hai, 03/10/2023, 09:12", "talks") == "2023-10-03"  # day first by default
    assert numeric_date("Updated 26-05-2021", "") == "2021-05-26"


@pytest.mark.parametrize(
    "text,place",
    [
        ("ACCRA: Ghana and Togo signed a border agreement on Tuesday.", "ACCRA"),
        ("Nairobi, June 28 Kenya and Ghana agreed to open embassies.", "Nairobi"),
        ("LIMA (Reuters) -Peru recalled its ambassador from Chile on Monday.", "LIMA"),
    ],
)
def test_dateline_is_never_an_actor(text, place):
    events = extract_text(text, published="2024-06-28").events
    assert events
    for event in events:
        for actor in (event.source_actor, event.target_actor):
            assert actor is None or place.lower() not in actor.name.lower()


@pytest.mark.parametrize(
    "text,today,year",
    [
        # the text gives the year elsewhere
        ("HANOI, May 16. /VNA/. Vietnam and Laos agreed on May 16, 2019 to expand trade.", date(2026, 1, 1), 2019),
        # no year anywhere: the latest year in which the month-day fell on the weekday the news names
        ("HANOI, May 16. /VNA/. Vietnam and Laos on Thursday agreed to expand trade.", date(2026, 1, 1), 2024),
        ("LIMA, October 3. /EFE/. Peru on Friday recalled its ambassador to Bolivia.", date(2026, 1, 1), 2025),
        ("LIMA, October 3. /EFE/. Peru on Friday recalled its ambassador to Bolivia.", date(2025, 9, 1), 2014),
        # the text's year is background: its month-day fell on none of the weekdays the news names
        ("LIMA, June 6 (Reuters) - Peru said on Thursday it would reopen its border with Bolivia, closed since a "
         "dispute in March 2018 and again in May 2018.", date(2026, 1, 1), 2024),
        # the text's year kept when the news names the weekday of the day before the dateline
        ("LIMA, June 7 (Reuters) - Peru said on Thursday it would reopen the border closed on May 2, 2024.",
         date(2026, 1, 1), 2024),
        # the lead's weekday decides; the days around it ("arrived on Saturday", "leaves on Tuesday") do not
        ("LIMA, June 6 (Reuters) - Peru said on Thursday it would reopen its border with Bolivia. The minister "
         "arrived on Saturday and leaves on Wednesday; the border closed in 2018.", date(2026, 1, 1), 2024),
        # nothing to go by
        ("LIMA, October 3. /EFE/. Peru recalled its ambassador to Bolivia.", date(2026, 1, 1), None),
        # the only year the text gives is that of an anniversary's start: the anniversary's year
        ("LIMA, March 4 (EFE) -- Peru and Chile on Monday marked the 40th anniversary of the treaty signed in 1984.",
         date(2026, 1, 1), 2024),
        ("LIMA, March 4 (EFE) -- Peru and Chile marked 40 years since the treaty was signed in 1984.",
         date(2026, 1, 1), 2024),
    ],
)
def test_dateline_without_year(text, today, year):
    from pactline.language.context import dateline_year

    found = read_dateline(text)
    assert dateline_year(text, found.month_day, today) == year


def test_dateline_without_year_dates_the_document():
    doc = _doc("ACCRA, May 16. /GNA/. Ghana and Togo on Thursday signed a border agreement.")
    assert doc.published is not None and doc.published.endswith("-05-16")


def test_agency_sign_off_closing_a_paragraph_is_body_text():
    text = ("Chile and Peru held talks in Lima on Monday.\n\n\"The two presidents also expressed satisfaction at the "
            "depth of the partnership and agreed to keep working closely together in the years to come,\" the "
            "statement said. President Boric also renewed his invitation to President Boluarte to visit Santiago "
            "as soon as possible. (EFE)")
    doc = _doc(text)
    assert all(s.kind == "main" for s in doc.segments if "satisfaction" in doc.text[s.start : s.end])


@pytest.mark.parametrize(
    "text,named,unnamed",
    [
        # the page's date line above the heading is the day of news it reports "on Tuesday"
        ("Tuesday, March 5, 2024\nWorld\nPeruvian strikes hit border posts\nLIMA: Peruvian forces on Tuesday shelled "
         "positions in Bolivia, the army said.", "2024-03-05", None),
    ],
)
def test_banner_naming_the_weekday_of_the_news_dates_the_body(text, named, unnamed):
    doc = _doc(text)
    main = [s for s in doc.segments if s.kind == "main"]
    assert main and main[0].published == named
    other = _doc(text.replace("on Tuesday", "last month"))
    assert [s for s in other.segments if s.kind == "main"][0].published == "2024"


@pytest.mark.parametrize("line, place", [
    ("Caracas.- El Gobierno anunció el cierre de la frontera.", "Caracas"),
    ("Tegucigalpa.– President Castro ordered the closure of the embassy.", "Tegucigalpa"),
    ("San José.-The foreign ministry summoned the ambassador.", "San José"),
])
def test_spanish_wire_dateline_place_dot_dash(line, place):
    found = read_dateline(line)
    assert found is not None and found.place == place and found.date is None


@pytest.mark.parametrize("line", ["Meanwhile.- the talks went on.", "Mr. Pérez.- said the minister."])
def test_dot_dash_after_no_place_is_no_dateline(line):
    assert read_dateline(line) is None


@pytest.mark.parametrize("line, place", [
    ("Nairobi – His Excellency the Cabinet Secretary today received the Ambassador of Ghana.", "Nairobi"),
    ("Mombasa — Police said the vessel was seized at dawn.", "Mombasa"),
])
def test_ministry_release_city_and_dash(line, place):
    found = read_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize("line", ["Kenya – The president said the border would open.", "Paris - the minister left."])
def test_country_name_or_hyphen_is_no_city_dateline(line):
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    "text,published,confidence",
    [
        # A weekday date under the article's title is its date line: "today" in the text is that day.
        ("Government of Chile | Press\n\nChile-Peru Cabinet Meeting\n\nFriday 12 May 2023\n\nPresident Boric and "
         "President Boluarte held the binational cabinet today in Lima.", "2023-05-12", "stated"),
        # Above the title it is the day the page was shown.
        ("Friday 12 May 2023\n\nChile-Peru Cabinet Meeting\n\nPresident Boric and President Boluarte held the "
         "binational cabinet last month in Lima.", "2023-05-12", "inferred"),
    ],
)
def test_weekday_date_under_the_title_is_the_date_line(text, published, confidence):
    doc = _doc(text)
    assert (doc.published, doc.published_confidence) == (published, confidence)


@pytest.mark.parametrize(
    "line,place,agency",
    [
        ("IZMIR, Türkiye (AA) - Turkish President Erdogan received his Kenyan counterpart.", "IZMIR", "AA"),
        ("BOGOTÁ, Colombia (AP) — The government recalled its ambassador.", "BOGOTÁ", "AP"),
        ("ASUNCIÓN (EFE) – Paraguay and Bolivia signed a gas deal.", "ASUNCIÓN", "EFE"),
    ],
)
def test_wire_datelines_with_accented_names(line, place, agency):
    found = read_dateline(line)
    assert found is not None and (found.place, found.agency) == (place, agency), found


@pytest.mark.parametrize(
    "text,published,place",
    [
        # Published, then updated: the day it was published.
        ("Home > News\n\nJoint Statement between Chile and Peru\n\nPublished Mar 4, 2024 18h10 | Updated Mar 5, 2024 "
         "09h02\n\nPresident Boric and President Boluarte met in Lima.", "2024-03-04", "Lima"),
        # A line that is only a place, under the date line, is where the readout was written.
        ("Prime Minister of New Zealand\n\nPrime Minister Luxon meets with President of Chile\n\nMarch 4, 2024\n"
         "Valparaíso, Chile\nReadouts\n\nPrime Minister Christopher Luxon today met President Gabriel Boric.",
         "2024-03-04", "Valparaíso"),
    ],
)
def test_metadata_lines_date_and_place_the_page(text, published, place):
    doc = _doc(text)
    assert (doc.published, doc.place) == (published, place)


@pytest.mark.parametrize(
    "text,published,place",
    [
        # an ordinal day in the dateline
        ("Lusaka, 2nd May 2023: Zambia and Malawi agreed on Tuesday to reopen the rail link.", "2023-05-02", "Lusaka"),
        # a capital and a colon open a ministry's release
        ("Tuesday, 9 May 2023 11:40\nMaseru: Lesotho and Eswatini signed a water accord on Tuesday.", "2023-05-09",
         "Maseru"),
        # "Published on:" before an ISO date, under a dateline with its dash glued to the place
        ("GABORONE- Botswana and Namibia held talks on Sunday.\nPublished on: 2022-08-14\nThey agreed to meet again.",
         "2022-08-14", "GABORONE"),
        # a date line's "City, Country" names the city; a place line's dash is no part of the place
        ("Apia, Samoa | 14 September 2022\nSamoa and Tonga signed four pacts on Wednesday.", "2022-09-14", "Apia"),
        ("By Staff Writer | Apr 9, 2019\nHONIARA - Solomon Islands and Vanuatu agreed on Monday to open a consulate.",
         "2019-04-09", "HONIARA"),
    ],
)
def test_agency_and_site_date_lines(text, published, place):
    doc = _doc(text)
    assert str(doc.published) == published
    assert (doc.place or "").lower() == place.lower()


@pytest.mark.parametrize("line", ["Paris: the minister left early.", "Lima: a city of ten million people."])
def test_colon_after_a_capital_before_lower_case_is_no_dateline(line):
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    "line,published",
    [
        ("05-Jun-2023", "2023-06-05"),
        ("Posted On: 21 SEP 2022 4:10PM", "2022-09-21"),
        ("5 Haziran 2023 Pazartesi", "2023-06-05"),
        ("12 сентября 2022", "2022-09-12"),
        ("3 maja 2021", "2021-05-03"),
        ("7 octombrie 2020", "2020-10-07"),
    ],
)
def test_date_lines_in_other_formats_and_languages(line, published):
    doc = _doc(f"Ghana and Togo sign border pact\n{line}\nGhana and Togo signed a border agreement in Accra.")
    assert str(doc.published) == published


@pytest.mark.parametrize(
    "line,published",
    [
        ("14. 3. 2024  |  Press Office of the Ministry of Foreign Affairs", "2024-03-14"),
        ("02. 11. 2021 | Government Information Office", "2021-11-02"),
        ("2024. 03. 14. | Press Office", "2024-03-14"),
    ],
)
def test_numeric_date_lines_with_a_space_after_each_dot(line, published):
    doc = _doc(f"Slovenia and Croatia sign border pact\n{line}\nSlovenia and Croatia signed a border agreement in Zagreb.")
    assert str(doc.published) == published


@pytest.mark.parametrize(
    "item",
    [
        "(i) to convene the joint commission in Lima before the end of March 2026;",
        "(iii) to finish the Tema-Accra rail link by December 2027;",
        "b) the fisheries accord shall be renewed by 30 June 2025;",
    ],
)
def test_a_dated_list_item_is_body_text_not_a_dateline(item):
    from pactline.reading.segment import segment_text

    text = ("Ghana and Peru held talks in Accra on 2 May 2024.\n"
            "The two presidents asked their ministers to carry out the decisions below:\n"
            f"{item}\n(ii) to open a consulate in Cusco.\n")
    start = text.index(item)
    kinds = [s.kind for s in segment_text("d1", text).segments if s.start <= start < s.end]
    assert kinds == ["main"]


@pytest.mark.parametrize("line", [
    "14:20 GMT — Chile's foreign minister condemned the shelling and urged partners to send more aid.",
    "9.40am – Peru's defence minister said the border would stay closed.",
    "08:15 CET - The Ghanaian president called for restraint.",
])
def test_live_report_clock_time_opens_no_sentence(line):
    """A live report's entry stamped with the clock time it was posted: the time is a prefix, never the
    subject of the sentence after it."""
    found = read_dateline(line)
    assert found is not None and found.kind == "metadata" and found.date is None
    split = split_datelines(line)
    assert len(split) == len(line) and split.split("\n")[1][:1].isupper()


@pytest.mark.parametrize("line", ["12:30 - 14:00 talks between the delegations.", "10:45 the ministers met."])
def test_clock_times_without_an_entry_are_kept(line):
    assert split_datelines(line) == line


def test_live_entry_stance_held_by_the_named_minister():
    text = ("Live: fighting on the Sudan border\n\n"
            "10:05 GMT — Egypt's foreign minister Ahmed Selim denounced the shelling of the camps and called on "
            "donors to pay for more field hospitals.\n\n"
            "12:40 GMT — Chad's prime minister said his country would keep the crossing open.")
    stances = [c for c in extract_text(text, "2025-03-04").commitments if c.kind == "position"]
    assert any("denounced the shelling" in c.text and c.parties == ["EGY"] for c in stances)
    assert any("called on donors" in c.text and c.parties == ["EGY"] for c in stances)


@pytest.mark.parametrize("line", ["June 28, 2022 (Reuters) - Kenya reopened its border.",
                                  "June 28, 2022 (UPDATED) - Kenya reopened its border."])
def test_a_date_first_bracket_that_is_no_place_is_no_dateline_place(line):
    found = read_dateline(line)
    assert found is None or found.place not in ("Reuters", "UPDATED")

