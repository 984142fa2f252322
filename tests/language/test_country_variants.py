"""Country names as reports spell them resolve to the right code, the longest name first."""

import pytest

from pactline.language.actors import find_countries


@pytest.mark.parametrize(
    "text,code",
    [
        ("The Democratic Republic of Congo expelled the envoy.", "COD"),
        ("Talks with the Democratic Republic of the Congo resumed.", "COD"),
        ("Officials of the Republic of Congo met in Brazzaville.", "COG"),
        ("The KSA delegation arrived on Monday.", "SAU"),
        ("Trinidad signed the accord.", "TTO"),
    ],
)
def test_country_variant(text, code):
    found = find_countries(text)
    assert found and found[0].code == code, [(m.code, m.text) for m in found]
