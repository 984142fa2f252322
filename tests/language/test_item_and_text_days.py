"""Days of a page's items and of a text posted later. On a page of several items, each under its headline and
its date line, an item's headline act takes its own item's day, never another item's. A posting stamp with a
clock time above a text whose own date line gives a day just before dates the page; the text's acts are of
the text's own day."""

from tests.helpers import extract_text


def _dates(ex, start):
    return {e.date for e in ex.events if e.evidence[0].quote.startswith(start)}


def test_each_item_of_a_news_page_keeps_its_own_day():
    text = ("Office of the President of Kenya\n\n"
            "Kenyan-Ugandan talks\nMarch 14, 2025, 11:20   Nairobi\n\n"
            "William Ruto and President of Uganda Yoweri Museveni held talks in Nairobi on trade and the "
            "border. Following the talks, the presidents signed an agreement on a new rail link.\n\n"
            "Telephone conversation with President of Uganda Yoweri Museveni\nMarch 11, 2025, 17:05\n\n"
            "William Ruto had a telephone conversation with Yoweri Museveni. The two leaders discussed "
            "preparations for the coming talks in Nairobi.\n")
    ex = extract_text(text)
    assert _dates(ex, "Kenyan-Ugandan talks") <= {"2025-03-14"}
    assert _dates(ex, "William Ruto and President") == {"2025-03-14"}


def test_a_statement_posted_the_next_day_is_of_its_own_day():
    text = ("Ministry of Foreign Affairs of Chile\nHome | Ministry | News | Statements\n2024-10-03 07:45\n\n"
            "Joint Statement between the Republic of Chile and the Argentine Republic on Deepening the "
            "Strategic Partnership\n\n(Santiago, 2 October 2024)\n\n"
            "At the invitation of President of Chile Gabriel Boric, President of Argentina Javier Milei paid a "
            "state visit to Chile from 1 to 2 October 2024. The two Presidents held talks in a cordial "
            "atmosphere.\n\nThe two sides agreed to build a joint corridor for trade across the Andes.\n")
    ex = extract_text(text)
    assert _dates(ex, "The two sides agreed") == {"2024-10-02"}

