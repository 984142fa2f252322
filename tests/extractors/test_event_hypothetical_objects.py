"""Round 18 (issue 14, family "statements of position exported as events"): opposing "any" case still
hypothetical ("opposes any attempt to …") states a position and names no act of anyone, so no REJECT event is
recorded of it; opposing a move someone made is still one. The position stays a position record."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_TALKS = "The Foreign Minister of Argentina held talks with her Uruguayan counterpart in Montevideo on Monday.\n"


def _extracted(sentence: str):
    return extract_text(_TALKS + sentence, published="2024-05-08")


def _types(sentence: str) -> list[str]:
    return [e.type for e in _extracted(sentence).events if e.evidence[0].start >= len(_TALKS)]


@pytest.mark.parametrize("sentence", [
    "Argentina firmly opposes any attempt to redraw the river boundary by force.",
    "The two ministers strongly opposed any unilateral moves to alter the status of the estuary.",
    "Uruguay opposes any attempt by outside forces to interfere in the dispute.",
    "Argentina opposes any changes that would weaken the treaty.",
])
def test_opposing_any_case_is_no_event(sentence: str) -> None:
    assert "REJECT" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "Uruguay opposed the Argentine proposal to dredge the estuary.",
    "Argentina opposes Uruguay's plan to build a second pulp mill on the river.",
    # review fix: an "any" object with a named doer, a clause told in the past or a past date names acts done
    "Argentina opposed any attempts by Uruguay last week to move the border markers.",
    "Argentina opposed any changes to the treaty that Uruguay made last week.",
    "Uruguay opposed any changes Argentina has made to the dredging plan.",
    "Uruguay opposed any moves made last week to alter the status of the estuary.",
])
def test_opposing_a_move_made_is_still_a_rejection(sentence: str) -> None:
    assert "REJECT" in _types(sentence)


def test_opposing_any_case_stays_a_position() -> None:
    records = _extracted("Argentina firmly opposes any attempt to redraw the river boundary by force.").commitments
    assert any(r.kind == "position" and "opposes" in r.text for r in records)


def test_opposing_any_pact_of_a_kind_that_may_exist_is_still_a_rejection() -> None:
    assert "REJECT" in _types("Caracas said it opposed any pact that weakens the security of the Caribbean basin.")
