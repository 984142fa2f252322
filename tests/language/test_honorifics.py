"""A court's readout names its monarch with honorifics once ("His Majesty King Mohammed VI met …") and then uses
them alone ("His Majesty reaffirmed …"): the honorific is that person, or the monarchy of the text's two."""

import pytest

from tests.helpers import extract_text

MOROCCO = ("Royal Cabinet\n\nKing meets Mauritanian president in Rabat\n\nRabat, 14/03/2024\n\n"
           "His Majesty King Mohammed VI met on Thursday with Mauritanian President Mohamed Ould Ghazouani at the "
           "Royal Palace in Rabat.\n\n")
LESOTHO = ("Government of Lesotho\n\nKing receives South African envoy\n\nMaseru, 14/03/2024\n\n"
           "His Majesty King Letsie III received the South African High Commissioner at the Royal Palace in Maseru "
           "on Thursday.\n\n")


@pytest.mark.parametrize(
    "opening,sentence,holder",
    [
        (MOROCCO, "His Majesty warned against the dangers of escalation in the Sahel.", ["MAR"]),
        (MOROCCO, "His Majesty reaffirmed Morocco's support for Mauritania's stability.", ["MAR"]),
        (LESOTHO, "His Majesty stressed the importance of the water project for both countries.", ["LSO"]),
    ],
)
def test_an_honorific_alone_is_the_monarch_named_with_it(opening, sentence, holder):
    records = [c for c in extract_text(opening + sentence, published=None).commitments
               if c.evidence[0].start >= len(opening)]
    assert records and all(r.parties == holder for r in records), [(r.kind, r.parties, r.text) for r in records]
