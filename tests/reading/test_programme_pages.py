"""A programme page: a line that is a place and the span of days of the visit held there ("Accra, 3–5 May 2023",
"Lusaka, 30 April to 2 May 2024") places the text without dating it; the page's items at their clock times
("09:30 Cocoa forum …") are never its title. Written for other countries."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


def _page(span_line):
    return ("REPUBLIC OF GHANA – OFFICE OF THE PRESIDENT\n\n"
            "Official Visit of President Bassirou Faye\n\n"
            + span_line + "\n"
            "Programme (revised 4 May 2023)\n\n"
            "Wednesday 3 May 2023\n"
            "10:00  Courtesy call by President Faye on the Speaker of Parliament. [DONE]\n"
            "12:00  Talks between the two presidents at Jubilee House. [DONE]\n\n"
            "Thursday 4 May 2023\n"
            "09:30  Ghana-Senegal cocoa forum on prices, co-chaired by the two presidents. [DONE]\n\n"
            "Results\n"
            "• The two presidents agreed to open a joint commission on cocoa prices by the end of the year.\n"
            "• Senegal will host the next round of talks in Dakar in 2024.\n")


@pytest.mark.parametrize("span_line, place", [
    ("Accra, 3–5 May 2023", "Accra"),
    ("Kumasi, 3 May – 5 May 2023", "Kumasi"),
])
def test_a_place_with_the_span_of_the_visit_places_the_page(span_line, place):
    doc = _doc(_page(span_line))
    assert doc.place == place
    assert doc.published == "2023-05-04"  # the revised stamp, not the span's first day


def test_an_item_at_its_clock_time_is_no_title():
    assert _doc(_page("Accra, 3–5 May 2023")).title == "Official Visit of President Bassirou Faye"
