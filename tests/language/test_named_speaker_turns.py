"""A briefing's turn opened by a name alone that the document gives with a title ("Rosa Quispe:" of "Spokesperson
Rosa Quispe"), or by a spokesperson's title alone, is the speaker's: "we" there is the speaker's country, not
the text's two countries (round 13)."""

import pytest

from pactline.language.speakers import turn_label
from tests.helpers import extract_text


def test_a_name_alone_is_a_speaker_only_where_the_text_titles_it() -> None:
    text = "Peruvian Foreign Ministry Spokesperson Rosa Quispe held a press conference."
    assert turn_label("Rosa Quispe: We urge restraint.", text) == ("Rosa Quispe", "speaker")
    assert turn_label("Rosa Quispe: We urge restraint.", "") is None
    assert turn_label("Great Lakes: a region of hope.", text) is None
    assert turn_label("Spokesman: We call on both sides to talk.", "") == ("Spokesman", "speaker")


@pytest.mark.parametrize("text, asked, speaker", [
    ("Lima, 5 March 2025\nPeruvian Foreign Ministry Spokesperson Rosa Quispe held a regular press conference on "
     "Wednesday.\n\nQuestion: Foreign Minister Elmer Ruiz will travel to Bolivia. What are the plans?\n\nRosa Quispe: "
     "Peru and Bolivia are close neighbours. We urge Chile to withdraw its complaint.", "CHL", "PER"),
    ("Nairobi, 5 March 2025\nKenyan government spokesman Isaac Mwaura briefed reporters on Tuesday.\n\nQuestion: "
     "What about the talks with Tanzania?\n\nSpokesman: Kenya and Tanzania are partners. We call on Somalia to "
     "release the detained traders.", "SOM", "KEN"),
])
def test_we_in_a_named_turn_is_the_speakers_country(text: str, asked: str, speaker: str) -> None:
    requests = [e for e in extract_text(text).events if e.type == "REQUEST"]
    assert requests and all(sorted(e.parties) == sorted([asked, speaker]) for e in requests), \
        [(e.parties, e.source_actor) for e in requests]


def test_the_us_in_a_turn_is_the_country() -> None:
    text = ("Lima, 5 March 2025\nPeruvian Foreign Ministry Spokesperson Rosa Quispe held a regular press conference on "
            "Wednesday.\n\nQuestion: What about the port?\n\nRosa Quispe: Peru firmly opposes the US imposing "
            "tariffs on Peruvian copper. We urge Chile to withdraw its complaint.")
    rejections = [e for e in extract_text(text).events if e.type in ("REJECT", "PROTEST", "ACCUSE")]
    assert rejections and all("USA" in e.parties for e in rejections), [e.parties for e in rejections]
