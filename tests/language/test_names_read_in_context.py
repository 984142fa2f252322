"""A short name two states share a word of ("Korea") is not read in a text about the other one, nor inside a
longer name (a party's or a strait's): there it is no state."""

from pactline.language.actors import find_countries


def _codes(text, prefer=()):
    return [m.code for m in find_countries(text, prefer=prefer)]


def test_short_name_alone_is_no_state():
    assert _codes("the Workers' Party of Korea") == []
    assert _codes("ships crossing the Korea Strait") == []


def test_short_name_in_a_text_about_that_state():
    assert _codes("Korea will help Vietnam build ports.", prefer=("KOR", "VNM")) == ["KOR", "VNM"]
    assert _codes("Korea will help Vietnam build ports.") == ["KOR", "VNM"]


def test_short_name_in_a_text_about_both_states_is_no_one():
    assert _codes("Korea held talks on the border.", prefer=("KOR", "PRK")) == []
    assert _codes("South Korea and North Korea held talks.", prefer=("KOR", "PRK")) == ["KOR", "PRK"]
