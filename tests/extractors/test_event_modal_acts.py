"""An act told under a bare future modal ("will provide", "would deliver") is one planned act; only a pledge
verb ("pledged to", "agreed to") adds an agreement done now beside it."""

from __future__ import annotations

from tests.helpers import extract_text


def _events(text: str) -> list[tuple[str, bool]]:
    return [(e.type, e.planned) for e in extract_text(text, published="2024-05-14").events]


def test_future_grant_is_one_planned_aid() -> None:
    text = ("The minister announced that Norway will provide a further 30 million euros in humanitarian aid "
            "for Sudanese refugees in Chad before the year ends.")
    assert _events(text) == [("AID", True)]


def test_future_scholarships_are_one_planned_aid() -> None:
    text = "Chile will provide scholarships to 200 students from Peru over the next three years, the minister said."
    assert _events(text) == [("AID", True)]


def test_future_support_is_one_planned_aid() -> None:
    # formerly the pledge (AGREE) and the act beside it; the labelling guide reads "will provide" as the act to come
    assert _events("Japan will provide support for the upgrading of the port road in Mombasa.") == [("AID", True)]


def test_pledge_verb_keeps_its_agreement() -> None:
    types = _events("Canada and Mexico agreed to hold talks in May.")
    assert ("AGREE", False) in types and ("CONSULT", True) in types


def test_general_cooperation_stays_a_pledge() -> None:
    assert _events("Kenya will cooperate with Ethiopia in energy.") == [("AGREE", False)]
