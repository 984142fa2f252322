"""Work two states pledge to do ("will raise the pipeline's capacity", "will jointly finish the survey") is a
commitment, not a planned agreement: the learned typer's planned AGREE needs a word of agreement (a verb or noun
pattern of AGREE, or a founding verb of data/event_learned.json: "will set up a joint council", "will finalise
the accord"). Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-03-14"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.planned, e.evidence[0].quote[:50]) for e in events]


@pytest.mark.parametrize("text, quote", [
    ("Joint statement of Bolivia and Paraguay. The presidents of Bolivia and Paraguay met in Asuncion on Monday. "
     "Under the new plan, the two countries will raise the capacity of the gas pipeline to ten billion cubic "
     "metres within three years and finish the upgrade of the river port by the end of the year.", "Under the new plan"),
    ("Joint communique of Malaysia and Vietnam. The leaders of Malaysia and Vietnam held talks in Hanoi on Monday. "
     "(iv) The two sides will jointly complete the survey for the new coastal highway by the end of next year.",
     "(iv) The two sides"),
    ("Uganda and Rwanda leaders meet. The Ugandan president told reporters that the two railways would be linked "
     "within two years, once the financing is in place.", "The Ugandan president told"),
])
def test_pledged_work_is_no_planned_agreement(text, quote):
    events = _events(text)
    assert not any(e.type == "AGREE" and e.planned and e.evidence[0].quote.startswith(quote) for e in events), \
        _seen(events)


@pytest.mark.parametrize("text, quote", [
    ("Chile and Peru on Tuesday announced a strategic partnership, with the two presidents saying they intend to "
     "sign accords on fisheries and mining.", "Chile and Peru"),
    ("Kenya and Tanzania. The two presidents are expected to ink a new trade deal during the visit next week.",
     "The two presidents"),
])
def test_a_signing_to_come_stays_a_planned_agreement(text, quote):
    events = _events(text)
    assert any(e.type == "AGREE" and e.planned and e.evidence[0].quote.startswith(quote) for e in events), \
        _seen(events)


@pytest.mark.parametrize("text", [
    "France and Ghana news. We will begin this joint programme within weeks, the Ghanaian minister said.",
    "Latvia and Chile news. Both navies will start the joint training scheme soon, officials said.",
])
def test_cooperation_to_come_found_by_the_typer_is_planned(text):
    events = [e for e in _events(text) if e.type == "COOPERATE"]
    assert events and all(e.planned for e in events), _seen(events)
