"""A release whose byline is a line of an office and a name ("Prime Minister Jacinda Ardern") and that speaks in
the first person singular: its "I" is that person, never the last person named before; a headline of a title and
other words is no byline. Sentences written for other countries."""

from tests.helpers import extract_text

_RELEASE = ("Prime Minister of Canada\nMedia | Releases\n\nMEDIA RELEASE\n\nCanada-Mexico Leaders' Meeting\n\n"
            "Monday 3 March 2025\n\nPrime Minister Justin Trudeau\n\n"
            "Today I met with my friend President Claudia Sheinbaum in Ottawa.\n\n"
            "President Sheinbaum raised the treatment of seasonal workers.\n\n"
            "{sentence}")


def _events(sentence):
    return extract_text(_RELEASE.format(sentence=sentence), published="2025-03-03").events


def test_the_bylines_person_is_the_first_person():
    met = [e for e in _events("We agreed to meet again next year.") if e.evidence[0].quote.startswith("Today I met")]
    assert met and all(e.source_actor is not None and e.source_actor.country == "CAN" for e in met), met


def test_i_is_not_the_person_named_before():
    sentence = "Later I thanked President Sheinbaum for the hospitality of her officials."
    thanked = [e for e in _events(sentence) if e.evidence[0].quote.startswith("Later I thanked")]
    assert thanked and all(e.source_actor is not None and e.source_actor.country == "CAN" for e in thanked), [
        (e.source_actor, e.target_actor) for e in thanked]


def test_a_headline_of_a_title_and_words_is_no_byline():
    from pactline.language.speakers import author_voice

    assert author_voice("President Ruto Hosts Ugandan Counterpart\n\n\"I am grateful,\" Museveni said.") is None


def test_a_heading_of_a_meeting_is_no_byline():
    from pactline.language.speakers import author_voice

    assert author_voice("Canada-Mexico Leaders' Meeting\n\nToday I met the President.") is None
    assert author_voice("Prime Minister Justin Trudeau\n\nToday I met the President.") == "Prime Minister Justin Trudeau:"
