"""A summary rendered from tokens that are all punctuation or forms of address is empty, never an error."""

import pytest

from pactline.extractors.event_summary import render
from pactline.language.analysis import load_model


@pytest.mark.parametrize("text", ["“ ”", "( — )", "H.E."])
def test_rendering_nothing_but_punctuation_or_courtesy_is_empty(text):
    doc = load_model()(text)
    kept = render(list(doc))
    assert kept == "" or kept.strip() == kept


def test_rendering_a_phrase_keeps_its_spacing():
    doc = load_model()("India's post-COVID recovery")
    assert render(list(doc)) == "India's post-COVID recovery"
