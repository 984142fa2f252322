"""Source labels in the timeline and the register: short, cut at a word, and two titles that share their
opening words still read apart."""

import pytest

from pactline.cli.timeline import _LABEL, source_label


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Readout of Secretary Rubio's Meeting with Kenyan Foreign Minister", "Readout of Secretary Rubio's Call with Chilean President"),
        ("Ghana, Togo sign five agreements on trade", "Ghana, Togo elevate ties to strategic partnership"),
    ],
)
def test_titles_sharing_their_opening_words_read_apart(first, second):
    a, b = source_label("a.txt", first), source_label("b.txt", second)
    assert a != b
    assert len(a) <= _LABEL and len(b) <= _LABEL


def test_a_label_is_cut_at_a_word_and_a_file_name_stands_in_for_a_missing_title():
    label = source_label("x.txt", "Joint Communiqué between the Republic of Ghana and the Togolese Republic")
    assert label.endswith("…") and label[:-1] in "Joint Communiqué between the Republic of Ghana"
    assert not label[:-1].endswith(("Repub", "Gha"))
    assert source_label("/data/in/ghana_togo.txt", None) == "ghana_togo.txt"
