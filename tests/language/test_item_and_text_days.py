"""Days of a page's items and of a text posted later. On a page of several items, each under its headline and
its date line, an item's headline act takes its own item's day, never another item's. A posting stamp with a
clock time above a text whose own date line gives a day just before dates the page; the text's acts are of
the text's own day."""

from tests.helpers import extract_text


def _dates(ex, start):
    return {e.date for e in ex.events if e.evidence[0].quote.startswith(start)}


def test_each_item_of_a_news_page_keeps_its_own_day():
    text = ("Government of Ghana — News\n\n"
            "Ghanaian-Togolese talks\nMarch 14, 2025, 11:20   Accra\n\n"
            "John Mahama received Faure Gnassingbe of Togo in Accra, where the two heads of state discussed the "
            "shared border and put their names to an accord on a new rail line.\n\n"
            "Phone call with the President of Togo\nMarch 11, 2025, 17:05\n\n"
            "Mahama and Gnassingbe held a telephone conversation on the agenda of the Accra summit.\n")
    ex = extract_text(text)
    assert _dates(ex, "Ghanaian-Togolese talks") <= {"2025-03-14"}


def test_a_statement_posted_the_next_day_is_of_its_own_day():
    text = ("Ministry of Foreign Affairs of Chile\nHome | Ministry | News | Statements\n2024-10-03 07:45\n\n"
            "Chile-Argentina Joint Declaration on Andean Trade\n\n(Santiago, 2 October 2024)\n\n"
            "Chile and Argentina agreed to build a joint corridor for trade across the Andes.\n")
    ex = extract_text(text)
    assert _dates(ex, "Chile and Argentina agreed") == {"2024-10-02"}
