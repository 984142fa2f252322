"""Answers kept per token of a parse (language/token_memo.per_token): computed once per token, and never
carried over to another parse whose token has the same index."""

import pytest

from pactline.language.analysis import load_model
from pactline.language.syntax import is_actor_head, noun_phrase
from pactline.language.token_memo import per_token


@pytest.mark.parametrize(
    "sentence,asked",
    [("Mongolia and Laos opened a consulate in Vientiane.", [0, 0, 2, 2, 0]),
     ("The Bolivian envoy met his Uruguayan counterpart on Friday.", [2, 2, 2, 5])],
)
def test_each_token_is_computed_once(sentence, asked):
    calls = []

    @per_token
    def lowered(token):
        calls.append(token.i)
        return token.lower_

    parsed = load_model()(sentence)
    assert [lowered(parsed[i]) for i in asked] == [parsed[i].lower_ for i in asked]
    assert sorted(calls) == sorted(set(asked))


@pytest.mark.parametrize(
    "first,second,phrases,actors",
    [("Armenia signed the accord.", "Yesterday the ministers met.", ("Armenia", "Yesterday"), (True, False)),
     ("Nepal recalled its ambassador.", "Quietly, the talks ended.", ("Nepal", "Quietly"), (True, False))],
)
def test_another_parse_gets_its_own_answers(first, second, phrases, actors):
    nlp = load_model()
    a, b = nlp(first), nlp(second)
    assert (noun_phrase(a[0]).text, noun_phrase(b[0]).text) == phrases
    assert (is_actor_head(a[0]), is_actor_head(b[0])) == actors
