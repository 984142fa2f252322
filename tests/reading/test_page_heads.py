"""A page's head read for where and when: a numeric date set beside a few words naming the document's kind, an
event's name and town above it, a date line of fields set apart by slashes, a byline's "correspondent in
TOWN", an HTML page's class-marked metadata line and its <h2> headline, and a date line under the title that
is never the title itself."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.html_head import meta_lines
from pactline.reading.ingest import _from_html
from pactline.reading.prepare import prepare


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


_TALK = ("PRESIDENT RAMAPHOSA: Welcome, dear Hakainde. This morning our ministers met for the third binational "
         "commission, and we agreed to open two new border posts.\n\nPRESIDENT HICHILEMA: Thank you for your "
         "hospitality. We will report on the border posts by the end of the year.")


@pytest.mark.parametrize("head, published, place", [
    ("South Africa–Zambia Binational Commission, Durban\n\n14/03/2024 — official transcript of remarks", "2024-03-14", "Durban"),
    ("Joint press statement, Kitwe\n\n03.05.2023 – unofficial English version", "2023-05-03", "Kitwe"),
    ("Binational Commission, Durban\n\nPress conference – 14/03/2024", "2024-03-14", "Durban"),
])
def test_numeric_date_beside_the_kind_of_document(head, published, place):
    doc = _doc("Press conference of the two presidents\n\n" + head + "\n\n" + _TALK)
    assert (doc.published, doc.published_confidence, doc.place) == (published, "stated", place)


@pytest.mark.parametrize("line, place", [
    ("Montevideo / Press Unit / 3 March 2024", "Montevideo"),
    ("Reykjavik / Ministry news service / 12 June 2023", "Reykjavik"),
])
def test_date_line_of_fields_set_apart_by_slashes(line, place):
    text = ("Uruguay and Iceland discuss fisheries\n\n" + line + "\n\nUruguay's foreign minister received her "
            "Icelandic counterpart for a working meeting on fisheries and renewable energy.\n\nThe ministers "
            "decided to set up a joint working group on geothermal power.")
    doc = _doc(text)
    assert doc.place == place and doc.published_confidence == "stated"


@pytest.mark.parametrize("byline, place", [
    ("From our staff reporter in Tallinn", "Tallinn"),
    ("By a Pacific affairs correspondent in Suva", "Suva"),
])
def test_byline_correspondent_in_a_town(byline, place):
    text = ("Estonia and Fiji open digital talks\n\n" + byline + "\n\nUpdated 4 April 2024\n\nEstonia will help "
            "Fiji build an online identity system, the two governments announced after a meeting of their "
            "digital ministers.")
    assert _doc(text).place == place


_PAGE = ("<html><head><title>{tab} - Office of the President</title></head><body><div class=\"top\">Menu - Search"
         "</div><article><div class=\"post-info\">{meta}</div><h2>{head}</h2><p>Botswana and Zambia will build a "
         "second bridge over the Zambezi, the two heads of state announced after a working lunch.</p><p>Their "
         "transport ministers are to present a design and a budget by September.</p></article></body></html>")


@pytest.mark.parametrize("meta, place", [
    ("Friday 8 November 2024 · Gaborone · Statements", "Gaborone"),
    ("8 November 2024 | Francistown | Communications Unit", "Francistown"),
])
def test_html_meta_line_and_h2_headline(meta, place):
    head = "Heads of State Announce Second Zambezi Bridge"
    raw = _from_html("t.html", _PAGE.format(tab="Botswana and Zambia plan a bridge", meta=meta, head=head), "x", [], None)
    assert raw.title == head
    doc = prepare(raw, Options())
    assert doc.place == place and doc.published == "2024-11-08"


@pytest.mark.parametrize("line", [
    "Government House, Ljubljana, 4 March 2024 — check against delivery",
    "Mburuvicha Róga, Asunción, 9 March 2023 – English text",
])
def test_date_line_under_the_title_is_not_the_title(line):
    title = "Address of the Prime Minister at the official lunch for the President of Paraguay"
    text = (f"{title}\n\n{line}\n\nMr President, ladies and gentlemen,\n\nSlovenia and Paraguay are far apart "
            "on the map but close in what they value. This morning our ministers concluded an agreement on "
            "double taxation.\n\nWe will send a trade mission to Asunción in the autumn.")
    assert _doc(text).title == title


def test_a_related_storys_date_is_no_metadata_line():
    page = ("<html><head><title>Ghana and Togo talk trade</title></head><body><h1>Ghana and Togo talk trade</h1>"
            "<p>Presidents of Ghana and Togo discussed trade at the border on Tuesday, officials said.</p><p>They "
            "agreed to meet again before the end of the year in Lomé.</p><aside class=\"related\"><ul><li><span "
            "class=\"date\">2 January 2019 | Accra</span> <a href=\"/x\">Older story</a></li></ul></aside>"
            "<div class=\"more-stories\"><p class=\"meta\">5 May 2018 | Kumasi</p></div></body></html>")
    raw = _from_html("t.html", page, "x", [], None)
    assert meta_lines(page, "") == []
    assert raw.text.split("\n\n")[1].startswith("Presidents of Ghana") and "2 January 2019" not in raw.text
