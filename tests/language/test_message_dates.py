"""An act told in a message takes the day the participle dating or delivering that message gives ("congratulated
him in a letter handed over on Thursday", "protested in a note sent on Tuesday"): the message's day is the act's, not
the report's (data/occasions.json message_nouns, message_verbs, message_preps). Sentences written for other
countries."""

from tests.helpers import extract_text


def _dates(text, published):
    return {(e.type, e.evidence[0].quote[:12]): e.date for e in extract_text(text, published=published).events}


def test_letter_handed_over_on_a_weekday_dates_what_it_says():
    text = ("In a letter handed to the Chilean president on Thursday, Peru's president congratulated him on the "
            "new fisheries accord.")
    dates = {t: d for (t, _q), d in _dates(text, "2024-03-11").items()}  # a Monday
    assert dates.get("SUPPORT") == "2024-03-07", dates


def test_message_sent_on_a_weekday_dates_the_protest():
    text = "In a message sent to the Bolivian president on Tuesday, the Paraguayan leader condemned the blockade."
    dates = {t: d for (t, _q), d in _dates(text, "2024-03-11").items()}
    assert dates.get("PROTEST") == "2024-03-05", dates


def test_a_statement_answered_later_keeps_the_answer_day():
    # the statement's participle dates the statement, not the rejection of it told in the main clause
    text = "Ghana on Monday rejected a statement issued by the Togolese government on Friday."
    dates = {t: d for (t, _q), d in _dates(text, "2024-03-12").items()}
    assert dates.get("REJECT") == "2024-03-11", dates
