"""Office holders of data/leaders.tsv found however a text writes their names, and placed in events."""

import pytest

from pactline.language.leaders import leaders, leaders_named
from tests.helpers import extract_text


def _names(text, year=None):
    return {(leader.name, leader.country) for leader in leaders_named(text, year)}


@pytest.mark.parametrize(
    "text,expected",
    [
        # initials and suffixes
        ("President George W. Bush met the press.", ("George W. Bush", "USA")),
        # accents written or not
        ("Recep Tayyip Erdogan spoke in Ankara.", ("Recep Tayyip Erdoğan", "TUR")),
        # family name first, in capitals, as Japan's ministry writes it
        ("Mr. ISHIBA Shigeru, Prime Minister of Japan, held talks.", ("Shigeru Ishiba", "JPN")),
        # a title and the surname alone
        ("Chancellor Scholz travelled to Madrid.", ("Olaf Scholz", "DEU")),
        ("PM Albanese arrived in Jakarta.", ("Anthony Albanese", "AUS")),
        ("President Lula spoke with President Ramaphosa.", ("Luiz Inácio Lula da Silva", "BRA")),
        ("President Lula spoke with President Ramaphosa.", ("Cyril Ramaphosa", "ZAF")),
    ],
)
def test_leaders_named(text, expected):
    assert expected in _names(text)


def test_surname_without_title_or_with_lower_case_is_no_one():
    assert not _names("The scholz report was published.")
    assert not _names("Bush fires spread across the state.")


def test_years_in_office_tell_namesakes_apart():
    found = _names("President Kim arrived in Hanoi.", 2019)
    assert found == {("Kim Jong Un", "PRK")} or not found


def test_every_row_is_well_formed():
    for leader in leaders():
        assert len(leader.country) == 3 and leader.country.isupper(), leader
        assert leader.role and leader.short, leader
        assert leader.start is None or leader.end is None or leader.start <= leader.end, leader


@pytest.mark.parametrize(
    "text,parties",
    [
        # a readout: the speaker named with initials and a suffix, the partner placed by "of Kenya"
        ("President Joseph R. Biden, Jr. held a phone call with President William Ruto of Kenya today.", ["KEN", "USA"]),
        ("President Luiz Inácio Lula da Silva held a call with Prime Minister Fumio Kishida of Japan today.", ["BRA", "JPN"]),
        # a title and a surname only
        ("Prime Minister Kishida expressed his sincere congratulations to President Lula on his inauguration.", ["BRA", "JPN"]),
        ("Mr. ISHIBA Shigeru, Prime Minister of Japan, held a meeting with Prime Minister Anthony Albanese.", ["AUS", "JPN"]),
    ],
)
def test_leaders_place_both_parties(text, parties):
    events = extract_text(text, published="2023-03-01").events
    assert events and sorted(events[0].parties) == parties, [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text,absent",
    [
        # a short name followed by a surname that is not the person's: someone else
        ("President Hassan Rouhani met the press.", ("Samia Suluhu Hassan", "TZA")),
        ("Prime Minister Najib Mikati met the press.", ("Najib Razak", "MYS")),
        ("President Charles Michel met the press.", ("Charles III", "GBR")),
    ],
)
def test_short_name_followed_by_another_surname_is_someone_else(text, absent):
    assert absent not in _names(text)


def test_titles_and_particles_are_no_name_parts():
    from pactline.language.actors import DocumentContext, Person

    ctx = DocumentContext()
    ctx.register(Person("Sheikh Hasina", "head_of_government", "BGD"))
    ctx.register(Person("Tamim bin Hamad Al Thani", "head_of_state", "QAT"))
    assert ctx.person("Sheikh Mohamed") is None
    assert ctx.person("Al Nahyan") is None
    assert ctx.person("Hasina").country == "BGD"
