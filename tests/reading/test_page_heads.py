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
    ("Muscat / News Desk / 3 March 2024", "Muscat"),
    ("Accra / Information Services / 12 June 2023", "Accra"),
])
def test_date_line_of_fields_set_apart_by_slashes(line, place):
    text = ("Oman and Ghana hold talks\n\n" + line + "\n\nThe foreign ministers of Oman and Ghana held talks on "
            "Sunday on trade and shipping.\n\nThey agreed to meet again next year.")
    doc = _doc(text)
    assert doc.place == place and doc.published_confidence == "stated"


@pytest.mark.parametrize("byline, place", [
    ("By our correspondent in Nairobi", "Nairobi"),
    ("By AW diplomatic correspondent in Lima", "Lima"),
])
def test_byline_correspondent_in_a_town(byline, place):
    text = ("Kenya and Peru sign a visa deal\n\n" + byline + "\n\nPublished: 4 April 2024\n\nKenya and Peru signed "
            "a visa waiver deal on Thursday, officials from both countries said.")
    assert _doc(text).place == place


_PAGE = ("<html><head><title>{tab} | State House</title></head><body><header><nav>Home | News</nav></header><main>"
         "<p class=\"meta\">{meta}</p><h2>{head}</h2><p>Presidents of Ghana and Togo agreed on Tuesday to reopen "
         "the border crossing at Aflao and to report on trade barriers within three months.</p><p>The two "
         "leaders also witnessed the signing of agreements on energy and transport.</p></main></body></html>")


@pytest.mark.parametrize("meta, place", [
    ("Tuesday, March 5, 2024 | Lomé | Posted in News", "Lomé"),
    ("5 March 2024 | Accra | Press Office", "Accra"),
])
def test_html_meta_line_and_h2_headline(meta, place):
    head = "President Mahama, President Gnassingbé Agree To Reopen Border"
    raw = _from_html("t.html", _PAGE.format(tab="Ghana, Togo to reopen border", meta=meta, head=head), "x", [], None)
    assert raw.title == head
    doc = prepare(raw, Options())
    assert doc.place == place and doc.published == "2024-03-05"


@pytest.mark.parametrize("line", [
    "Palácio do Planalto, Brasília, March 4, 2024 — Unofficial translation",
    "State House, Lusaka, 9 March 2023 – Transcript",
])
def test_date_line_under_the_title_is_not_the_title(line):
    title = "Remarks by President Hichilema at the state dinner in honour of President Lula"
    text = (f"{title}\n\n{line}\n\nExcellencies, dear friends,\n\nIt is an honour to receive you in Lusaka, and I "
            "remember the visit I paid to Brasília in March of last year. Today we signed twelve agreements on "
            "energy and farming.\n\nWe will open new markets for our beef and coffee.")
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
