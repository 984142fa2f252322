"""Two type families: starting a joint project (breaking ground, laying a foundation stone, attending a groundbreaking
or inauguration) is cooperation carried out (COOPERATE), not a meeting or an agreement; calling off, cancelling or
suspending visits, trips or talks reduces relations (SANCTION), and the visit called off is no visit."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _told(sentence: str) -> list:
    events = extract_text(LEAD + sentence, published="2024-05-02").events
    return [e for e in events if sentence[:25] in e.evidence[0].quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents broke ground on a cross-border power line near Bolgatanga.",
        "President Boluarte and President Mahama laid the foundation stone of a fertiliser plant.",
        "The ministers attended a groundbreaking ceremony for the new coastal railway.",
    ],
)
def test_starting_a_joint_project_is_cooperation(sentence):
    assert [e.type for e in _told(sentence)] == ["COOPERATE"], [(e.type, e.planned) for e in _told(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana suspended all high-level visits to Peru.",
        "Ghana cancelled the planned trip of its foreign minister to Lima.",
        "Lima called off the talks scheduled for June.",
    ],
)
def test_calling_off_visits_reduces_relations(sentence):
    told = _told(sentence)
    assert "SANCTION" in [e.type for e in told] and "CONSULT" not in [e.type for e in told], [e.type for e in told]


def test_an_opening_ceremony_of_a_summit_stays_a_meeting():
    assert [e.type for e in _told("The leaders attended the opening ceremony of the summit.")] == ["CONSULT"]
