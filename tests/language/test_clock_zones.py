"""A wire's time stamp ("9:05 PM GMT+2") is no prime minister named "GMT" (wave 1 leftover, round 12)."""

import pytest

from pactline.language.actors import build_context


@pytest.mark.parametrize("text", [
    "March 3, 2024 9:05 PM GMT+2 Updated an hour ago. Chile and Peru met in Lima.",
    "Posted 11.40 PM IST. Nepal and Bhutan agreed to reopen a border crossing.",
    "June 9, 2023 7:15 PM UTC. Senegal's PM Amadou Ba met Gambian officials.",
])
def test_clock_zone_is_no_person(text: str) -> None:
    names = {p.name for p in build_context(text).people.values()}
    assert not names & {"GMT", "IST", "UTC"}
