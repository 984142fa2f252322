"""A wire dateline whose town the city list lacks: a place in capitals is a dateline when a dash follows and a
region the gazetteer places, or a news agency, comes between ("OUESSO, Congo —", "MAROUA, (AFP) -"); the document
is placed there. A label in that slot ("FACT SHEET,", "UPDATE,", "EXCLUSIVE,"), a region that is a weekday or
an unknown word, and capitals followed by another name in capitals stay no dateline (review, round 13)."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.datelines import read_dateline
from pactline.reading.prepare import prepare


@pytest.mark.parametrize("line, place, agency", [
    ("OUESSO, Congo — Congolese and Cameroonian officials reopened the river crossing.", "OUESSO", None),
    ("MAROUA, (AFP) - Cameroon and Chad agreed to a joint patrol against raiders.", "MAROUA", "AFP"),
    ("KASUMBALESA, Zambia (Reuters) -", "KASUMBALESA", "Reuters"),  # split from its sentence already
])
def test_an_unlisted_town_with_a_placed_region_or_an_agency_and_a_dash(line, place, agency):
    found = read_dateline(line)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("line", [
    "FACT SHEET, Washington — The United States and Kenya agreed on a trade framework.",
    "UPDATE, Monday — Chile and Peru signed the accord.",
    "EXCLUSIVE, (Reuters) - Ghana is weighing a loan from China.",
    "JOINT STATEMENT, Lima — Peru and Ecuador reaffirm their ties.",
    "PHOTOS, Gallery — The leaders at the summit.",
    "OPINION, Guest Column — Why the accord matters.",
    "IGAD, AU - leaders gather in Nairobi.",
])
def test_labels_and_unplaced_regions_are_no_dateline(line):
    assert read_dateline(line) is None


def test_the_document_is_placed_at_the_unlisted_town():
    text = ("Congo and Cameroon reopen river crossing\n\nPublished 4 March 2025\n\n"
            "OUESSO, Congo — Congolese and Cameroonian officials reopened the river crossing on Monday, county "
            "officials said.\n\nTraders welcomed the decision.")
    doc = prepare(RawDocument("t.txt", text, "txt", "x"), Options())
    assert doc.place == "Ouesso"


def test_a_label_is_no_place_of_the_document():
    text = "Kenya and US trade framework\n\nFACT SHEET, Washington — The United States and Kenya agreed on a framework.\n"
    assert prepare(RawDocument("t.txt", text, "txt", "x"), Options()).place in (None, "Washington")


@pytest.mark.parametrize("line, place", [
    ("KIRYANDONGO — Ugandan police said on Tuesday they had arrested eleven South Sudanese men near the camp.",
     "KIRYANDONGO"),
    ("LOITOKITOK, Kajiado — Kenyan rangers stopped two trucks at the crossing on Friday, officials said.", "LOITOKITOK"),
    ("ZAMBOANGA CITY — The navy escorted four Malaysian fishing boats out of the bay on Sunday morning.",
     "ZAMBOANGA CITY"),
])
def test_an_unlisted_town_and_a_long_dash_before_a_whole_sentence(line, place):
    found = read_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize("line", [
    "UPDATE 2 — Ugandan police said on Tuesday they had arrested eleven men near the border.",
    "ASEAN — The bloc said it would hold its summit in October to review the consensus plan.",
    "KIRYANDONGO — Arrests near the camp",  # a heading: no sentence after the dash
    "KIRYANDONGO - Ugandan police said on Tuesday they had arrested eleven men near the camp.",  # a hyphen
])
def test_a_label_a_body_or_a_heading_before_a_long_dash_is_no_dateline(line):
    assert read_dateline(line) is None
