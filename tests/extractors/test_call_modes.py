"""A phone call made to someone is a call, not a visit; a courtesy call on someone stays a visit."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "sentence,mode",
    [
        ("Crown Prince Mohammed bin Salman made a phone call today to Iranian President-elect Masoud Pezeshkian.", "phone"),
        ("Kenyan President William Ruto made a telephone call to Ghanaian President John Mahama on Monday.", "phone"),
        ("Chilean President Gabriel Boric makes video call to Argentine President Javier Milei.", "phone"),
        ("The Indian foreign minister made a courtesy call on the Emir of Qatar on Monday.", "visit"),
        # A readout's "spoke with": a call.
        ("Secretary of State Marco Rubio spoke today with Kenyan Foreign Minister Musalia Mudavadi to discuss the "
         "crisis in Chad.", "phone"),
    ],
)
def test_call_or_visit(sentence, mode):
    events = [e for e in extract_text("DOHA, 8 May 2024 — " + sentence, published="2024-05-08").events if e.type == "CONSULT"]
    assert events and events[0].mode == mode, [(e.type, e.mode, e.summary) for e in events]


@pytest.mark.parametrize(
    "sentence,etype,mode",
    [
        ("President Ruto received a phone call from President Mahama on Monday.", "CONSULT", "phone"),
        ("President Ruto received President Mahama at State House on Monday.", "CONSULT", "host"),
        # Goods received are aid, not a guest hosted.
        ("Armenia has received armoured vehicles and ammunition from France, the ministry said.", "AID", None),
        ("Malawi received a shipment of vaccines from India on Monday.", "AID", None),
    ],
)
def test_what_is_received(sentence, etype, mode):
    events = extract_text("NAIROBI, 8 May 2024 — " + sentence, published="2024-05-08").events
    assert events and (events[0].type, events[0].mode) == (etype, mode), [(e.type, e.mode, e.summary) for e in events]
