"""In a roundup, "the sides" or "the two leaders" right after a sentence about another pair of countries are that
pair, not the text's own two (round 13)."""

import pytest

from tests.helpers import extract_text

_OPENING = ("Jakarta, 3 May 2025 (AP) - Indonesia and Malaysia pressed for a regional haze fund at the summit on "
            "Saturday.\n\nIndonesian President Prabowo Subianto urged the leaders present to back the fund. He also met "
            "Malaysian Prime Minister Anwar Ibrahim.\n\n")


@pytest.mark.parametrize("paragraph, pair", [
    ("Separately, Nepalese Prime Minister K.P. Sharma Oli and Bhutanese Prime Minister Tshering Tobgay met on the "
     "sidelines. The sides agreed to hold talks again in Thimphu in August.", ["BTN", "NPL"]),
    ("Elsewhere at the summit, Bolivian President Luis Arce and Paraguayan President Santiago Pena held a brief "
     "meeting. The two leaders agreed to reopen a border crossing.", ["BOL", "PRY"]),
])
def test_the_sides_after_another_pair_are_that_pair(paragraph: str, pair: list[str]) -> None:
    events = extract_text(_OPENING + paragraph).events
    agreed = [e for e in events if e.type == "AGREE" and "agreed" in e.evidence[0].quote and e.source_actor
              and e.source_actor.name.lower() in ("the sides", "the two leaders")]
    assert agreed and all(sorted(e.parties) == pair for e in agreed), [(e.parties, e.source_actor) for e in agreed]
