"""A leader's short name the tagger takes for a common noun still acts ("Lula will visit …"); a future phrase
("next year") in a sentence reporting a past act dates what is to come, not the act."""

from tests.helpers import extract_text

OPENING = "NAIROBI, 20 November 2024 — President Ruto of Kenya and President Lula of Brazil held talks in Nairobi on Wednesday. "


def test_a_leader_name_tagged_as_a_noun_is_the_actor():
    text = ("PRETORIA, 20 November 2024 — President Lula of Brazil and President Ramaphosa of South Africa held talks "
            "in Pretoria on Wednesday. Lula will visit Cape Town in December.")
    events = extract_text(text, published="2024-11-20").events
    visit = [e for e in events if e.evidence[0].quote.startswith("Lula will")]
    assert visit and visit[0].planned and visit[0].parties == ["BRA", "ZAF"], [(e.type, e.parties) for e in events]


def test_next_year_does_not_date_a_past_stance():
    events = extract_text(OPENING + "Kenya expressed its support for Brazil's chairing of the climate talks next year.").events
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and support[0].date == "2024-11-20", [(e.type, e.date) for e in events]
