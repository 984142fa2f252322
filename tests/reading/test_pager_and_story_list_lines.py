"""A page's pager ("Previous: …", "List | Prev: … | Next: …"; a "Next:" line alone may be a programme's item) and a line listing other stories after a label ("Other news: A | B",
"[Related] A | B") name other pages: furniture, never an event of the document."""

import pytest

from pactline.reading.segment import Block, classify
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "line",
    [
        "Previous: Deputy Minister receives the Ambassador of Peru",
        "Prev: Foreign Minister attends the OAS General Assembly",
        "◀ Previous: Outcome of the Ghana-Togo Joint Commission",
        "List | Previous: Minister meets Chilean envoy | Next: Readout of call with Kenyan President",
        "List   |   ◀ Previous: Results of the Chile-Peru Vice Ministers' Consultations",
        "Older post: President hosts Malian delegation at State House",
        "Newer post › Ghana and Togo sign a transit agreement",
        "Other news: Minister Mensah receives Togolese delegation | Ghana condemns attack on its embassy in Lima",
        "More stories: Chile hosts Pacific forum | Peru recalls envoy",
        "[Related] Ruto meets Ugandan leader | Ruto opens trade fair in Kampala",
        "[See also] Ghana signs visa pact with Togo | Togo thanks Ghana for flood aid",
    ],
)
def test_pager_and_story_list_lines_are_boilerplate(line):
    assert classify(Block(0, len(line), line, "body"), line).role == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that opens with "next" or names other news stays text
        "Next week the two ministers will meet again in Accra to review the transit corridor.",
        "Other news outlets reported that the two presidents met for two hours.",
        "Previously, Ghana and Togo had agreed to reopen the border.",
        # a programme's next item is no pager: a "Next:" line alone stays text
        "Next: wreath-laying ceremony at the Independence Monument with the Togolese President",
    ],
)
def test_sentences_opening_alike_stay_text(line):
    assert classify(Block(0, len(line), line, "body"), line).role != "boilerplate"


@pytest.mark.parametrize(
    "tail",
    [
        "[List]\nPrevious: Deputy Minister meets Ambassador of Peru",
        "List  |  Prev: President attends the Pacific summit  |  Next: Readout of phone call with Peruvian President",
        "Other news: Minister Mensah receives Peruvian delegation | Chile rejects inclusion on Peru's list",
        "[Related] President Boric meets Peruvian envoy | Boric delivers speech at Chile-Peru forum",
    ],
)
def test_a_pager_under_a_statement_is_no_event(tail):
    text = ("Joint Press Statement on the Call between the Foreign Ministers of Chile and Peru\n\n"
            "Santiago, 3 May 2024\n\nThe Foreign Ministers of Chile and Peru held a video call on 3 May 2024. "
            "They agreed to reopen the border crossing at Tacna.\n\n" + tail + "\n\nCopyright (c) Ministry of Foreign Affairs.")
    events = extract_text(text, published=None).events
    quotes = [e.evidence[0].quote for e in events]
    assert events and not [q for q in quotes if any(w in q for w in ("Previous", "Prev:", "Next", "Other news", "Related"))], quotes
