"""Hard-wrapped text (taken from a PDF or a print layout) is joined back into paragraphs before it is read; pages
of one paragraph a line keep their lines."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare
from pactline.reading.unwrap import unwrap

_WRAPPED = """REPUBLIC OF PERU
MINISTRY OF FOREIGN AFFAIRS

JOINT COMMUNIQUE ADOPTED AT THE CLOSE OF THE FOURTH MEETING OF THE
PERU-PARAGUAY BINATIONAL COMMISSION ON TRADE, ENERGY AND
INFRASTRUCTURE

1. The Fourth Meeting of the Peru-Paraguay Binational Commission was held in
Lima from 12 to 14 February 2025. The delegations were led by Hon. Elena
Rojas, Minister of Foreign Affairs of Peru, and by Mr. Diego Benítez, Vice
Minister of Foreign Affairs of Paraguay.

2. The two sides agreed to complete the study of a fibre-optic link between
Asunción and Lima by the end of 2026 and to open a trade office in Ciudad del

Peru-Paraguay Commission                  - 1 -                  14 February 2025

Este. They also agreed to harmonise customs proce-
dures at the land border crossings within twelve months.

3. The Paraguayan side invited the Peruvian side to hold the Fifth Meeting
in Asunción in 2026.

Done at Lima on 14 February 2025.
"""


def _doc(text):
    return prepare(RawDocument("c.txt", text, "txt", "x"), Options())


def test_wrapped_paragraphs_are_joined_and_page_marks_dropped():
    text = unwrap(_WRAPPED)
    assert "held in Lima from 12 to 14 February 2025. The delegations were led by Hon. Elena Rojas, Minister" in text
    assert "a trade office in Ciudad del Este. They also agreed to harmonise customs procedures at the land" in text
    assert "- 1 -" not in text
    assert "REPUBLIC OF PERU\nMINISTRY OF FOREIGN AFFAIRS\n" in text  # a letterhead keeps its lines


def test_the_title_of_a_wrapped_communique_is_its_whole_heading():
    doc = _doc(_WRAPPED)
    assert doc.title == ("JOINT COMMUNIQUE ADOPTED AT THE CLOSE OF THE FOURTH MEETING OF THE PERU-PARAGUAY "
                         "BINATIONAL COMMISSION ON TRADE, ENERGY AND INFRASTRUCTURE")
    assert doc.published == "2025-02-14"


@pytest.mark.parametrize("page", [
    "Home | News | Press\nPeru and Paraguay open trade office\nRelated stories\nParaguay names new envoy to Lima\n"
    "Peru hosts Andean fisheries forum this week\nTrade ministers meet in Asunción on rail link\n",
    "Peru and Paraguay agreed on Friday to open a trade office in the border city, the ministry said.\n"
    "The office will open in March, officials added.\nBoth sides welcomed the step.\n",
])
def test_one_paragraph_a_line_pages_keep_their_lines(page):
    assert unwrap(page) == page
