"""A meeting named by a plural noun before it ("held a leaders meeting with …") that the parser reads as a
participle is the meeting held; a guest "who was visiting" the host in the same sentence is a visit of its own."""

from tests.helpers import extract_text


def test_a_leaders_meeting_read_as_a_participle_is_held_and_the_guest_visits():
    text = ("On 3 May, Mr. RUTO William, President of Kenya, held a leaders meeting with John Mahama, "
            "President of the Republic of Ghana who was visiting Kenya.")
    events = extract_text(text, published="2024-05-03").events
    modes = sorted((e.mode, e.source_actor.country) for e in events if e.type == "CONSULT")
    assert modes == [("meet", "KEN"), ("visit", "GHA")], modes


def test_a_ministers_meeting_held_with_a_partner():
    events = extract_text("Kenya held a ministers meeting with Ghana on 3 May.", published="2024-05-03").events
    assert any(e.type == "CONSULT" and e.mode == "meet" for e in events)
