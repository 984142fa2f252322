"""An accepted invitation the sentence does not date is for the visit the invitation before it dated (its kind
too), so the two tell one planned visit, not a second one on the day of the report. Sentences written for
other countries."""

import pytest

from tests.helpers import extract_text

_TALKS = "President Ruto of Kenya held talks with President Suluhu of Tanzania in Nairobi on Monday. "


@pytest.mark.parametrize(
    "invitation,accepted,date",
    [
        ("President Ruto invited President Suluhu to visit Kenya again later in 2025.", "The invitation was accepted.",
         "2025"),
        ("President Suluhu invited President Ruto to attend the summit of the commission in Arusha in 2026.",
         "President Ruto accepted the invitation.", "2026"),
    ],
)
def test_accepted_visit_is_the_invited_one(invitation, accepted, date):
    events = extract_text(_TALKS + invitation + " " + accepted, published="2024-05-08").events
    planned = [e for e in events if e.planned and e.type == "CONSULT" and e.evidence[0].quote.startswith(accepted[:20])]
    assert planned and all(e.date == date for e in planned), [(e.type, e.mode, e.date) for e in events]
    invited = {e.mode for e in events if e.planned and e.evidence[0].quote.startswith(invitation[:20]) and e.mode}
    assert all(e.mode in invited for e in planned), [(e.mode, invited) for e in planned]


def test_accepted_invitation_still_an_agreement_today():
    events = extract_text(_TALKS + "President Ruto invited President Suluhu to visit Kenya in 2025. The invitation "
                          "was accepted.", published="2024-05-08").events
    agreed = [e for e in events if e.type == "AGREE" and not e.planned and "accepted" in e.evidence[0].quote]
    assert agreed and agreed[0].date and agreed[0].date.startswith("2024"), [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    "sentence,visitor",
    [
        ("President Boric of Chile invited President Mahama of Ghana to visit Chile at a mutually convenient time.",
         "GHA"),
        ("The Prime Minister of Norway invited the President of Kenya to visit Oslo next year.", "KEN"),
    ],
)
def test_the_invited_one_is_the_visitor(sentence, visitor):
    events = extract_text(sentence, published="2024-05-08").events
    visits = [e for e in events if e.planned and e.type == "CONSULT" and e.source_actor and e.summary
              and "to visit" in e.summary and "invited" not in e.summary]
    assert visits and all(e.source_actor.country == visitor for e in visits), [(e.summary, e.source_actor) for e in events]
