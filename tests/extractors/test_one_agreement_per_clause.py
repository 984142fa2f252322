"""An agreement to do something that is itself an agreement ("agreed to elevate relations", "agreed to sign a
treaty") is one AGREE event; two agreements in coordinated clauses stay two. Written for other countries."""

import pytest

from tests.helpers import extract_text

_LEAD = "ACCRA, 7 March 2024 - President John Mahama and President Bola Tinubu held talks in Accra on Thursday. "


@pytest.mark.parametrize("sentence", [
    "The two presidents agreed to elevate relations between their countries to a Comprehensive Strategic Partnership.",
    "Ghana and Nigeria agreed to upgrade their ties to a strategic partnership.",
])
def test_an_agreement_to_upgrade_relations_is_one_event(sentence):
    events = [e for e in extract_text(_LEAD + sentence).events
              if e.type == "AGREE" and e.evidence[0].quote.startswith(sentence[:20])]
    assert len(events) == 1, [(e.cameo, e.summary) for e in events]


@pytest.mark.parametrize("sentence", [
    "The two ministers signed an agreement on fisheries and agreed to upgrade the border hotline.",
    "The ministers welcomed the signing of a memorandum on cocoa pricing and agreed to hold a first energy dialogue.",
])
def test_two_agreements_in_coordinated_clauses_stay_two(sentence):
    events = [e for e in extract_text(_LEAD + sentence).events
              if e.type == "AGREE" and e.evidence[0].quote.startswith(sentence[:20])]
    assert len(events) == 2, [(e.cameo, e.summary) for e in events]
