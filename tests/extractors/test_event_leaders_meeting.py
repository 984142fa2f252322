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


def test_a_sentence_that_only_describes_the_meeting_told_is_no_meeting():
    text = ("On 3 May, President Ruto of Kenya held talks with President Mahama of Ghana in Nairobi. "
            "A summary of the meeting is given below. It was the leaders' third meeting this year.")
    quotes = [e.evidence[0].quote for e in extract_text(text, published="2024-05-03").events if e.type == "CONSULT"]
    assert len(quotes) == 1 and "held talks" in quotes[0], quotes


def test_a_meeting_described_alone_is_still_read():
    text = "Ghana and Kenya: it was the third meeting of the two presidents this year, in Accra on 3 May."
    events = extract_text(text, published="2024-05-03").events
    assert any(e.type == "CONSULT" for e in events), [(e.type, e.evidence[0].quote) for e in events]


def test_a_described_visit_that_names_the_visitor_is_kept():
    text = ("On 3 May, President Ruto of Kenya held talks with President Mahama of Ghana in Nairobi. "
            "The visit was Mahama's first to Kenya in five years.")
    quotes = [e.evidence[0].quote for e in extract_text(text, published="2024-05-03").events if e.type == "CONSULT"]
    assert any("first to Kenya" in q for q in quotes), quotes
