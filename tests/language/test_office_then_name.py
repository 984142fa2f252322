"""A report names an office first and its holder in the next sentence ("Chile's foreign minister briefed senators
… . Ana Ruiz said …"): the holder is of that country, not of the report's other one (wave 1 leftover, round 12)."""

import pytest

from pactline.language.actors import build_context, resolve


@pytest.mark.parametrize("text, phrase, code", [
    ("Chile's foreign minister briefed senators in Valparaiso on Wednesday about a gas deal with Bolivia. "
     "Ana Ruiz Paredes said prices would fall next year. Bolivia welcomed the plan.", "Paredes", "CHL"),
    ("Estonia's foreign minister met Latvian officials in Riga to discuss the power grid. Kadri Tamm told them "
     "that Tallinn would share its reserve capacity. Latvia agreed.", "Tamm", "EST"),
])
def test_the_named_holder_is_of_the_office_country(text: str, phrase: str, code: str) -> None:
    assert resolve(phrase, build_context(text))[1] == [code]


def test_a_place_after_an_office_is_no_holder() -> None:
    text = "Ghana's foreign minister spoke in Accra. Amnesty International said the vote was flawed. Togo left."
    assert not build_context(text).people


def test_a_name_titled_in_its_own_sentence_keeps_its_country() -> None:
    text = ("Malawi's president on Friday held talks with his Zambian counterpart in Lilongwe. Zambian President "
            "Chanda Mwale said the border posts would reopen. Malawi agreed.")
    assert ("Chanda Mwale", "ZMB") in {(p.name, p.country) for p in build_context(text).people.values()}
