"""Days of a page's items and of a text posted later. On a page of several items, each under its headline and
its date line, an item's headline act takes its own item's day, never another item's. A posting stamp with a
clock time above a text whose own date line gives a day just before dates the page; the text's acts are of
the text's own day."""

import pytest

from tests.helpers import extract_text


def _dates(ex, start):
    found = {e.date for e in ex.events if e.evidence[0].quote.startswith(start)}
    assert found, "the event is read"
    return found


@pytest.mark.parametrize("first, second", [("14 March 2025", "11 March 2025"),
                                           ("March 14, 2025, 11:20   Lima", "March 11, 2025, 17:05")])
def test_each_item_of_a_news_page_keeps_its_own_day(first, second):
    text = ("Bulletin of the Ministry of Foreign Affairs, Lima\n\n"
            "Peru and Ecuador sign fisheries accord\n" + first + "\n\n"
            "The foreign ministers of Peru and Ecuador signed an accord on fisheries in Lima and agreed to meet again "
            "in May.\n\nVice-ministers review border demining\n" + second + "\n\n"
            "Peru and Ecuador reviewed progress in clearing mines along their border at a meeting of vice-ministers.\n")
    ex = extract_text(text)
    assert _dates(ex, "Peru and Ecuador sign") == {"2025-03-14"}
    assert _dates(ex, "The foreign ministers") == {"2025-03-14", "2025-05"}
    assert _dates(ex, "Peru and Ecuador reviewed") == {"2025-03-11"}


def test_a_statement_posted_the_next_day_is_of_its_own_day():
    text = ("Ministry of Foreign Affairs of Chile\nHome | Ministry | News | Statements\n2024-10-03 07:45\n\n"
            "Chile-Argentina Joint Declaration on Andean Trade\n\n(Santiago, 2 October 2024)\n\n"
            "Chile and Argentina agreed to build a joint corridor for trade across the Andes.\n")
    ex = extract_text(text)
    assert _dates(ex, "Chile and Argentina agreed") == {"2024-10-02"}
