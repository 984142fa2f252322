"""A surname the tagger reads as a plural common noun ("Morales", "Valdes" before "told reporters") still names
the person the text introduced with a title, so the quotation it closes is that person's side's."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("opening, surname, code", [
    ("Peruvian Trade Minister Ana Morales said on Thursday Lima would raise duties on Chilean fruit.", "Morales", "PER"),
    ("Bolivian Economy Minister Luis Valdes said on Thursday La Paz would ask for talks with Chile.", "Valdes", "BOL"),
])
@pytest.mark.parametrize("quote", ["We reject this unilateral decision, which breaks the trade rules",
                                   "We oppose any new levy on our exports"])
def test_a_surname_read_as_a_plural_noun_holds_its_quotation(opening, surname, code, quote):
    text = f"LIMA, May 6 (Reuters) - {opening}\n\n\"{quote},\" {surname} told reporters in the capital.\n"
    positions = [r for r in extract_text(text, published="2024-05-06").commitments if r.kind == "position"]
    assert positions and all(r.parties == [code] for r in positions), [(r.text, r.parties) for r in positions]
