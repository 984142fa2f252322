"""A wire dateline whose town the city list lacks: a place in capitals is a dateline when its region, or an
agency, and a dash follow it ("MOYALE, Marsabit —", "LODWAR, Kenya (dispatch) -", "NAMANGA, (Wire) -"); the
document is placed there. Capitals followed by another name in capitals and a dash stay a sentence."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.datelines import read_dateline
from pactline.reading.prepare import prepare


@pytest.mark.parametrize("line, place, agency", [
    ("MOYALE, Marsabit — Kenyan and Ethiopian officials reopened the border market on Monday.", "MOYALE", None),
    ("LODWAR, Kenya (dispatch) - Kenya and South Sudan agreed to a joint patrol.", "LODWAR", "dispatch"),
    ("NAMANGA, (Wire) - Tanzania reopened the crossing to Kenyan lorries.", "NAMANGA", "Wire"),
    ("LODWAR, Kenya (dispatch) -", "LODWAR", "dispatch"),  # split from its sentence already
])
def test_an_unlisted_town_with_its_region_or_agency_and_a_dash(line, place, agency):
    found = read_dateline(line)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_names_in_capitals_without_a_region_are_no_dateline():
    assert read_dateline("IGAD, AU - leaders gather in Nairobi.") is None


def test_the_document_is_placed_at_the_unlisted_town():
    text = ("Kenya and Ethiopia reopen border market\n\nMarch 4, 2025 10:20 AM\n\n"
            "MOYALE, Marsabit — Kenyan and Ethiopian officials reopened the border market on Monday, a year after "
            "clashes closed it, county officials said.\n\nTraders welcomed the decision.")
    doc = prepare(RawDocument("t.txt", text, "txt", "x"), Options())
    assert doc.place == "Moyale"
