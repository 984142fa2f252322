"""Round 18 (issue 15, events missed altogether): a sentence that tells its act only in a noun or a verb no
pattern lists ("trade accusations", "intruded into … waters") was never parsed, so the learned typer never saw
it; those words are triggers now (data/event_learned.json "triggers"). "explosion" is not one: the typer reads an
accidental blast as an attack. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_HEAD = "Armenia and Azerbaijan: border report\n\nYEREVAN, May 4 - The two governments spoke again on Sunday.\n\n"


@pytest.mark.parametrize(("line", "kind"), [
    ("Armenia and Azerbaijan trade accusations as border row deepens", "ACCUSE"),
    ("An Azerbaijani patrol boat intruded into Armenian waters on Friday.", "COERCE"),
    ("Fighting on the Armenian-Azerbaijani border: death toll rises to 12.", "ASSAULT"),
])
def test_an_act_told_in_a_trigger_noun_is_read(line, kind):
    events = extract_text(_HEAD + line + "\n", published="2025-05-04").events
    found = [(e.type, sorted(e.parties)) for e in events if e.evidence[0].quote.startswith(line[:25])]
    assert (kind, ["ARM", "AZE"]) in found, found


@pytest.mark.parametrize("line", [
    "Armenian police reported fewer arrests for drunk driving this spring.",
    "A gas explosion in a Yerevan bakery injured three workers.",
])
def test_the_same_words_in_no_act_of_the_two_states_give_none(line):
    events = extract_text(_HEAD + line + "\n", published="2025-05-04").events
    assert not [e.type for e in events if e.evidence[0].quote.startswith(line[:25])]
