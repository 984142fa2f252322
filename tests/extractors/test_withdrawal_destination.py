"""Where withdrawing forces are heading ("rolled out of the garrison before dawn, heading north for Georgia") is no
party of the withdrawal: it stays between the two sides. Written for other countries."""

import pytest

from tests.helpers import extract_text

_LEAD = ("Armenia and Russia: troops leave\n\nYEREVAN, May 7: Russia began pulling its troops out of Armenia this "
         "week, after Armenia asked Moscow to leave. ")


@pytest.mark.parametrize("sentence, third", [
    pytest.param("A column of Russian tanks rolled out of the Gyumri garrison before dawn, heading north for Georgia, "
                 "local officials said.", "GEO", marks=pytest.mark.xfail(strict=True, reason=(
                     "merge of round 14: ev22's retrained typer reads a tank column on the move as MOBILIZE toward "
                     "where it heads; the typer does not see the withdrawal the paragraph is about"))),
    ("A train carrying Russian troops pulled out of Gyumri station on Monday, heading for Georgia.", "GEO"),
])
def test_the_destination_of_a_withdrawal_is_no_party(sentence, third):
    events = [e for e in extract_text(_LEAD + sentence, published="2024-05-07").events
              if e.type == "RETREAT" and e.evidence[0].quote.startswith(sentence[:20])]
    assert events and all(third not in e.parties for e in events), [(e.type, e.parties) for e in events]
