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


def test_a_name_joined_to_a_currency_sign_is_the_currency() -> None:
    assert _codes("Chile and Peru aim to raise trade to US$6 billion by 2030.") == ["CHL", "PER"]


@pytest.mark.parametrize("text", [
    "Oslo, 2 June 2025\nNorway said it will give 20 million US dollars in humanitarian aid for refugees in Chad.",
    "Madrid, 9 May 2025\nSpain will grant Morocco 15 million US dollars for flood relief this year.",
    "Lima, 3 April 2025\nPeru and Chile agreed to raise bilateral trade to US$6 billion by 2030.",
])
def test_a_currency_is_no_party_of_events_or_figures(text: str) -> None:
    from tests.helpers import extract_text

    extraction = extract_text(text)
    assert extraction.events and extraction.facts
    for record in [*extraction.events, *extraction.facts]:
        assert "USA" not in record.parties
    assert all(e.target_actor is None or e.target_actor.country != "USA" for e in extraction.events)
