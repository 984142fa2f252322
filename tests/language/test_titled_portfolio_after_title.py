"""A minister named with the country before the title and the portfolio after it ("Chile's Minister of Mining
Ana Ruiz") is that country's: a later "Minister Ruiz welcomed …" holds a stance for it."""

import pytest

from pactline.language.titled import titled_people


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Ghana's Minister of Energy Kofi Adjei Boateng opened the plant near the border.", "Kofi Adjei Boateng", "GHA"),
        ("Chile's Minister of Mining Ana Ruiz toured the lithium fields with investors.", "Ana Ruiz", "CHL"),
        ("Kenyan Minister of Trade and Industry Amos Kiprono met the delegation at the port.", "Amos Kiprono", "KEN"),
        ("Peru's Minister of Foreign Trade and Tourism Dr. Luis Salas flew to Quito.", "Luis Salas", "PER"),
    ],
)
def test_the_country_before_a_title_with_its_portfolio_after_it(text: str, name: str, code: str) -> None:
    placed = {p.name: p.country for p in titled_people(text)}
    assert placed.get(name) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ghana and Togo signed a power supply accord in Lomé on Monday. Ghana's Minister of Energy Kofi Adjei "
         "Boateng and Togo's Minister of Mines Afi Dogbe signed for their governments.\n\n"
         "Minister Boateng welcomed Togolese investment in the northern grid.", "GHA"),
        ("Chile and Bolivia held talks in La Paz on Tuesday. Bolivia's Minister of Hydrocarbons Juan Quispe "
         "hosted Chile's Minister of Mining Ana Ruiz.\n\nMinister Ruiz praised the Bolivian plan for a lithium "
         "corridor to the Pacific.", "CHL"),
    ],
)
def test_a_later_surname_keeps_the_stance_for_that_country(text: str, code: str) -> None:
    from tests.helpers import extract_text

    stances = [c for c in extract_text(text, published="2025-03-04").commitments if c.kind == "position"]
    assert any(c.parties == [code] for c in stances)


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Energy Kofi Boateng of Ghana met the Peruvian side.",  # the country after the name: unchanged
    ],
)
def test_a_country_after_the_name_still_places_it(text: str) -> None:
    assert {p.name: p.country for p in titled_people(text)}.get("Kofi Boateng") == "GHA"
