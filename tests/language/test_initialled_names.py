"""A titled name written with initials ("Foreign Minister S. Jaishankar", "President of Nepal K. P. Oli") is
registered by its name, so a later quote closed by "<Surname> told reporters" finds its holder."""

import pytest

from pactline.language.actors import build_context
from tests.helpers import extract_text


@pytest.mark.parametrize("opening, surname, code", [
    ("Kenyan Foreign Minister K. Mudavadi met his Ghanaian counterpart in Nairobi on Monday.", "Mudavadi", "KEN"),
    ("The President of Malawi P. Mutharika received the Zambian envoy in Lilongwe on Monday.", "Mutharika", "MWI"),
])
def test_initials_before_a_single_name_do_not_hide_the_person(opening, surname, code):
    person = build_context(opening).person(surname)
    assert person is not None and person.country == code
    text = f"{opening}\n\n\"We will reopen the border crossing at Namanga next month,\" {surname} told reporters.\n"
    records = extract_text(text, published="2024-05-07").commitments
    assert records and all(r.parties == [code] for r in records), [(r.text, r.parties) for r in records]
