"""The event reader's word lists live in data/event_verbs.json ("word_lists"), not in code: the signing verbs
of a lead-in and of "agreed to sign" are one list, and no event module keeps a set of its own."""

import re
from pathlib import Path

from pactline.extractors.event_subjects import word_list
from tests.helpers import extract_text

_MODULES = ("event_patterns", "event_subjects", "event_nouns", "signed_lists", "event_time")


def test_the_word_lists_are_data():
    src = Path(__file__).resolve().parents[2] / "src" / "pactline" / "extractors"
    for name in _MODULES:
        code = (src / f"{name}.py").read_text(encoding="utf-8")
        for old in ("_BODIES", "_TALKED_OVER", "_CALLS", "_SIGNING"):
            assert not re.search(rf"^{old} = ", code, re.M), (name, old)
    for name in ("called_bodies", "talked_over", "framing_calls", "signing"):
        assert word_list(name), name


def test_a_list_of_ratified_instruments_is_agreed():
    events = extract_text("Joint statement of Peru and Ecuador\n\nThe following treaties were ratified:\n"
                          "- Agreement on border trade\n- Convention on fisheries\n", published="2024-05-08").events
    quotes = [e.evidence[0].quote for e in events if e.type == "AGREE"]
    assert any("border trade" in q for q in quotes) and any("Convention on fisheries" in q for q in quotes), quotes


_TITLED = ("JOINT COMMUNIQUE OF THE FIFTH SESSION OF THE GHANA-KENYA JOINT COMMISSION\n\n"
           "The fifth session of the Joint Commission was held in Accra on 2 and 3 May 2024.\n\n"
           "The delegations of Ghana and Kenya reviewed trade and transport links.\n\n")


def test_a_joint_text_that_tells_its_own_issuing_is_adopted_there():
    events = extract_text(_TITLED + "Issued at Accra on this 3rd day of May 2024.\n", published="2024-05-03").events
    agreed = [e.evidence[0].quote for e in events if e.type == "AGREE"]
    assert any(q.startswith("Issued at Accra") for q in agreed) and not any("FIFTH SESSION" in q for q in agreed), agreed
    events = extract_text(_TITLED, published="2024-05-03").events
    assert any(e.type == "AGREE" and "FIFTH SESSION" in e.evidence[0].quote for e in events)


def test_a_joint_text_adopted_in_its_own_words_is_not_adopted_twice():
    text = ("Joint Statement by the Prime Minister of Peru and the President of Ecuador\n\n"
            "Meeting in Quito on 2 May 2024, the two leaders adopted the following joint statement:\n\n"
            "Peru and Ecuador will deepen their trade.\n")
    agreed = [e.evidence[0].quote for e in extract_text(text, published="2024-05-02").events if e.type == "AGREE"]
    assert any("adopted the following" in q for q in agreed) and not any("Prime Minister" in q for q in agreed), agreed
