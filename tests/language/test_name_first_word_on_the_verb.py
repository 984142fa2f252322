"""A country's name whose first word the parser hangs on the verb ("Côte" of "Côte d'Ivoire", read as a loose name part or an
unknown dependent) is still the whole name in the subject's phrase. Built on a hand-made parse of other names, as the
parser reads none of them so."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pactline.language.syntax import noun_phrase


@pytest.mark.parametrize("dep", ["dep", "npadvmod"])
@pytest.mark.parametrize("first,second", [("Sierra", "Leone"), ("Costa", "Rica")])
def test_the_first_word_hung_on_the_verb_stays_in_the_name(first, second, dep):
    words = [first, second, "will", "open", "a", "consulate", "."]
    doc = Doc(Vocab(), words=words, heads=[3, 3, 3, 3, 5, 3, 3], deps=[dep, "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
              pos=["PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert noun_phrase(doc[1]).text == f"{first} {second}"


def test_a_word_before_the_subject_that_is_no_name_stays_out():
    words = ["Then", "Peru", "will", "open", "a", "consulate", "."]
    doc = Doc(Vocab(), words=words, heads=[3, 3, 3, 3, 5, 3, 3], deps=["advmod", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
              pos=["ADV", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert noun_phrase(doc[1]).text == "Peru"
