"""An organisation a text named is a party where it is referred to indirectly: "the bloc" after the African
Union or ASEAN, "allies" after NATO; a numbered climate conference ("COP29") is the UN's (wave 1 leftover,
round 12)."""

import pytest

from pactline.language.actors import build_context, resolve


@pytest.mark.parametrize("text, phrase, codes", [
    ("Senegal and Mali joined an ECOWAS summit in Abuja. The bloc threatened new sanctions on Niger.",
     "The bloc", ["ECOWAS"]),
    ("Thailand hosted ASEAN foreign ministers. The 10-member bloc urged Myanmar to end the violence.",
     "The 10-member bloc", ["ASEAN"]),
    ("Norway and Denmark met before the NATO summit. They urged fellow allies to raise spending.",
     "fellow allies", ["NATO"]),
    ("Estonia and Latvia asked NATO for more air defence; the alliance agreed to send two batteries.",
     "the alliance", ["NATO"]),
])
def test_the_named_organisation_is_referred_to(text: str, phrase: str, codes: list[str]) -> None:
    assert resolve(phrase, build_context(text))[1] == codes


def test_no_organisation_named_no_reference() -> None:
    text = "Ghana and Togo signed a trade pact. The bloc of coastal states welcomed it."
    assert resolve("The bloc", build_context(text))[1] != ["ECOWAS"]


def test_two_organisations_named_as_often_decide_nothing() -> None:
    text = "Kenya spoke for the AU and Peru for Mercosur. The bloc said it would reply."
    assert resolve("The bloc", build_context(text))[1] == []


@pytest.mark.parametrize("phrase", ["COP29", "COP 31"])
def test_a_numbered_climate_conference_is_the_uns(phrase: str) -> None:
    text = f"Egypt and Kenya will attend {phrase} together."
    assert resolve(phrase, build_context(text))[1] == ["UN"]
