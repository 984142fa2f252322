"""Commitments and positions on sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text


def _commitments(text, published="2024-05-02"):
    return extract_text(text, published=published).commitments


@pytest.mark.parametrize(
    "text,parties,modality,deadline,domain",
    [
        ("Brazil and Argentina will build a new gas pipeline from Vaca Muerta by 2027.", ["ARG", "BRA"], "will", "2027", "energy"),
        ("France and Nigeria plan to launch a joint satellite before the end of 2026.", ["FRA", "NGA"], "plan", "2026", "science_tech"),
        ("Vietnam and South Korea set the goal of raising bilateral trade to $150 billion by 2030.", ["KOR", "VNM"], "goal", "2030", "trade"),
        ("Turkey is committed to completing the railway link with Azerbaijan in 2025.", ["TUR"], "commit", "2025", "transport"),
        ("Norway and Ghana are willing to expand cooperation in offshore wind energy.", ["GHA", "NOR"], "willing", None, "energy"),
        ("Mexico will send 200 doctors to Cuba within this year.", ["MEX"], "will", "2024", "health"),
    ],
)
def test_commitment_fields(text, parties, modality, deadline, domain):
    [record] = _commitments(text)
    assert record.kind == "commitment"
    assert record.parties == parties
    assert record.modality == modality
    assert record.deadline == deadline
    assert domain in record.domains
    assert record.made_on == "2024-05-02"
    assert record.evidence[0].quote == text


def test_unilateral_pledge_has_one_party():
    [record] = _commitments("Kenya and India signed a memorandum on Monday. India encourages its pharmaceutical companies to invest in Kenyan industrial zones.")[-1:]
    assert record.parties == ["IND"] and record.modality == "encourage"
    assert {"investment", "industry"} & set(record.domains)


def test_the_two_sides_resolve_to_the_documents_pair():
    text = ("Uzbekistan and Kazakhstan held talks in Tashkent on Monday. "
            "The two sides agreed to open three new border crossings and will hold the next commission meeting before the end of 2025.")
    records = _commitments(text)
    assert records and all(r.parties == ["KAZ", "UZB"] for r in records)
    assert any(r.deadline == "2025" and "institutional" in r.domains for r in records)


def test_distinct_domains_in_one_sentence_split_but_a_list_of_fields_does_not():
    split = _commitments("Egypt and Jordan will expand gas exports through the Arab pipeline and open a new ferry line between Nuweiba and Aqaba.")
    assert len(split) == 2
    assert {tuple(r.domains)[0] for r in split} == {"energy", "transport"}
    one = _commitments("Egypt and Jordan will strengthen cooperation in tourism, sports, film and media.")
    assert len(one) == 1 and one[0].domains == ["culture"]


@pytest.mark.parametrize(
    "text,modality",
    [
        ("Pakistan firmly opposes any interference in Afghanistan's internal affairs.", "oppose"),
        ("Egypt and Sudan expressed serious concern over the fighting in Darfur.", "express"),
        ("Chile supports Bolivia's position on the use of the Silala waters.", "support"),
        ("Germany condemns the attack on the Turkish embassy in Baghdad.", "condemn"),
    ],
)
def test_positions(text, modality):
    [record] = _commitments(text)
    assert record.kind == "position" and record.modality == modality and record.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president arrived in Jakarta on Monday for a three-day visit to Indonesia.",
        "A navy band performed the anthems of Peru and Chile.",
        "The Ghanaian minister thanked his Peruvian host for the warm welcome.",
        "Analysts said the visit of the Thai prime minister to Laos will boost investor confidence.",
        "Officials from Senegal and Gambia attended the ceremony.",
    ],
)
def test_narrative_is_neither(text):
    assert _commitments(text) == []
