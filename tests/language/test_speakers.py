"""Transcript turns: a reporter's question reports no act; in a leader's turn "I" and "we" are the leader's
side, unless "we" do an act of both; labels are told from datelines, fields and sentences."""

import pytest

from pactline.language.speakers import turn_label
from tests.helpers import extract_text


@pytest.mark.parametrize("line, turn", [
    ("PRESIDENT BORIC: Good afternoon to all of you.", ("PRESIDENT BORIC", "speaker")),
    ("President Milei: Thank you, President.", ("President Milei", "speaker")),
    ("Crown Prince Mohammed bin Salman: We welcome you.", ("Crown Prince Mohammed bin Salman", "speaker")),
    ("Q: Will Chile reopen the pass?", ("Q", "question")),
    ("QUESTION (EFE): Mr President, what about gas?", ("QUESTION", "question")),
    ("SANTIAGO: Chile and Argentina held talks.", None),  # a dateline
    ("Source: Presidency of Chile", None),  # a field
    ("President Boric said the following: the talks went well.", None),  # a sentence
    ("EDITOR'S NOTE: This story was updated.", None),
])
def test_turn_labels(line, turn):
    assert turn_label(line) == turn


_TRANSCRIPT = (
    "Joint Press Conference by President Boric and President Milei\n\n"
    "Santiago, 4 June 2024\n\n"
    "PRESIDENT BORIC: Good afternoon. I welcome President Javier Milei of Argentina to Santiago. This morning we "
    "agreed to reopen the Cristo Redentor pass all year. Chile will not accept any delay on the gas pipeline.\n\n"
    "PRESIDENT MILEI: Thank you. We condemn the attack on the border post at Paso Jama.\n\n"
    "QUESTION: Mr President, will Argentina expel the Chilean consul in Mendoza?\n\n"
    "PRESIDENT MILEI: We will never expel diplomats of a friend.\n"
)


def test_a_transcript_reads_each_turn_as_its_speakers():
    events = extract_text(_TRANSCRIPT, published="2024-06-04").events
    by_quote = {e.evidence[0].quote: e for e in events}
    condemned = [e for q, e in by_quote.items() if "condemn" in q]
    # "we" in Milei's turn: Argentina condemns
    assert condemned and all(e.source_actor is not None and e.source_actor.country == "ARG" for e in condemned)
    agreed = [e for q, e in by_quote.items() if "agreed to reopen" in q]
    assert agreed and sorted(agreed[0].parties) == ["ARG", "CHL"]  # "we agreed": both sides
    assert not [e for q, e in by_quote.items() if "consul" in q]  # the reporter's question is no act


def test_we_in_a_quotation_is_the_speakers_side_unless_both_act():
    text = ("Chile and Argentina hold talks\n\nSANTIAGO, June 4, 2024 - Chilean President Gabriel Boric met "
            "Argentine President Javier Milei in Santiago on Tuesday.\n\n"
            "\u201cWe reject the new tariffs on Chilean wine,\u201d Boric said.\n\n"
            "\u201cWe agreed to reopen the Cristo Redentor pass,\u201d Milei said.\n")
    events = extract_text(text, published="2024-06-04").events
    refused = [e for e in events if "reject" in e.evidence[0].quote]
    assert refused and refused[0].source_actor is not None and refused[0].source_actor.country == "CHL"
    agreed = [e for e in events if "agreed to reopen" in e.evidence[0].quote]
    assert agreed and sorted(agreed[0].parties) == ["ARG", "CHL"]


def test_an_answer_without_a_speakers_name_after_a_question_is_read():
    text = ("Press conference of President Boric\n\nSantiago, 4 June 2024\n\n"
            "Q: Mr President, what will Chile do about the new Argentine tariffs on wine?\n\n"
            "A: Chile will file a complaint against Argentina at the World Trade Organization.\n")
    events = extract_text(text, published="2024-06-04").events
    assert any("complaint" in e.evidence[0].quote for e in events)


_INTERVIEW = (
    "Andes Review\n\nInterviews\n\nChile will not accept a closed border, says its foreign minister\n\n"
    "By Ana Ruiz\nSantiago, 14 October 2024\n\n"
    "Chile's Foreign Minister Alberto van Klaveren spoke to Andes Review ahead of his visit to Peru next week.\n\n"
    "Q: How do you see relations with Bolivia?\n"
    "A: We condemn Bolivia's decision to close the border crossings at Colchane.\n\n"
    "Q: Will your government help Peru after the floods?\n"
    "We will provide another $20 million in reconstruction aid to Peru by March 2025.\n"
)


def test_an_interviews_answers_are_the_interviewees():
    result = extract_text(_INTERVIEW, published="2024-10-14")
    condemned = [e for e in result.events if "condemn" in e.evidence[0].quote]
    assert condemned and condemned[0].source_actor is not None and condemned[0].source_actor.country == "CHL"
    # an unlabelled answer after a question, in an interview that names no speaker
    aid = [c for c in result.commitments if "reconstruction aid" in c.text]
    assert aid and aid[0].parties == ["CHL"], [(c.text, c.parties) for c in result.commitments]


def test_an_answer_label_is_no_speaker_of_its_own():
    assert turn_label("A: We condemn the decision.") == ("A", "answer")
    assert turn_label("Answer: Yes.") == ("Answer", "answer")
