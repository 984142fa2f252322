"""Money mobilised, allocated or earmarked for another country is aid (planned when still to come), not a
mobilisation of forces."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text,planned",
    [
        ("Norway will mobilise up to 200 million kroner and 40 million dollars for health projects in Malawi.", True),
        ("Japan allocated 2 billion yen in grants to reconstruction in Ukraine.", False),
        ("The Netherlands earmarked 15 million euros for water projects in Bangladesh.", False),
        ("Kuwait will disburse new loans to Jordan for its budget.", True),
    ],
)
def test_money_mobilised_for_a_country_is_aid(text, planned):
    events = extract_text(text, published="2024-04-10").events
    aid = [e for e in events if e.type == "AID"]
    assert aid and aid[0].planned is planned
    assert not any(e.type in ("MOBILIZE", "THREATEN") for e in events)


def test_troops_mobilised_stay_a_mobilisation():
    events = extract_text("Nigeria mobilised troops along its border with Chad.", published="2024-04-10").events
    assert [e.type for e in events] == ["MOBILIZE"]
