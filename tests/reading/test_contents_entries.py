"""A spokesperson's briefing lists its topics ("– On Chile's tariffs on Peruvian copper") and heads each section with
the same words: the entry and the heading are the page's table of topics, never an event; a title given twice, or
a listed line no heading repeats, keeps its role (round 19)."""

import pytest

from pactline.reading.segment import _classified


def _roles(text):
    return {b.text.strip(): b.role for b in _classified(text)}


@pytest.mark.parametrize("entry, heading", [
    ("– On Chile's new tariffs on Peruvian copper", "On Chile's new tariffs on Peruvian copper"),
    ("– On the forthcoming trip of the Foreign Minister to Hanoi", "On the forthcoming trip of the Foreign Minister"),
    ("• Regarding Kenya's expulsion of Ugandan traders", "Regarding Kenya's expulsion of Ugandan traders"),
])
def test_a_listed_topic_and_its_repeated_heading_are_the_table_of_topics(entry, heading):
    text = ("Ministry of Foreign Affairs\n\nPress briefing by the spokesperson, 4 June 2025\n\nTopics\n" + entry + "\n"
            "– Questions from journalists\n\n" + heading + "\n\n"
            "The ministry summoned the envoy on Monday and gave him a protest note about the measure.\n")
    roles = _roles(text)
    assert roles[entry] == "boilerplate"
    assert roles[heading] == "boilerplate"
    assert roles["– Questions from journalists"] != "boilerplate"


def test_a_title_given_twice_is_no_table_of_topics():
    text = ("Ghana and Togo reopen their border crossing\nNews > Africa\n\nGhana and Togo reopen their border crossing\n\n"
            "Ghana and Togo reopened the Aflao crossing on Monday after a week of talks between their ministers.\n")
    assert all(b.role != "boilerplate" for b in _classified(text) if b.text.startswith("Ghana and Togo reopen"))
