"""Review rv19: whether a line runs on is judged by its own width, not by the width of the lines already joined
before it. A title broken over two lines is joined, but its short last piece does not pull the dateline and the
first paragraph after it into one line. The texts are written for this file, about countries of their own."""

from __future__ import annotations

import pytest

from pactline.reading.unwrap import unwrap

_BODY = ("The Fourth Session of the Joint Permanent Commission between the\n"
         "Republic of Kenya and the Republic of Uganda was held in Kampala from\n"
         "10 to 12 June 2024. The Kenyan delegation was led by the Cabinet\n"
         "Secretary for Foreign Affairs and the Ugandan delegation by the\n"
         "Minister of Foreign Affairs.\n")


@pytest.mark.parametrize(("head", "title", "dateline"), [
    ("Joint Communique of the Fourth Session of the\nKenya-Uganda Joint Permanent Commission\nKampala, 12 June 2024\n",
     "Joint Communique of the Fourth Session of the Kenya-Uganda Joint Permanent Commission", "Kampala, 12 June 2024"),
    ("Outcome of the talks between the delegations of\nChile and Argentina on border crossings\nSantiago, 3 May 2024\n",
     "Outcome of the talks between the delegations of Chile and Argentina on border crossings", "Santiago, 3 May 2024"),
])
def test_a_short_last_piece_ends_the_joined_line(head: str, title: str, dateline: str) -> None:
    lines = unwrap(head + _BODY).split("\n")
    assert lines[:2] == [title, dateline]
    assert lines[2].startswith("The Fourth Session") and lines[2].endswith("Minister of Foreign Affairs.")
