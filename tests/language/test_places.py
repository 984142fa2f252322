"""Places resolve to countries through the city list and the seats-of-government table."""

import pytest

from pactline.language.context import clean_title, opening_place
from pactline.language.places import place_country


@pytest.mark.parametrize(
    "name,code",
    [("ACCRA", "GHA"), ("Mombasa", "KEN"), ("Putrajaya", "MYS"), ("Tshwane", "ZAF"), ("the Union Buildings", "ZAF"),
     ("SANTIAGO", "CHL"), ("NEW YORK/LIMA", "USA"), ("Quito, Ecuador", "ECU"), ("Monday", None), ("The", None),
     # a name written in parts where the city list joins them, and the other way round
     ("Hai Phong", "VNM"), ("Ulan Bator", "MNG"), ("New Town", None),
     # a town whose name has its article; a curly apostrophe as a straight one
     ("The Hague", "NLD"), ("the Hague", "NLD"), ("Nuku’alofa", "TON"), ("NUKU’ALOFA", "TON")],
)
def test_place_country(name, code):
    assert place_country(name) == code


@pytest.mark.parametrize(
    "text,place",
    [
        ("President Ruto and President Mahama met in Mombasa on Monday to open the Kenya-Ghana forum.", "Mombasa"),
        ("The leaders held talks at the Union Buildings in Tshwane.", "Union Buildings"),
        ("Chile and Peru agreed in principle to reopen the border.", None),
        ("Kenya's president met Ghana's president in Ghana.", None),  # a country is not where a text was written
        # the town a visit is said to be to, where no "in"/"at" names one
        ("Fiji's foreign minister announced new funding for Samoa during a visit to Apia today. He met the head of state.",
         "Apia"),
        ("Premier Li met the Dutch prime minister, who is in The Hague this week for talks.", "The Hague"),
    ],
)
def test_opening_place(text, place):
    assert opening_place(text) == place


@pytest.mark.parametrize("title,kept", [("All news", None), ("Accessibility links", None), ("By JANE DOE Associated Press", None),
                                        ("Kenya and Ghana sign visa deal", "Kenya and Ghana sign visa deal")])
def test_title_is_never_navigation_or_byline(title, kept):
    assert clean_title(title) == kept


@pytest.mark.parametrize(
    "text,codes",
    [
        ("First Brazil-Germany talks in eight years", ["BRA", "DEU"]),
        ("the U.S.-Kenya strategic partnership", ["USA", "KEN"]),
        ("China-Russia-Iran naval drills", ["CHN", "RUS", "IRN"]),
        ("Japan–Philippines Joint Statement", ["JPN", "PHL"]),
        ("anti-American protests in the Indo-Pacific", []),
    ],
)
def test_countries_joined_by_a_hyphen(text, codes):
    from pactline.language.actors import find_countries

    assert [m.code for m in find_countries(text, joined=True)] == codes
