"""A list of pledged acts after "ready to" / "willing to" is a pledge per act, also where the parser hangs the
list's second bare verb on the governing word instead of coordinating it. Sentences about other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Togo is ready to maintain close communication with Ghana, jointly set the course of relations, guide the "
        "partnership in the new era and contribute to the well-being of both peoples.",
        "Togolese President Faure Gnassingbe said: \"I am willing to stay in close contact with President Mahama, "
        "jointly set the course of Ghana-Togo relations, guide our strategic partnership in the new era and "
        "contribute to the well-being of both peoples.\"",
    ],
)
def test_each_listed_act_after_ready_to_is_a_pledge(sentence):
    records = extract_text("Ghana and Togo\n\n" + sentence, published="2024-05-02").commitments
    texts = [r.text for r in records if r.kind == "commitment" and r.parties == ["TGO"]]
    assert len(texts) == 4 and texts[1].startswith("jointly set the course") and texts[2].startswith("guide"), texts


def test_a_clause_with_a_subject_of_its_own_stays_apart():
    records = extract_text("Ghana and Togo\n\nTogo is ready to reopen the border, officials said, and Ghana will "
                           "send inspectors.", published="2024-05-02").commitments
    assert not any(r.parties == ["TGO"] and "send inspectors" in r.text for r in records), [(r.parties, r.text) for r in records]
