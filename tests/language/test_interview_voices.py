"""An interview's answers: a turn opened by a surname alone that the text gives after a title and first name
("Valtonen:" of "Foreign Minister Elina Valtonen") is that speaker's, and an unlabelled answer is the person the
text says it spoke to, not the first titled person it names. Written for other countries."""

import pytest

from pactline.language.speakers import interviewee, turn_label
from tests.helpers import extract_text


def test_a_surname_alone_is_a_speaker_where_the_text_titles_the_full_name() -> None:
    text = "We met Foreign Minister Elina Valtonen in Helsinki."
    assert turn_label("Valtonen: We urge restraint.", text) == ("Valtonen", "speaker")
    assert turn_label("Helsinki: a city of talks.", text) is None
    assert turn_label("Valtonen: We urge restraint.", "") is None


@pytest.mark.parametrize("intro", [
    "President Gustavo Petro of Colombia flew to Quito on Monday to sign the river accord. Our reporter then spoke "
    "to Foreign Minister Ana Ruiz of Ecuador about the next steps.",
    "President Gustavo Petro of Colombia flew to Quito on Monday to sign the river accord. In an interview with "
    "Foreign Minister Ana Ruiz of Ecuador, we asked what comes next.",
])
def test_the_one_interviewed_answers(intro) -> None:
    assert interviewee(intro, len(intro)) == "Foreign Minister Ana Ruiz"


@pytest.mark.parametrize("label", ["Ruiz: ", ""])
def test_we_in_the_answer_is_the_interviewees_country(label) -> None:
    text = ("Quito Daily\n\nEcuador minister on the river accord\n\nPresident Gustavo Petro of Colombia flew to Quito "
            "on Monday to sign the river accord. Our reporter then spoke to Foreign Minister Ana Ruiz of Ecuador about "
            "the next steps.\n\nQ: What next with Peru?\n\n" + label + "We call on Peru to reopen the border crossing "
            "before the harvest season.")
    requests = [e for e in extract_text(text, published="2024-05-08").events if e.type == "REQUEST"]
    assert requests and all(sorted(e.parties) == ["ECU", "PER"] for e in requests), \
        [(e.parties, e.source_actor) for e in requests]


def test_a_leader_an_answer_names_is_not_the_interviewee() -> None:
    text = ("Helsinki Times\n\nFinnish minister on the Arctic\n\nPresident Gustavo Petro of Colombia opened the "
            "Arctic forum on Monday. Foreign Minister Elina Valtonen answered our questions.\n\nQ: Who backs the plan?"
            "\n\nI talked with President Emmanuel Macron last week about it.\n\nQ: And Russia?\n\nWe call on Russia to "
            "stop the drills.")
    second = text.index("We call on Russia")
    assert interviewee(text, text.index("I talked")) == interviewee(text, second)
    assert interviewee(text, second) != "President Emmanuel Macron"
