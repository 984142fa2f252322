"""A minister's field written between the country and the title ("Peruvian Trade Minister Ana Ruiz", "Ghana's
Deputy Finance Minister …") or an organ before a spokesperson ("Chilean foreign ministry spokesperson …") leaves the
person that country's; a body's name before a title does not."""

import pytest

from pactline.language.actors import build_context, resolve


@pytest.mark.parametrize("text, phrase, code", [
    ("Uruguayan Tourism Minister Lucia Ferreira opened the beach festival in Punta del Este. "
     "The season looks strong, Ferreira wrote in a post.", "Ferreira", "URY"),
    ("Ghana's Deputy Finance Minister Kwesi Boateng met Togolese officials in Lome. Boateng said the loan "
     "talks would resume.", "Boateng", "GHA"),
    ("Estonian Interior Minister Kadri Tamm visited Riga on Friday. Tamm said Latvia was a close partner.", "Tamm", "EST"),
])
def test_a_ministers_field_keeps_the_country(text: str, phrase: str, code: str) -> None:
    assert resolve(phrase, build_context(text))[1] == [code]


def test_a_bodys_name_before_a_title_gives_no_country() -> None:
    text = "Ghana Football Association President Kojo Asante said the match would go ahead in Accra."
    assert {p.country for p in build_context(text).people.values() if p.name == "Kojo Asante"} <= {None}


@pytest.mark.parametrize("text, phrase, code", [
    ("Chilean foreign ministry spokesperson Marta Vidal said on Monday that Santiago had summoned the Bolivian "
     "envoy. \"This is unacceptable,\" Vidal said.", "Vidal", "CHL"),
    ("Kenyan government spokesman Peter Kamau said Nairobi would reopen the border post. Kamau added that the "
     "talks would resume.", "Kamau", "KEN"),
])
def test_an_organs_spokesperson_is_of_the_country_before_it(text: str, phrase: str, code: str) -> None:
    assert resolve(phrase, build_context(text))[1] == [code]
