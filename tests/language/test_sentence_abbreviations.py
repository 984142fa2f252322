"""Honorifics and reference abbreviations end with a stop but not the sentence: a ministry's release names its
minister "the Hon. Minister", a court "Rt. Hon.", a treaty text "para. 4"; a sentence that merely ends with a
word like "art." still ends there."""

import pytest

from pactline.language.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text,count",
    [
        ("The Hon. Minister called on the President of Ghana. Talks followed.", 2),
        ("The Rt. Hon. Prime Minister of Fiji will visit Wellington in May.", 1),
        ("Messrs. Ortega and Silva signed the protocol in Lima.", 1),
        ("The parties recalled para. 4 of the Lusaka declaration.", 1),
        ("The two sides agreed to deepen cooperation in culture and art. They also discussed tourism.", 2),
        ("Mr. Haddad met Dr. Okafor in Abuja on 3 May. Both welcomed the talks.", 2),
    ],
)
def test_abbreviations_do_not_end_a_sentence(text, count):
    assert len(_sentences(text)) == count, _sentences(text)
