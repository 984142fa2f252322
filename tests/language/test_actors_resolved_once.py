"""A subject is resolved once per parsed text and document context (syntax.actor_for keeps the answer), and
what is kept answers only that context and never changes when a caller extends the codes it was given."""

import pytest

from pactline.language.actors import build_context
from pactline.language.analysis import load_model
from pactline.language.syntax import actor_for


def _subject(sentence: str):
    parsed = load_model()(sentence)
    return next(t for t in parsed if t.dep_ == "nsubj")


@pytest.mark.parametrize(
    "sentence,first_text,second_text,first,second",
    [
        ("They discussed fishing rights and port fees.", "Ghana and Togo met in Accra. Togo and Ghana agreed.",
         "Chile and Peru met in Lima. Peru and Chile agreed.", ["GHA", "TGO"], ["CHL", "PER"]),
        ("They reviewed the railway project.", "Nepal and Bhutan held talks. Bhutan and Nepal agreed.",
         "Latvia and Estonia held talks. Estonia and Latvia agreed.", ["BTN", "NPL"], ["EST", "LVA"]),
    ],
)
def test_each_context_gets_its_own_answer_for_the_same_token(sentence, first_text, second_text, first, second):
    token = _subject(sentence)
    assert sorted(actor_for(token, build_context(first_text), None)[1]) == first
    assert sorted(actor_for(token, build_context(second_text), None)[1]) == second
    assert sorted(actor_for(token, build_context(first_text), None)[1]) == first


@pytest.mark.parametrize(
    "sentence,text,expected",
    [
        ("The Ghanaian foreign minister signed the accord.", "Ghana and Togo met in Accra.", ["GHA"]),
        ("Peruvian officials rejected the claim.", "Chile and Peru met in Lima.", ["PER"]),
    ],
)
def test_codes_handed_out_are_copies(sentence, text, expected):
    token, ctx = _subject(sentence), build_context(text)
    _actor, codes = actor_for(token, ctx, None)
    assert codes == expected
    codes.append("XXX")  # a caller completing the other side must not change what later callers get
    assert actor_for(token, ctx, None)[1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Uruguay and Paraguay signed a river accord. Paraguay thanked Uruguay.", ["PRY", "URY"]),
        ("Fiji hosted Samoa for talks. Samoa and Fiji agreed on fisheries.", ["FJI", "WSM"]),
    ],
)
def test_a_built_contexts_main_parties_are_settled_and_handed_out_as_copies(text, expected):
    from pactline.language.actors import DocumentContext

    ctx = build_context(text)
    unsettled = DocumentContext(country_counts=ctx.country_counts, people=ctx.people)
    assert ctx.main_parties == unsettled.main_parties == expected
    ctx.main_parties.append("XXX")  # "they" completed with a third party must not widen the document's pair
    assert ctx.main_parties == expected
