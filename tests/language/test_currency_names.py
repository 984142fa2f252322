"""A country's name or demonym before a currency noun names the currency, not a state (newcomer, round 12)."""

import pytest

from pactline.language.actors import find_countries


def _codes(text: str) -> list[str]:
    return [m.code for m in find_countries(text)]


@pytest.mark.parametrize("text, codes", [
    ("Peru and Ghana aim to lift trade to 4 billion US dollars by 2031.", ["PER", "GHA"]),
    ("Tokyo lent Kenya 90 billion Japanese yen for the port.", ["JPN", "KEN"]),
    ("Nepal received 12 billion Indian rupees in credit from the bank.", ["NPL"]),
    ("Qatar pledged 40 million Egyptian pounds for schools in Sudan.", ["QAT", "SDN"]),
    ("The Canadian dollar fell after Norway cut output.", ["NOR"]),
])
def test_currency_is_not_a_party(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


@pytest.mark.parametrize("text, codes", [
    ("South Korea won the vote on the council seat.", ["KOR"]),
    ("Russia pounds Kharkiv with drones.", ["RUS"]),
    ("US officials met Indian diplomats.", ["USA", "IND"]),
])
def test_a_verb_after_a_name_keeps_the_state(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes
