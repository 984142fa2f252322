"""An act named for what the speaker holds it to be ("called the raid a flagrant violation", "described the
treaty as a milestone"): a reproach is ACCUSE, praise SUPPORT. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        ("Nicaragua broke off relations with Costa Rica on Friday, calling the incursion a flagrant breach of its "
         "sovereignty.", "ACCUSE", {"NIC", "CRI"}),
        ("The Gambian government called the closure of the border by Senegal disproportionate.",
         "ACCUSE", {"GMB", "SEN"}),
        ("Morocco called the deployment of the Algerian troops a provocation.", "ACCUSE", {"MAR", "DZA"}),
        ("Samoa's prime minister called the treaty with Japan a beacon of hope for the region.", "SUPPORT",
         {"WSM", "JPN"}),
        ("The President of Chile described the accord with Peru as a historic milestone.", "SUPPORT", {"CHL", "PER"}),
    ],
)
def test_named_as_reproach_or_praise(text, etype, parties):
    events = _events(text)
    assert any(e.type == etype and set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


def test_a_plain_call_is_no_judgement():
    events = _events("Peru called on Bolivia to end the occupation of the border post.")
    assert {e.type for e in events} == {"REQUEST"}
