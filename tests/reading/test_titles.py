"""A document's title is its headline: never the site's name, navigation, a byline, a counter or a caption;
the headline comes before its deck, and a deck still reads as a headline."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare
from pactline.reading.titles import reads_as_headline as is_headline

_LEAD = ("QUITO – Ecuador and Colombia on Tuesday agreed to reopen three border crossings and to set up a joint "
         "patrol, the two foreign ministers said after talks in Quito.\n\n"
         "The ministers also discussed trade and migration.")
_HEADLINE = "Ecuador and Colombia agree to reopen border crossings"


def _title(header: str) -> str | None:
    text = header + "\n\n" + _LEAD
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options()).title


@pytest.mark.parametrize("header", [
    "Skip to main content\n\n" + _HEADLINE,
    "Ministry of Foreign Affairs of Ecuador\n\nHome / Press releases\n\n" + _HEADLINE,
    "Andes Daily | World | Politics | Business\n\n" + _HEADLINE + "\n\nBy Ana Torres\n\nReading time: 3 minutes",
    "This site uses cookies to improve your experience. [Accept]\n\n" + _HEADLINE,
    "Press release 214\n\n" + _HEADLINE,
    "Author: Ana Torres\n\n" + _HEADLINE,
    "Home   Americas   Europe   Asia   Video\n\n" + _HEADLINE,
    "Nation Provinces Markets Sport Arts & Leisure Weather Podcasts\n\n" + _HEADLINE,  # a menu
    "Official website of the Government of Ecuador\n\n" + _HEADLINE,
    _HEADLINE + "\n\nQuito and Bogota set up a joint patrol after months of tension",  # the deck comes second
])
def test_the_headline_is_the_title(header):
    assert _title(header) == _HEADLINE


@pytest.mark.parametrize("line, headline", [
    ("Russia expels 12 Estonian diplomats", True),  # short, but says what happened
    ("Kenya–Ghana Joint Statement", True),  # short, but names a kind of text
    ("THE REPUBLIC OF GHANA", False),
    ("Prime Minister of Ecuador", False),
    ("The Royal Court", False),
    ("President Noboa, left, and President Petro shake hands in Quito", False),  # a caption
    ("• The visit was the first since 2019", False),  # a bullet of the summary box
    ("Staff | Views: 1,204", False),
    ("World Business Markets Sport Opinion Video Podcasts", False),  # a menu
    ("Foreign Minister Receives Ghanaian Counterpart", True),
    ("Kenya And Ghana Agree To Reopen Border Crossings", True),  # title case, but linked as a headline
])
def test_what_reads_as_a_headline(line, headline):
    assert is_headline(line) is headline


def test_a_deck_reads_as_a_headline_of_its_segment():
    deck = "Quito and Bogota set up a joint patrol after months of tension"
    doc = prepare(RawDocument("t.txt", _HEADLINE + "\n\n" + deck + "\n\n" + _LEAD, "txt", "x"), Options())
    main = [s for s in doc.segments if s.kind == "main"][0]
    assert main.headlines == (_HEADLINE, deck)


def test_a_heading_in_capitals_ending_with_an_initial_is_the_title():
    heading = ("JOINT STATEMENT OF THE UNITED STATES AND LIBERIA ON THE OCCASION OF THE VISIT OF PRESIDENT "
               "JOSEPH N. BOAKAI SR.")
    lead = ("1. Liberia's head of state, invited by his American counterpart, made an official trip to Washington "
            "on 12 and 13 March. Talks between the two leaders covered trade and security.")
    doc = prepare(RawDocument("t.txt", "Ministry of Foreign Affairs\n\n" + heading + "\n\n" + lead, "txt", "x"),
                  Options())
    assert doc.title == heading


@pytest.mark.parametrize("header, title", [
    ("Andes Daily\n\nCan Ecuador and Colombia end their border row?", "Can Ecuador and Colombia end their border row?"),
    ("Andes Daily\n\nEcuador and Colombia agree to reopen border crossings.",
     "Ecuador and Colombia agree to reopen border crossings."),
    ("PRESIDENCIA\n\nECUADOR AND COLOMBIA AGREE TO REOPEN BORDER CROSSINGS.",
     "ECUADOR AND COLOMBIA AGREE TO REOPEN BORDER CROSSINGS."),
    ("Andes Daily\n\nPOLITICS | Ecuador, Colombia agree to reopen border crossings",
     "Ecuador, Colombia agree to reopen border crossings"),
    ("Ecuador, Colombia agree to reopen border crossings | Andes Daily",
     "Ecuador, Colombia agree to reopen border crossings"),
    ("The Hon Daniel Noboa Azin | President of Ecuador\n\n" + _HEADLINE, _HEADLINE),  # a name, not a headline
    ("Andes Daily\n\n14 May 2024 - " + _HEADLINE, _HEADLINE),  # the page's date before the headline
    ("Andes Daily\n\nNoboa hosts Petro", "Noboa hosts Petro"),  # three words that say what happened
])
def test_headlines_set_as_sentences_fields_or_after_a_date(header, title):
    assert _title(header) == title


_CALL = ("The President today spoke with the President of Colombia, Gustavo Petro, to congratulate him on the "
         "reopening of the border. The President of Ecuador, Daniel Noboa, invited his counterpart to Quito.")
_STRIKES = ("Colombian aircraft struck camps across northern Ecuador early on Sunday, in what Bogota called a "
            "pre-emptive attack. Ecuador said it fired artillery at two Colombian posts in retaliation.")


@pytest.mark.parametrize("header, lead, title", [
    # the site's name above its menu is a masthead, however much it shares with the story
    ("President of Ecuador — The Hon Daniel Noboa Azin\nHome Media Speeches Contact the President\n\n"
     "Media Release\n\nCall with the President of Colombia", _CALL, "Call with the President of Colombia"),
    ("Presidencia de la República del Ecuador\nInicio / Prensa / Comunicados ES | EN\n\n"
     "JOINT DECLARATION OF THE PRESIDENTS OF ECUADOR AND COLOMBIA ON THE BORDER", _CALL,
     "JOINT DECLARATION OF THE PRESIDENTS OF ECUADOR AND COLOMBIA ON THE BORDER"),
    # a breadcrumb that ends in the page's own name
    ("Office of the President of Ecuador\nEspañol | English Home > Speeches and Statements by the President\n\n"
     "Joint Press Conference by President Noboa and President Petro of Colombia", _CALL,
     "Joint Press Conference by President Noboa and President Petro of Colombia"),
    # a "Top Stories" menu above the story opens no block of related stories
    ("ANDES NEWS\nTop Stories Topics Video Listen Sign in\nAdvertisement\n\n" + _HEADLINE + "\n\nBy ANA TORRES",
     _LEAD, _HEADLINE),
    # the headline above its longer standfirst, though the standfirst repeats more of the opening paragraphs
    ("Andes Daily\nNews Opinion Sport Culture\n\nEcuador and Colombia trade heavy fire as fears of a wider war grow"
     "\n\nColombia says it struck camps in a pre-emptive attack; Ecuador says it fired at two posts in retaliation",
     _STRIKES, "Ecuador and Colombia trade heavy fire as fears of a wider war grow"),
])
def test_mastheads_menus_and_decks(header, lead, title):
    assert prepare(RawDocument("t.txt", header + "\n\n" + lead, "txt", "x"), Options()).title == title


def test_a_story_below_a_top_stories_menu_is_the_main_article():
    text = "ANDES NEWS\nTop Stories Topics Video Listen Sign in\n\n" + _HEADLINE + "\n\n" + _LEAD
    doc = prepare(RawDocument("t.txt", text, "txt", "x"), Options())
    assert any(s.kind == "main" and "patrol" in doc.text[s.start:s.end] for s in doc.segments)


def test_a_title_given_twice_is_kept_once():
    from pactline.reading.prepare import undoubled

    assert undoubled("Readout of the Call with Ghana: Readout of the Call with Ghana") == "Readout of the Call with Ghana"
    assert undoubled("Statement on Peru | Statement on Peru") == "Statement on Peru"
    assert undoubled("Chile: Chile and Peru sign accord") == "Chile: Chile and Peru sign accord"
    assert undoubled(None) is None
