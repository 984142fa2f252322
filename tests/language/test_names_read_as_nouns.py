"""A surname the tagger reads as a plural common noun ("Morales", "Valdes" before "told reporters") still names
the person the text introduced with a title, so the quotation it closes is that person's side's."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("opening, surname, code", [
    ("Bolivia's Energy Minister Marcela Morales toured the gas fields near Tarija with Argentine engineers.",
     "Morales", "BOL"),
    ("Chile's Mining Minister Luis Valdes toured the lithium plant in Antofagasta with Bolivian engineers.",
     "Valdes", "CHL"),
])
@pytest.mark.parametrize("quote", ["We oppose any cut in gas deliveries during the winter",
                                   "We support a joint audit of the border pipeline"])
def test_a_surname_read_as_a_plural_noun_holds_its_quotation(opening, surname, code, quote):
    text = f"LA PAZ, July 2 (AP) - {opening}\n\n\"{quote},\" {surname} told reporters at the site.\n"
    positions = [r for r in extract_text(text, published="2024-07-02").commitments if r.kind == "position"]
    assert positions and all(r.parties == [code] for r in positions), [(r.text, r.parties) for r in positions]
