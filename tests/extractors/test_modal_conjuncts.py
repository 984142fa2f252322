"""A verb coordinated with a modal's verb in a tense of its own ("would study it and called for Y", "will build X
and opened Y") does not share the modal; a bare verb ("will expand X and deepen Y") does. Sentences written for
other country pairs."""

from tests.helpers import extract_text

CONTEXT = "Peru and Bolivia held talks in La Paz on Monday. "


def _kinds(sentence):
    return [(r.kind, r.text) for r in extract_text(CONTEXT + sentence, published="2024-05-02").commitments]


def test_a_past_conjunct_of_a_modal_keeps_its_own_cue():
    kinds = _kinds("The Bolivian president said he would look into the offer and called for an end to the Peruvian "
                   "tariffs on quinoa.")
    assert ("position", "called for an end to the Peruvian tariffs on quinoa") in kinds, kinds
    assert not any(kind == "commitment" and text.startswith("called") for kind, text in kinds), kinds


def test_a_past_conjunct_of_a_modal_is_no_pledge():
    assert _kinds("Bolivia will build the road and opened a new customs post on Monday.") == [
        ("commitment", "build the road")]


def test_a_bare_conjunct_shares_the_modal():
    assert [k for k, _ in _kinds("Peru will expand the port and deepen the channel.")] == ["commitment", "commitment"]
